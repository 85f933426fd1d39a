package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.util.Objects;

/**
 * One year of a systematic transfer plan's schedule.
 *
 * @param year the year, from 1
 * @param transferredInYear the money moved from the source to the target scheme during the year
 * @param totalTransferred the money moved up to the year's end
 * @param sourceValue the source scheme's value at the year's end
 * @param targetValue the target scheme's value at the year's end
 * @param totalValue the two together
 * @since 0.1.0
 */
public record StpYear(int year, Money transferredInYear, Money totalTransferred, Money sourceValue,
    Money targetValue, Money totalValue) {

  /**
   * Creates a row.
   *
   * @throws NullPointerException if an amount is null
   */
  public StpYear {
    Objects.requireNonNull(transferredInYear, "transferredInYear");
    Objects.requireNonNull(totalTransferred, "totalTransferred");
    Objects.requireNonNull(sourceValue, "sourceValue");
    Objects.requireNonNull(targetValue, "targetValue");
    Objects.requireNonNull(totalValue, "totalValue");
  }
}
