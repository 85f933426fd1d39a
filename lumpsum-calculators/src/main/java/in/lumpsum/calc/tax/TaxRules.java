package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The capital-gains rules for mutual-fund units, as data: rates and sections by transfer date, holding
 * periods, the section 112A exemption by year, grandfathering and the cost inflation index.
 *
 * <p>{@link #DEFAULT} holds the law as checked against the texts each row names (see
 * {@code docs/TAX.md}). The dates that matter:
 * <ul>
 *   <li>1 October 2004: STT and sections 10(38) and 111A (Finance (No. 2) Act, 2004).</li>
 *   <li>1 April 2008: section 111A at 15% (Finance Act, 2008, from assessment year 2009-10).</li>
 *   <li>11 July 2014: units of funds other than equity-oriented need more than 36 months to be
 *       long-term (Finance (No. 2) Act, 2014; CBDT Circular No. 1/2015 on the date).</li>
 *   <li>1 April 2018: section 10(38) withdrawn, section 112A (10% above ₹1 lakh) and the
 *       grandfathering of section 55(2)(ac) (Finance Act, 2018).</li>
 *   <li>1 April 2023: section 50AA (Finance Act, 2023) for specified-fund units acquired from then.</li>
 *   <li>23 July 2024: 111A 20%, 112A 12.5% above ₹1.25 lakh, 112 12.5% without indexation, holding
 *       periods of 24 months (12 if listed) for other units (Finance (No. 2) Act, 2024).</li>
 *   <li>1 April 2025: the new definition of a specified mutual fund (Finance (No. 2) Act, 2024, from
 *       assessment year 2026-27).</li>
 *   <li>1 April 2026: the Income-tax Act, 2025 replaces the 1961 Act for tax years from 2026-27 (its
 *       repeal and savings section); rates and periods carry over, the sections are renumbered:
 *       111A → 196, 112 → 197, 112A → 198, 50AA → 76, 2(42A) → 2(101), 70 → 108, and the
 *       grandfathering of 55(2)(ac) moves with old s. 55 to s. 90 ({@link #grandfatheringSection}).</li>
 * </ul>
 *
 * @param rates the rate rules
 * @param holdingPeriods the holding-period rules
 * @param cii the cost inflation index
 * @since 0.1.0
 */
public record TaxRules(List<TaxRule> rates, List<HoldingPeriodRule> holdingPeriods, CostInflationIndex cii) {

  /** The first day of tax years under the Income-tax Act, 2025. */
  public static final LocalDate ACT_2025_FROM = LocalDate.of(2026, 4, 1);

  /** The first transfer date of the rates of the Finance (No. 2) Act, 2024: 23 July 2024. */
  public static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 23);

  /** The first transfer date of section 112A: 1 April 2018. */
  public static final LocalDate SECTION_112A_FROM = LocalDate.of(2018, 4, 1);

  /** The last acquisition date that grandfathering covers: 31 January 2018. */
  public static final LocalDate GRANDFATHERED_UNTIL = LocalDate.of(2018, 1, 31);

  private static final LocalDate STT_FROM = LocalDate.of(2004, 10, 1);
  private static final LocalDate APRIL_2001 = LocalDate.of(2001, 4, 1);
  private static final LocalDate APRIL_2008 = LocalDate.of(2008, 4, 1);
  private static final LocalDate JULY_2014 = LocalDate.of(2014, 7, 11);
  private static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 1);

  private static final String FA_2024 = "Finance (No. 2) Act, 2024";
  private static final String ITA_2025 = "Income-tax Act, 2025 (tax years from 1 April 2026)";

  /** The rules as in force, checked against the sources in each row. */
  public static final TaxRules DEFAULT = new TaxRules(List.of(
      rule(GainKind.EQUITY_SHORT, STT_FROM, APRIL_2008, "0.10", "111A",
          "Income-tax Act, 1961, s. 111A, inserted by Finance (No. 2) Act, 2004"),
      rule(GainKind.EQUITY_SHORT, APRIL_2008, JULY_2024, "0.15", "111A",
          "s. 111A as amended by Finance Act, 2008 (15%)"),
      rule(GainKind.EQUITY_SHORT, JULY_2024, ACT_2025_FROM, "0.20", "111A",
          "s. 111A as amended by " + FA_2024 + " (20%)"),
      rule(GainKind.EQUITY_SHORT, ACT_2025_FROM, null, "0.20", "196 (ITA 2025)", ITA_2025 + ", s. 196(1)(i)"),

      rule(GainKind.EQUITY_LONG, STT_FROM, SECTION_112A_FROM, "0", "10(38)",
          "Income-tax Act, 1961, s. 10(38) (exempt), withdrawn by Finance Act, 2018"),
      rule(GainKind.EQUITY_LONG, SECTION_112A_FROM, JULY_2024, "0.10", "112A",
          "s. 112A inserted by Finance Act, 2018 (10% above ₹1 lakh)"),
      rule(GainKind.EQUITY_LONG, JULY_2024, ACT_2025_FROM, "0.125", "112A",
          "s. 112A as amended by " + FA_2024 + " (12.5% above ₹1.25 lakh)"),
      rule(GainKind.EQUITY_LONG, ACT_2025_FROM, null, "0.125", "198 (ITA 2025)", ITA_2025 + ", s. 198(2)"),

      rule(GainKind.SPECIFIED_FUND, APRIL_2023, ACT_2025_FROM, null, "50AA",
          "s. 50AA inserted by Finance Act, 2023; definition substituted by Finance (No. 2) Act, 2024"),
      rule(GainKind.SPECIFIED_FUND, ACT_2025_FROM, null, null, "76 (ITA 2025)", ITA_2025 + ", s. 76"),

      rule(GainKind.OTHER_SHORT, APRIL_2001, ACT_2025_FROM, null, "slab",
          "Income-tax Act, 1961: normal rates of the Finance Act's First Schedule"),
      rule(GainKind.OTHER_SHORT, ACT_2025_FROM, null, null, "slab (ITA 2025)", ITA_2025 + ", normal rates"),

      new TaxRule(GainKind.OTHER_LONG, APRIL_2001, Optional.of(JULY_2024), Optional.of(new BigDecimal("0.20")),
          true, "112", "s. 112(1) at 20% after indexation (s. 48, second proviso)"),
      rule(GainKind.OTHER_LONG, JULY_2024, ACT_2025_FROM, "0.125", "112",
          "s. 112 as amended by " + FA_2024 + " (12.5%, indexation withdrawn)"),
      rule(GainKind.OTHER_LONG, ACT_2025_FROM, null, "0.125", "197 (ITA 2025)", ITA_2025 + ", s. 197(1)(b)")),

      List.of(
          period(TaxClass.EQUITY_ORIENTED, false, STT_FROM, ACT_2025_FROM, 12,
              "s. 2(42A), proviso: units of an equity oriented fund, 12 months"),
          period(TaxClass.EQUITY_ORIENTED, false, ACT_2025_FROM, null, 12, ITA_2025 + ", s. 2(101)(b)"),
          period(TaxClass.SPECIFIED_FUND, false, APRIL_2023, null, 0,
              "s. 50AA / ITA 2025 s. 76: deemed short-term whatever the period"),
          period(TaxClass.OTHER, false, APRIL_2001, JULY_2014, 12,
              "s. 2(42A), proviso before Finance (No. 2) Act, 2014: units, 12 months"),
          period(TaxClass.OTHER, false, JULY_2014, JULY_2024, 36,
              "s. 2(42A) as amended by Finance (No. 2) Act, 2014: 36 months (CBDT Circular 1/2015)"),
          period(TaxClass.OTHER, true, JULY_2024, ACT_2025_FROM, 12,
              "s. 2(42A) as amended by " + FA_2024 + ": listed securities, 12 months"),
          period(TaxClass.OTHER, false, JULY_2024, ACT_2025_FROM, 24,
              "s. 2(42A) as amended by " + FA_2024 + ": 24 months"),
          period(TaxClass.OTHER, true, ACT_2025_FROM, null, 12, ITA_2025 + ", s. 2(101)(b): listed, 12 months"),
          period(TaxClass.OTHER, false, ACT_2025_FROM, null, 24, ITA_2025 + ", s. 2(101)(a): 24 months")),
      CostInflationIndex.DEFAULT);

  /**
   * Creates a rule set.
   *
   * @throws NullPointerException if a component is null
   */
  public TaxRules {
    rates = List.copyOf(rates);
    holdingPeriods = List.copyOf(holdingPeriods);
    Objects.requireNonNull(cii, "cii");
  }

  private static TaxRule rule(GainKind kind, LocalDate from, LocalDate until, String rate, String section,
      String source) {
    return new TaxRule(kind, from, Optional.ofNullable(until),
        Optional.ofNullable(rate).map(BigDecimal::new), false, section, source);
  }

  private static HoldingPeriodRule period(TaxClass c, boolean listed, LocalDate from, LocalDate until,
      int months, String source) {
    return new HoldingPeriodRule(c, listed, from, Optional.ofNullable(until), months, source);
  }

  /**
   * Returns the rule that taxes gains of a kind transferred on a date.
   *
   * @param kind the kind of gain
   * @param transfer the transfer date
   * @return the rule
   * @throws IllegalArgumentException if no rule covers the date (transfers before the rules begin)
   */
  public TaxRule rate(GainKind kind, LocalDate transfer) {
    for (TaxRule r : rates) {
      if (r.kind() == kind && r.appliesOn(transfer)) {
        return r;
      }
    }
    throw new IllegalArgumentException("transfer: no rule for " + kind + " gains on " + transfer);
  }

  /**
   * Returns the holding-period rule for units of a class transferred on a date.
   *
   * @param taxClass the class
   * @param listed whether the units are listed
   * @param transfer the transfer date
   * @return the rule: a listed-only rule for listed units when one applies, else the general one
   * @throws IllegalArgumentException if no rule covers the date
   */
  public HoldingPeriodRule holdingPeriod(TaxClass taxClass, boolean listed, LocalDate transfer) {
    HoldingPeriodRule general = null;
    for (HoldingPeriodRule r : holdingPeriods) {
      if (r.taxClass() == taxClass && r.appliesOn(transfer)) {
        if (r.listedOnly() && listed) {
          return r;
        }
        if (!r.listedOnly()) {
          general = r;
        }
      }
    }
    if (general == null) {
      throw new IllegalArgumentException("transfer: no holding period for " + taxClass + " on " + transfer);
    }
    return general;
  }

  /**
   * Returns the long-term equity gains exempt each year under section 112A (198 of the 2025 Act).
   *
   * <p>₹1,00,000 for 2018-19 to 2023-24 (Finance Act, 2018); ₹1,25,000 from 2024-25, for the whole of
   * 2024-25 including gains before 23 July 2024 (Finance (No. 2) Act, 2024 substituted the amount in
   * section 112A(2)(a) for the year). None before 2018-19, when section 10(38) exempted them in full.
   *
   * @param year the financial year
   * @return the exempt amount
   */
  public Money exemption112A(FinancialYear year) {
    if (year.startYear() < 2018) {
      return Money.ZERO;
    }
    return year.startYear() < 2024 ? Money.ofRupees(100_000) : Money.ofRupees(125_000);
  }

  /**
   * Returns the cost of acquisition under the grandfathering of section 55(2)(ac) (Finance Act, 2018;
   * section 90 of the Income-tax Act, 2025 from 1 April 2026, {@link #grandfatheringSection}):
   * for equity-oriented units acquired on or before 31 January 2018, the higher of the actual cost and
   * the lower of their fair market value on 31 January 2018 and the sale value.
   *
   * @param actual the actual cost
   * @param fairMarketValue the units' fair market value on 31 January 2018 (for units not listed, their
   *     NAV that day, by the Explanation to the clause)
   * @param saleValue the full value of consideration on transfer
   * @return {@code max(actual, min(fairMarketValue, saleValue))}
   */
  public static Money grandfatheredCost(Money actual, Money fairMarketValue, Money saleValue) {
    Money lower = fairMarketValue.compareTo(saleValue) <= 0 ? fairMarketValue : saleValue;
    return actual.compareTo(lower) >= 0 ? actual : lower;
  }

  /**
   * Returns the provision that grandfathers the cost of equity-oriented units acquired on or before
   * 31 January 2018, for a transfer date: clause (ac) of section 55(2) of the Income-tax Act, 1961
   * (Finance Act, 2018) for transfers before 1 April 2026, and section 90 of the Income-tax Act, 2025
   * (the section that replaces old s. 55, "meaning of adjusted, cost of improvement and cost of
   * acquisition", and carries the cost rule for equity held before 1 February 2018 with the fair
   * market value of 31 January 2018) from then. Sources for s. 90: TaxTMI's summary of s. 90 of the
   * 2025 Act (taxtmi.com/acts?id=51621) and its commentary comparing clause 90 of the Bill with s. 55
   * (tmi_blog_details?id=809988); eztax.in's page on s. 90, whose text keeps the Explanation's cost
   * indexed to the Cost Inflation Index of 2017-18 for units listed after 31 January 2018. Not
   * confirmed: the sub-section and clause within s. 90 (the Act's text was not read), so the
   * reference is to the section.
   *
   * @param transferred the transfer date
   * @return {@code "55(2)(ac)"} or {@code "90 (ITA 2025)"}
   */
  public static String grandfatheringSection(LocalDate transferred) {
    return transferred.isBefore(ACT_2025_FROM) ? "55(2)(ac)" : "90 (ITA 2025)";
  }

  /**
   * Tells whether grandfathering applies to equity-oriented units.
   *
   * @param acquired the acquisition date
   * @param transferred the transfer date
   * @param term the term of the gain
   * @return true for long-term units acquired on or before 31 January 2018 transferred from 1 April
   *     2018
   */
  public static boolean grandfathered(LocalDate acquired, LocalDate transferred, Term term) {
    return term == Term.LONG && !acquired.isAfter(GRANDFATHERED_UNTIL)
        && !transferred.isBefore(SECTION_112A_FROM);
  }

  /**
   * Returns the rules of one kind, oldest first: for documents and tests.
   *
   * @param kind the kind
   * @return the rules of that kind
   */
  public List<TaxRule> rates(GainKind kind) {
    List<TaxRule> out = new ArrayList<>();
    for (TaxRule r : rates) {
      if (r.kind() == kind) {
        out.add(r);
      }
    }
    return out;
  }
}
