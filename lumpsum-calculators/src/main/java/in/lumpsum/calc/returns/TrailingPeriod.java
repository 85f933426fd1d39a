package in.lumpsum.calc.returns;

import java.time.Period;

/**
 * The trailing periods of a fund fact sheet: 1, 3 and 6 months and 1, 3, 5 and 10 years back from
 * the latest NAV.
 *
 * <p>Periods up to and including one year are reported as absolute (point-to-point) returns, longer
 * ones as CAGR, the convention of AMFI's performance disclosure and of Indian fund-research sites
 * such as Value Research: SEBI asks for scheme returns "in terms of CAGR" for 1, 3, 5 and 10 years
 * and since inception (SEBI guideline on performance disclosure on the AMFI website, as summarised
 * by UTI MF, https://www.utimf.com/articles/understanding-mutual-fund-returns/), and research sites
 * "show returns up to one year in absolute terms, above one year annualised"
 * (https://advisorkhoj.com/post-your-queries/Why%20the%20one%20year%20returns%20are%20higher%20in%20mutual%20funds).
 * For exactly one year the two differ only by a leap day.
 *
 * @since 0.1.0
 */
public enum TrailingPeriod {

  /** One month. */
  ONE_MONTH("1M", Period.ofMonths(1)),
  /** Three months. */
  THREE_MONTHS("3M", Period.ofMonths(3)),
  /** Six months. */
  SIX_MONTHS("6M", Period.ofMonths(6)),
  /** One year: the longest absolute period. */
  ONE_YEAR("1Y", Period.ofYears(1)),
  /** Three years, annualised. */
  THREE_YEARS("3Y", Period.ofYears(3)),
  /** Five years, annualised. */
  FIVE_YEARS("5Y", Period.ofYears(5)),
  /** Ten years, annualised. */
  TEN_YEARS("10Y", Period.ofYears(10));

  private final String label;
  private final Period period;

  TrailingPeriod(String label, Period period) {
    this.label = label;
    this.period = period;
  }

  /**
   * Returns the fact-sheet label, such as {@code "3Y"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the length of the period, subtracted from the end date with
   * {@link java.time.LocalDate#minus(java.time.temporal.TemporalAmount)} (31 May less three months
   * is 28 or 29 February).
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Tells whether the return over this period is annualised (CAGR) rather than absolute.
   *
   * @return true for periods longer than one year
   */
  public boolean annualised() {
    return period.toTotalMonths() > 12;
  }
}
