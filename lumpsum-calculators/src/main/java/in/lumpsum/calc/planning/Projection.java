package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The result of a lump-sum, SIP, step-up SIP or SWP projection: totals, the year-by-year schedule
 * and the conventions used.
 *
 * <p>{@code gain = finalValue + totalWithdrawn − totalInvested}.
 *
 * @param conventions the conventions the projection followed; {@link Conventions#describe()} says
 *     them in words
 * @param annualRate the annual rate assumed, as a fraction
 * @param months the length of the projection in months
 * @param totalInvested the money put in
 * @param totalWithdrawn the money taken out
 * @param finalValue the value at the end
 * @param gain the gain
 * @param years one row per year (the last may be part of a year)
 * @since 0.1.0
 */
public record Projection(Conventions conventions, double annualRate, int months,
    Money totalInvested, Money totalWithdrawn, Money finalValue, Money gain,
    List<ScheduleYear> years) {

  /**
   * Creates a projection.
   *
   * @throws NullPointerException if an argument is null
   */
  public Projection {
    Objects.requireNonNull(conventions, "conventions");
    Objects.requireNonNull(totalInvested, "totalInvested");
    Objects.requireNonNull(totalWithdrawn, "totalWithdrawn");
    Objects.requireNonNull(finalValue, "finalValue");
    Objects.requireNonNull(gain, "gain");
    years = List.copyOf(years);
  }
}
