package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The result of a systematic transfer plan: a lump sum parked in a source scheme (typically a
 * liquid or debt fund) moved in monthly transfers to a target scheme (typically equity).
 *
 * @param conventions the conventions followed
 * @param invested the lump sum put into the source scheme
 * @param totalTransferred the money moved to the target scheme
 * @param sourceValue the source scheme's value at the end
 * @param targetValue the target scheme's value at the end
 * @param totalValue the two together
 * @param gain {@code totalValue − invested}
 * @param years one row per year
 * @since 0.1.0
 */
public record StpPlan(Conventions conventions, Money invested, Money totalTransferred,
    Money sourceValue, Money targetValue, Money totalValue, Money gain, List<StpYear> years) {

  /**
   * Creates a plan.
   *
   * @throws NullPointerException if an argument is null
   */
  public StpPlan {
    Objects.requireNonNull(conventions, "conventions");
    Objects.requireNonNull(invested, "invested");
    Objects.requireNonNull(totalTransferred, "totalTransferred");
    Objects.requireNonNull(sourceValue, "sourceValue");
    Objects.requireNonNull(targetValue, "targetValue");
    Objects.requireNonNull(totalValue, "totalValue");
    Objects.requireNonNull(gain, "gain");
    years = List.copyOf(years);
  }
}
