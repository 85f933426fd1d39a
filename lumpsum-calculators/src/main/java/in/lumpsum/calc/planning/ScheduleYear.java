package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.util.Objects;

/**
 * One year of a projection's schedule: what went in and out during the year, the totals so far and
 * the value at the year's end.
 *
 * <p>{@code gain = value + totalWithdrawn − totalInvested}. Amounts are rounded to paise from the
 * projection's {@code double} arithmetic, so a year's figures may differ from sums of other rows by
 * a paisa.
 *
 * @param year the year, from 1
 * @param instalment the monthly instalment (or withdrawal) paid during the year
 * @param investedInYear the money put in during the year (a lump sum counts in year 1)
 * @param totalInvested the money put in up to the year's end
 * @param withdrawnInYear the money taken out during the year
 * @param totalWithdrawn the money taken out up to the year's end
 * @param value the value at the year's end
 * @param gain the gain up to the year's end
 * @since 0.1.0
 */
public record ScheduleYear(int year, Money instalment, Money investedInYear, Money totalInvested,
    Money withdrawnInYear, Money totalWithdrawn, Money value, Money gain) {

  /**
   * Creates a row.
   *
   * @throws NullPointerException if an amount is null
   */
  public ScheduleYear {
    Objects.requireNonNull(instalment, "instalment");
    Objects.requireNonNull(investedInYear, "investedInYear");
    Objects.requireNonNull(totalInvested, "totalInvested");
    Objects.requireNonNull(withdrawnInYear, "withdrawnInYear");
    Objects.requireNonNull(totalWithdrawn, "totalWithdrawn");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(gain, "gain");
  }
}
