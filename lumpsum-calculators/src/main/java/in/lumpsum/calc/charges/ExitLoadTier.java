package in.lumpsum.calc.charges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One tier of an exit load: the rate charged on units redeemed within a period of their allotment.
 *
 * <p>"Within" is inclusive, as scheme information documents word it ("if redeemed on or before 365
 * days from the date of allotment"): a unit allotted on 1 January 2024 under a tier of 365 days is
 * within it when redeemed up to and including 31 December 2024 ({@code allotment + 365 days}).
 * Months count calendar months, as {@link LocalDate#plus} does (31 January + 1 month is 29 February in
 * a leap year).
 *
 * @param within how long after allotment the tier applies: days or months (or years)
 * @param rate the load as a fraction of the redemption value ({@code 0.01} is 1%), zero or more
 * @since 0.1.0
 */
public record ExitLoadTier(Period within, BigDecimal rate) {

  /**
   * Creates a tier.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the period is zero or negative or the rate negative
   */
  public ExitLoadTier {
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(rate, "rate");
    if (within.isNegative() || within.isZero()) {
      throw new IllegalArgumentException("within: must be a positive period (got " + within + ")");
    }
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("rate: must be a fraction from 0 to 1 (got "
          + rate.toPlainString() + ")");
    }
  }

  /**
   * Returns a tier counted in days.
   *
   * @param days the days after allotment the tier lasts, inclusive
   * @param rate the load as a fraction
   * @return the tier
   */
  public static ExitLoadTier days(int days, BigDecimal rate) {
    return new ExitLoadTier(Period.ofDays(days), rate);
  }

  /**
   * Returns a tier counted in calendar months.
   *
   * @param months the months after allotment the tier lasts, inclusive
   * @param rate the load as a fraction
   * @return the tier
   */
  public static ExitLoadTier months(int months, BigDecimal rate) {
    return new ExitLoadTier(Period.ofMonths(months), rate);
  }

  /**
   * Returns the last date a unit allotted on {@code allotment} is within this tier.
   *
   * @param allotment the allotment date
   * @return {@code allotment + within}
   */
  public LocalDate lastDay(LocalDate allotment) {
    return allotment.plus(within);
  }
}
