package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cost inflation index (CII) that indexes the cost of long-term capital assets, by financial year.
 *
 * <p>Source: the Central Board of Direct Taxes' notifications under clause (v) of the Explanation to
 * section 48 of the Income-tax Act, 1961: notification No. 44/2017 of 5 June 2017 (S.O. 1790(E)), which
 * moved the base year to 2001-02 = 100 and gave 2001-02 to 2017-18; the yearly notifications after it
 * (2018-19: 280; 2019-20: 289; 2020-21: 301; 2021-22: 317; 2022-23: 331; 2023-24: 348; 2024-25: 363,
 * notification No. 44/2024 of 24 May 2024, S.O. 2103(E); 2025-26: 376, notification No. 70/2025 of
 * 1 July 2025). Units acquired before 1 April 2001 index from
 * 2001-02 (their cost may be their fair market value on that date, section 55(2)(b): not modelled).
 *
 * <p>For mutual-fund units indexation applies only to long-term gains under section 112 on transfers
 * before 23 July 2024; the Finance (No. 2) Act, 2024 removed it for transfers on or after.
 *
 * @param values the index by the start year of each financial year
 * @since 0.1.0
 */
public record CostInflationIndex(Map<Integer, Integer> values) {

  /** The index as notified, 2001-02 to 2025-26. */
  public static final CostInflationIndex DEFAULT = new CostInflationIndex(Map.ofEntries(
      Map.entry(2001, 100), Map.entry(2002, 105), Map.entry(2003, 109), Map.entry(2004, 113),
      Map.entry(2005, 117), Map.entry(2006, 122), Map.entry(2007, 129), Map.entry(2008, 137),
      Map.entry(2009, 148), Map.entry(2010, 167), Map.entry(2011, 184), Map.entry(2012, 200),
      Map.entry(2013, 220), Map.entry(2014, 240), Map.entry(2015, 254), Map.entry(2016, 264),
      Map.entry(2017, 272), Map.entry(2018, 280), Map.entry(2019, 289), Map.entry(2020, 301),
      Map.entry(2021, 317), Map.entry(2022, 331), Map.entry(2023, 348), Map.entry(2024, 363),
      Map.entry(2025, 376)));

  private static final int BASE = 2001;

  /**
   * Creates an index table.
   *
   * @throws NullPointerException if the map is null
   */
  public CostInflationIndex {
    values = Map.copyOf(new TreeMap<>(values));
  }

  /**
   * Returns the index of a financial year.
   *
   * @param year the financial year; years before 2001-02 take 2001-02's index
   * @return the index, or empty when the year has not been notified
   */
  public Optional<Integer> of(FinancialYear year) {
    Objects.requireNonNull(year, "year");
    return Optional.ofNullable(values.get(Math.max(BASE, year.startYear())));
  }

  /**
   * Returns a cost indexed from the year of acquisition to the year of transfer.
   *
   * @param cost the cost of acquisition
   * @param acquired the acquisition date
   * @param transferred the transfer date
   * @return {@code cost × CII(transfer year) / CII(acquisition year)}, rounded to paise; empty when a
   *     year's index is not in the table
   */
  public Optional<Money> indexed(Money cost, LocalDate acquired, LocalDate transferred) {
    Optional<Integer> to = of(FinancialYear.of(transferred));
    Optional<Integer> from = of(FinancialYear.of(acquired));
    if (to.isEmpty() || from.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Money.of(cost.amount().multiply(BigDecimal.valueOf(to.get()))
        .divide(BigDecimal.valueOf(from.get()), 2, Money.ROUNDING)));
  }
}
