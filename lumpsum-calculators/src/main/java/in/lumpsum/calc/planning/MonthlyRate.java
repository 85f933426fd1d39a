package in.lumpsum.calc.planning;

/**
 * How an annual rate becomes the monthly rate that instalments grow at.
 *
 * @since 0.1.0
 */
public enum MonthlyRate {

  /**
   * The nominal rate divided by twelve, {@code i = r / 12}, compounded monthly: 12% a year is 1% a
   * month and grows 12.68% in a year. The popular Indian SIP calculator pages use this.
   */
  NOMINAL("annual / 12 (nominal, compounded monthly)"),

  /**
   * The effective monthly rate, {@code i = (1 + r)^(1/12) − 1}: 12% a year is about 0.949% a
   * month and grows exactly 12% in a year.
   */
  EFFECTIVE("(1 + annual)^(1/12) − 1 (effective)");

  private final String description;

  MonthlyRate(String description) {
    this.description = description;
  }

  /**
   * Returns the monthly rate for an annual rate.
   *
   * @param annualRate the annual rate as a fraction, above -1
   * @return the monthly rate as a fraction
   */
  public double monthly(double annualRate) {
    return this == NOMINAL ? annualRate / 12.0 : Math.expm1(Math.log1p(annualRate) / 12.0);
  }

  /**
   * Returns the rule in words.
   *
   * @return a phrase such as {@code "annual / 12 (nominal, compounded monthly)"}
   */
  public String description() {
    return description;
  }
}
