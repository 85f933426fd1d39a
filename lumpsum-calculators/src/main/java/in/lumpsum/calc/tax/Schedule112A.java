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
 * few paise. The utility for assessment year 2025-26 asks gains before and after 23 July 2024 apart:
 * {@link #rows(CapitalGainsStatement, Map, Map, LocalDate, LocalDate)} gives either part. Not confirmed:
 * third-party readings of that year's utility show the split as a per-row column (1b) "Share/Unit
 * transferred (Before / on or after 23rd July 2024)", schema field {@code ShareTransferredOnOrBefore},
 * renamed again for assessment year 2026-27; this CSV has no such column, so for 2024-25 upload each
 * part where the template asks for it, or add the column by hand. The
 * portal's template changes between years: check the headings against the year's template.
 *
 * @param acquired {@code BE} or {@code AE}
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
public record Schedule112A(String acquired, Optional<Isin> isin, String name, BigDecimal units,
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
   * Creates a row.
   *
   * @throws NullPointerException if a component is null
   */
  public Schedule112A {
    Objects.requireNonNull(acquired, "acquired");
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
      rows.add(new Schedule112A(before ? "BE" : "AE", Optional.ofNullable(isins.get(code)),
          names.getOrDefault(code, "Scheme " + code.value()), units, price, sale, col7, cost, lower, fmvPerUnit,
          fmvTotal, Money.ZERO, deductions, sale.minus(deductions)));
    }
    return rows;
  }

  /**
   * Writes rows as the template's CSV: the heading line, then one line per row, fields quoted when
   * they hold a comma or quote, lines ended by {@code \n}.
   *
   * @param rows the rows
   * @return the CSV text
   */
  public static String toCsv(List<Schedule112A> rows) {
    StringBuilder sb = new StringBuilder();
    line(sb, HEADINGS);
    for (Schedule112A r : rows) {
      line(sb, List.of(r.acquired, r.isin.map(Isin::toString).orElse(""), r.name, r.units.toPlainString(),
          r.salePrice.toPlainString(), r.saleValue.toString(), r.costWithoutIndexation.toString(), r.cost.toString(),
          r.grandfatheredValue.map(Money::toString).orElse(""),
          r.fairMarketValuePerUnit.map(BigDecimal::toPlainString).orElse(""),
          r.fairMarketValue.map(Money::toString).orElse(""), r.expenditure.toString(), r.deductions.toString(),
          r.balance.toString()));
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
