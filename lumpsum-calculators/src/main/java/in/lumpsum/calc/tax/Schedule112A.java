package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of Schedule 112A of the ITR-2 and ITR-3 returns: long-term gains on equity-oriented units
 * taxed under section 112A, one row per lot sold, as the return utility's CSV template lays them out.
 *
 * <p>Columns, in the template's order and with its headings (checked against the headings as filing
 * guides reproduce them from the utility's template: "How to upload equity MF/share LTCG transactions
 * in ITR2/ITR3 (Schedule 112A)", June 2023, and a reader's copy on Zerodha Z-Connect, 27 July 2022;
 * the {@code BE} code from a July 2019 guide to the template, manuthrissur.blogspot.com):
 * (1a) share/unit acquired, {@code BE} for units acquired on or before 31 January 2018 and
 * {@code AE} for after (both codes are the values of the field {@code ShareOnOrBefore} of the
 * {@code Schedule112ADtls} rows in the CBDT's ITR-2/ITR-3 schema, as utility-generated returns and
 * schema-derived code in public repositories show them; the schema itself was not read); (2) ISIN; (3) name; (4) units; (5) sale price per unit; (6) full value of consideration = 4 ×
 * 5; (7) cost of acquisition without indexation = the higher of 8 and 9; (8) cost of acquisition;
 * (9) for units acquired before 1 February 2018, the lower of 6 and 11; (10) fair market value per unit
 * on 31 January 2018; (11) = 4 × 10; (12) expenditure on transfer (zero: STT is not deductible, exit
 * load is already out of the sale value); (13) = 7 + 12; (14) = 6 − 13.
 *
 * <p>The sale price is the line's sale value divided by its units, to four decimals, and column 6 is
 * recomputed as 4 × 5 (the utility checks it), so it can differ from the statement's sale value by a
 * few paise.
 *
 * <p>For 2024-25 (assessment year 2025-26) each row also carries column (1b), whether the unit was
 * transferred before 23 July 2024 ({@link #TRANSFERRED_BEFORE}, {@code BE}) or on or after it
 * ({@link #TRANSFERRED_ON_OR_AFTER}, {@code AE}), since that year's 112A rate changed on that date
 * (Finance (No. 2) Act, 2024). Sources: the field {@code ShareTransferredOnOrBefore} of the
 * {@code Schedule112ADtls} rows, beside {@code ShareOnOrBefore}, with the schedule totals
 * {@code Balance112ABE} and {@code Balance112AAE}, in the AY 2025-26 ITR-2 JSON node tree taken from the
 * e-filing portal's ERI validate API (a public repository's schema-conformance notes), and an AY 2025-26
 * ITR-3 generator in a public repository whose returns pass validation against the CBDT schema with
 * {@code "AE"} in that field; the same notes record the field renamed into {@code ShareOnOrBefore} for
 * assessment year 2026-27, so other years have no column (1b). Confirmed: the field and that {@code AE}
 * is a valid value. Not confirmed (the CBDT schema file and the utility's CSV template were not read):
 * that {@code BE} is the other value (it is the code the same form uses for "before" in column 1a) and
 * the template's exact heading, taken here from third-party readings of the utility. Check both
 * against the year's template before uploading. {@link #toCsv(FinancialYear, List)} writes the column
 * for 2024-25; the two parts can still be asked apart with
 * {@link #rows(CapitalGainsStatement, Map, Map, LocalDate, LocalDate)}. The portal's template changes
 * between years: check the headings against the year's template.
 *
 * @param acquired {@code BE} or {@code AE}
 * @param transferred column (1b) for 2024-25, {@code BE} for a transfer before 23 July 2024 and
 *     {@code AE} for one on or after it; empty for other years
 * @param isin the ISIN, or empty when unknown (the utility needs it)
 * @param name the scheme's name
 * @param units column 4
 * @param salePrice column 5
 * @param saleValue column 6
 * @param costWithoutIndexation column 7
 * @param cost column 8
 * @param grandfatheredValue column 9, empty for {@code AE}
 * @param fairMarketValuePerUnit column 10, empty for {@code AE}
 * @param fairMarketValue column 11, empty for {@code AE}
 * @param expenditure column 12
 * @param deductions column 13
 * @param balance column 14
 * @since 0.1.0
 */
public record Schedule112A(String acquired, Optional<String> transferred, Optional<Isin> isin, String name, BigDecimal units,
    BigDecimal salePrice, Money saleValue, Money costWithoutIndexation, Money cost,
    Optional<Money> grandfatheredValue, Optional<BigDecimal> fairMarketValuePerUnit,
    Optional<Money> fairMarketValue, Money expenditure, Money deductions, Money balance) {

  /** The CSV template's headings, columns (1a) to (14). */
  public static final List<String> HEADINGS = List.of("Share/Unit acquired(1a)", "ISIN Code(2)",
      "Name of the Share/Unit(3)", "No. of Shares/Units(4)", "Sale-price per Share/Unit(5)",
      "Full Value of Consideration(Total Sale Value)(6) = 4 * 5", "Cost of acquisition without indexation(7)",
      "Cost of acquisition(8)", "If the long term capital asset was acquired before 01.02.2018(9)",
      "Fair Market Value per share/unit as on 31st January 2018(10)",
      "Total Fair Market Value of capital asset as per section 55(2)(ac)(11) = 4 * 10",
      "Expenditure wholly and exclusively in connection with transfer(12)", "Total deductions(13) = 7 + 12",
      "Balance(14) = 6 - 13");

  /**
   * The heading of column (1b), asked only for 2024-25, as third-party readings of that year's utility
   * give it (not confirmed against the template itself).
   */
  public static final String TRANSFERRED_HEADING = "Share/Unit transferred (Before / on or after 23rd July 2024)(1b)";

  /** Column (1b): the unit was transferred before 23 July 2024. */
  public static final String TRANSFERRED_BEFORE = "BE";

  /** Column (1b): the unit was transferred on or after 23 July 2024. */
  public static final String TRANSFERRED_ON_OR_AFTER = "AE";

  /** The only year whose schedule has column (1b): 2024-25, split by the rate change of 23 July 2024. */
  public static final FinancialYear SPLIT_YEAR = new FinancialYear(2024);

  /**
   * Returns the headings of a year's template: those of {@link #HEADINGS}, with column (1b) after
   * (1a) for 2024-25.
   *
   * @param year the financial year
   * @return the headings
   */
  public static List<String> headings(FinancialYear year) {
    if (!SPLIT_YEAR.equals(year)) {
      return HEADINGS;
    }
    List<String> h = new ArrayList<>(HEADINGS);
    h.add(1, TRANSFERRED_HEADING);
    return List.copyOf(h);
  }

  /**
   * Creates a row.
   *
   * @throws NullPointerException if a component is null
   */
  public Schedule112A {
    Objects.requireNonNull(acquired, "acquired");
    Objects.requireNonNull(transferred, "transferred");
    Objects.requireNonNull(isin, "isin");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(salePrice, "salePrice");
    Objects.requireNonNull(saleValue, "saleValue");
    Objects.requireNonNull(costWithoutIndexation, "costWithoutIndexation");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(grandfatheredValue, "grandfatheredValue");
    Objects.requireNonNull(fairMarketValuePerUnit, "fairMarketValuePerUnit");
    Objects.requireNonNull(fairMarketValue, "fairMarketValue");
    Objects.requireNonNull(expenditure, "expenditure");
    Objects.requireNonNull(deductions, "deductions");
    Objects.requireNonNull(balance, "balance");
  }

  /**
   * Returns the rows of a statement's section 112A lines.
   *
   * @param statement the year's statement
   * @param isins the ISIN of each scheme, where known
   * @param names the name of each scheme; a scheme without one is named by its code
   * @return one row per line, in date order
   */
  public static List<Schedule112A> rows(CapitalGainsStatement statement, Map<SchemeCode, Isin> isins,
      Map<SchemeCode, String> names) {
    return rows(statement, isins, names, LocalDate.MIN, LocalDate.MAX);
  }

  /**
   * Returns the rows of the section 112A lines sold within a period: for 2024-25, whose utility asks
   * transfers before 23 July 2024 and on or after it apart.
   *
   * @param statement the year's statement
   * @param isins the ISIN of each scheme, where known
   * @param names the name of each scheme
   * @param from the first sale date to include
   * @param until the first sale date to leave out
   * @return one row per line sold in {@code [from, until)}, in date order
   */
  public static List<Schedule112A> rows(CapitalGainsStatement statement, Map<SchemeCode, Isin> isins,
      Map<SchemeCode, String> names, LocalDate from, LocalDate until) {
    List<Schedule112A> rows = new ArrayList<>();
    boolean split = SPLIT_YEAR.equals(statement.year());
    for (GainLine l : statement.schedule112ALines()) {
      if (l.saleDate().isBefore(from) || !l.saleDate().isBefore(until)) {
        continue;
      }
      SchemeCode code = l.holding().scheme();
      BigDecimal units = l.units().value();
      BigDecimal price = l.saleValue().amount().divide(units, 4, RoundingMode.HALF_UP);
      Money sale = Money.of(units.multiply(price));
      boolean before = !l.acquiredOn().isAfter(TaxRules.GRANDFATHERED_UNTIL);
      Optional<Money> fmv = before ? l.fairMarketValue() : Optional.empty();
      Optional<BigDecimal> fmvPerUnit = fmv.map(v -> v.amount().divide(units, 4, RoundingMode.HALF_UP));
      Optional<Money> fmvTotal = fmvPerUnit.map(p -> Money.of(units.multiply(p)));
      Optional<Money> lower = before ? Optional.of(fmvTotal.map(f -> f.compareTo(sale) <= 0 ? f : sale)
          .orElse(Money.ZERO)) : Optional.empty();
      Money cost = l.actualCost();
      Money col7 = lower.filter(v -> v.compareTo(cost) > 0).orElse(cost);
      Money deductions = col7;
      Optional<String> transferred = split ? Optional.of(l.saleDate().isBefore(TaxRules.JULY_2024)
          ? TRANSFERRED_BEFORE : TRANSFERRED_ON_OR_AFTER) : Optional.empty();
      rows.add(new Schedule112A(before ? "BE" : "AE", transferred, Optional.ofNullable(isins.get(code)),
          names.getOrDefault(code, "Scheme " + code.value()), units, price, sale, col7, cost, lower, fmvPerUnit,
          fmvTotal, Money.ZERO, deductions, sale.minus(deductions)));
    }
    return rows;
  }

  /**
   * Writes rows as the template's CSV: the heading line, then one line per row, fields quoted when
   * they hold a comma or quote, lines ended by {@code \n}. Column (1b) is written when any row has it.
   *
   * @param rows the rows
   * @return the CSV text
   */
  public static String toCsv(List<Schedule112A> rows) {
    boolean split = rows.stream().anyMatch(r -> r.transferred.isPresent());
    return toCsv(split ? HEADINGS_WITH_TRANSFER : HEADINGS, split, rows);
  }

  /**
   * Writes a year's rows as that year's template CSV: with column (1b) for 2024-25 even when there are
   * no rows, without it for other years.
   *
   * @param year the financial year of the rows
   * @param rows the rows
   * @return the CSV text
   */
  public static String toCsv(FinancialYear year, List<Schedule112A> rows) {
    boolean split = SPLIT_YEAR.equals(year);
    return toCsv(headings(year), split, rows);
  }

  private static final List<String> HEADINGS_WITH_TRANSFER = headings(SPLIT_YEAR);

  private static String toCsv(List<String> headings, boolean split, List<Schedule112A> rows) {
    StringBuilder sb = new StringBuilder();
    line(sb, headings);
    for (Schedule112A r : rows) {
      List<String> fields = new ArrayList<>(List.of(r.acquired, r.isin.map(Isin::toString).orElse(""), r.name,
          r.units.toPlainString(), r.salePrice.toPlainString(), r.saleValue.toString(),
          r.costWithoutIndexation.toString(), r.cost.toString(), r.grandfatheredValue.map(Money::toString).orElse(""),
          r.fairMarketValuePerUnit.map(BigDecimal::toPlainString).orElse(""),
          r.fairMarketValue.map(Money::toString).orElse(""), r.expenditure.toString(), r.deductions.toString(),
          r.balance.toString()));
      if (split) {
        fields.add(1, r.transferred.orElse(""));
      }
      line(sb, fields);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    sb.append('\n');
  }
}
