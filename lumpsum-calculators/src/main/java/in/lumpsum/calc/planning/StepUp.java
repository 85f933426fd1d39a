package in.lumpsum.calc.planning;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.util.Objects;

/**
 * How a monthly instalment rises once a year: by a percentage of the previous year's instalment,
 * or by a fixed amount.
 *
 * <p>Year 1 pays the starting instalment; year {@code y} pays the year {@code y − 1} instalment
 * times {@code (1 + rate)}, or plus {@code amount}, rounded by the
 * {@linkplain Conventions#stepUpRounding() step-up rounding}, and never below the year
 * {@code y − 1} instalment (rounding to ₹10 could otherwise take ₹101 up 1% down to ₹100).
 *
 * @since 0.1.0
 */
public sealed interface StepUp permits StepUp.Percent, StepUp.Amount {

  /** No step-up: a plain SIP. */
  StepUp NONE = new Percent(0.0);

  /**
   * A step-up by a fraction of the previous year's instalment.
   *
   * @param rate the yearly rise as a fraction ({@code 0.10} is 10%)
   * @return the step-up
   * @throws InvalidValueException if {@code rate} is negative, above 10 (1,000%) or not finite
   */
  static StepUp percent(double rate) {
    return new Percent(rate);
  }

  /**
   * A step-up by a fixed amount each year.
   *
   * @param amount the yearly rise in rupees, zero or more
   * @return the step-up
   * @throws InvalidValueException if {@code amount} is negative
   */
  static StepUp amount(Money amount) {
    return new Amount(amount);
  }

  /**
   * Returns next year's instalment, before rounding.
   *
   * @param previous this year's instalment in rupees
   * @return next year's instalment in rupees
   */
  double next(double previous);

  /**
   * Returns next year's instalment as the planners pay it: {@link #next(double)}, rounded by
   * {@code rounding}, never below this year's; an unchanged instalment (a zero step) and one
   * beyond a {@code double}'s range are not rounded, and a zero instalment stays zero (no SIP
   * rises from nothing).
   *
   * @param previous this year's instalment in rupees
   * @param rounding the step-up rounding of the conventions
   * @return next year's instalment in rupees
   * @throws NullPointerException if {@code rounding} is null
   * @since 0.2.0
   */
  default double next(double previous, StepUpRounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (previous == 0) {
      return 0;
    }
    double next = next(previous);
    // ₹101 up 1% is ₹102.01, which rounds to ₹100 to ₹10: it stays ₹101, so instalments rise
    // monotonically with the step.
    return next == previous || !Double.isFinite(next) ? next
        : Math.max(previous, rounding.round(next));
  }

  /**
   * Says the step-up in words.
   *
   * @return a phrase such as {@code "10% a year"} or {@code "₹500.00 a year"}
   */
  String describe();

  /**
   * A yearly step-up by a fraction of the previous instalment.
   *
   * @param rate the yearly rise as a fraction, from 0 to 10
   */
  record Percent(double rate) implements StepUp {

    /**
     * Creates the step-up.
     *
     * @throws InvalidValueException if {@code rate} is negative, above 10 or not finite
     */
    public Percent {
      if (!(rate >= 0 && rate <= 10)) {
        throw new InvalidValueException("stepUp", rate, "must be a fraction from 0 to 10 (1,000%)");
      }
    }

    @Override
    public double next(double previous) {
      return previous * (1.0 + rate);
    }

    @Override
    public String describe() {
      return rate == 0 ? "none" : Planner.percent(rate) + " a year";
    }
  }

  /**
   * A yearly step-up by a fixed amount.
   *
   * @param amount the yearly rise in rupees, zero or more
   */
  record Amount(Money amount) implements StepUp {

    /**
     * Creates the step-up.
     *
     * @throws NullPointerException if {@code amount} is null
     * @throws InvalidValueException if {@code amount} is negative
     */
    public Amount {
      Objects.requireNonNull(amount, "amount");
      if (amount.signum() < 0) {
        throw new InvalidValueException("stepUpAmount", amount, "must be zero or more");
      }
    }

    @Override
    public double next(double previous) {
      return previous + amount.toDouble();
    }

    @Override
    public String describe() {
      return "₹" + amount + " a year";
    }
  }
}
