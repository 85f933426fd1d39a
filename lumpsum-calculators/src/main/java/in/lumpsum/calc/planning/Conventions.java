package in.lumpsum.calc.planning;

import java.util.Objects;

/**
 * The conventions a projection follows, each an explicit choice because calculator pages disagree
 * on them.
 *
 * <p>{@link #INDIAN_CALCULATORS}, the default, follows the popular Indian SIP calculator pages,
 * which compute {@code FV = P × ((1 + i)^n − 1) / i × (1 + i)} with {@code i = r / 12}: instalments
 * at the start of the month and the nominal monthly rate. Sources: the SIP calculator pages of
 * Groww and others as quoted at https://use.calculator.city/?p=17875 ("i = Annual Rate / 12 /
 * 100", "payments are made at the beginning of each period"),
 * https://calculatesip.pages.dev/blog/sip-calculator-math-explained.html (₹1,000 a month for 3
 * months at 12% gives ₹3,060.40) and https://www.investorq.com (₹10,000 a month for a year at 12%
 * gives ₹1,28,093). Lump sums compound annually, and step-ups are not rounded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param timing when in the month an instalment or withdrawal happens
 * @param monthlyRate how the annual rate becomes a monthly one
 * @param lumpsumCompounding how a lump sum or an existing corpus compounds
 * @param stepUpRounding how a stepped-up instalment is rounded
 * @since 0.1.0
 */
public record Conventions(PaymentTiming timing, MonthlyRate monthlyRate,
    LumpsumCompounding lumpsumCompounding, StepUpRounding stepUpRounding) {

  /**
   * The conventions of the popular Indian calculator pages: start of month, annual / 12, lump sums
   * compounded annually, step-ups not rounded.
   */
  public static final Conventions INDIAN_CALCULATORS = new Conventions(PaymentTiming.START_OF_MONTH,
      MonthlyRate.NOMINAL, LumpsumCompounding.ANNUAL, StepUpRounding.NONE);

  /**
   * Creates conventions.
   *
   * @throws NullPointerException if an argument is null
   */
  public Conventions {
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(monthlyRate, "monthlyRate");
    Objects.requireNonNull(lumpsumCompounding, "lumpsumCompounding");
    Objects.requireNonNull(stepUpRounding, "stepUpRounding");
  }

  /**
   * Returns a copy with another payment timing.
   *
   * @param value the timing
   * @return the conventions
   */
  public Conventions withTiming(PaymentTiming value) {
    return new Conventions(value, monthlyRate, lumpsumCompounding, stepUpRounding);
  }

  /**
   * Returns a copy with another monthly rate rule.
   *
   * @param value the rule
   * @return the conventions
   */
  public Conventions withMonthlyRate(MonthlyRate value) {
    return new Conventions(timing, value, lumpsumCompounding, stepUpRounding);
  }

  /**
   * Returns a copy with another lump-sum compounding.
   *
   * @param value the compounding
   * @return the conventions
   */
  public Conventions withLumpsumCompounding(LumpsumCompounding value) {
    return new Conventions(timing, monthlyRate, value, stepUpRounding);
  }

  /**
   * Returns a copy with another step-up rounding.
   *
   * @param value the rounding
   * @return the conventions
   */
  public Conventions withStepUpRounding(StepUpRounding value) {
    return new Conventions(timing, monthlyRate, lumpsumCompounding, value);
  }

  /**
   * Says the conventions in words, for printing beside a result.
   *
   * @return for the default: {@code "instalments at the start of each month (annuity due); monthly
   *     rate annual / 12 (nominal, compounded monthly); lump sum compounded annually, FV = P × (1 +
   *     r)^years; step-ups not rounded"}
   */
  public String describe() {
    return "instalments " + timing.description() + "; monthly rate " + monthlyRate.description()
        + "; lump sum " + lumpsumCompounding.description() + "; step-ups "
        + stepUpRounding.description();
  }

  /** Monthly growth factor of instalments, {@code 1 + i}. */
  double monthlyGrowth(double annualRate) {
    return 1.0 + monthlyRate.monthly(annualRate);
  }

  /** Monthly growth factor of a lump sum. */
  double lumpsumMonthlyGrowth(double annualRate) {
    return lumpsumCompounding == LumpsumCompounding.ANNUAL
        ? 1.0 + MonthlyRate.EFFECTIVE.monthly(annualRate) : monthlyGrowth(annualRate);
  }
}
