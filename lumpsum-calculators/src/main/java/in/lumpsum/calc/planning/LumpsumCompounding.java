package in.lumpsum.calc.planning;

/**
 * How a lump sum (a one-time investment, an existing corpus) compounds.
 *
 * @since 0.1.0
 */
public enum LumpsumCompounding {

  /**
   * Once a year, {@code FV = P × (1 + r)^years}, as lump-sum calculator pages do (for example
   * https://hortibook.com/LumpSumMfCalculator.php: "This assumes annual compounding"). Within a
   * year the value grows at the effective monthly rate, so year-end values are exact.
   */
  ANNUAL("compounded annually, FV = P × (1 + r)^years"),

  /** At the instalments' monthly rate ({@link MonthlyRate}), like one instalment of a SIP. */
  AT_MONTHLY_RATE("compounded monthly at the instalments' monthly rate");

  private final String description;

  LumpsumCompounding(String description) {
    this.description = description;
  }

  /**
   * Returns the rule in words.
   *
   * @return a phrase such as {@code "compounded annually, FV = P × (1 + r)^years"}
   */
  public String description() {
    return description;
  }
}
