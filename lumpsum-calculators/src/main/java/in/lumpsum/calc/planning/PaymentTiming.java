package in.lumpsum.calc.planning;

/**
 * When in each month an instalment, withdrawal or transfer happens, relative to that month's
 * growth.
 *
 * @since 0.1.0
 */
public enum PaymentTiming {

  /**
   * At the start of the month, before it grows (an annuity due): the instalment earns the month's
   * return. {@code FV = P × ((1 + i)^n − 1) / i × (1 + i)}. The popular Indian SIP calculators use
   * this; a withdrawal at the start of the month is taken before the balance grows.
   */
  START_OF_MONTH("at the start of each month (annuity due)"),

  /**
   * At the end of the month, after it grows (an ordinary annuity, as spreadsheet {@code FV} with
   * type 0): {@code FV = P × ((1 + i)^n − 1) / i}.
   */
  END_OF_MONTH("at the end of each month (ordinary annuity)");

  private final String description;

  PaymentTiming(String description) {
    this.description = description;
  }

  /**
   * Returns the timing in words.
   *
   * @return a phrase such as {@code "at the start of each month (annuity due)"}
   */
  public String description() {
    return description;
  }
}
