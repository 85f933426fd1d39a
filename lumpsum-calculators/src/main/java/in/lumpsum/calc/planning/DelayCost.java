package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.util.Objects;

/**
 * What it costs to start a goal's SIP later.
 *
 * @param delayYears how many years later the SIP starts
 * @param requiredMonthlySip the monthly SIP needed when starting that much later (over the years
 *     left)
 * @param extraPerMonth how much more that is each month than starting now
 * @param corpusShortfall how far the SIP needed now falls short of the target if it starts that
 *     much later instead
 * @since 0.1.0
 */
public record DelayCost(int delayYears, Money requiredMonthlySip, Money extraPerMonth,
    Money corpusShortfall) {

  /**
   * Creates the cost.
   *
   * @throws NullPointerException if an amount is null
   */
  public DelayCost {
    Objects.requireNonNull(requiredMonthlySip, "requiredMonthlySip");
    Objects.requireNonNull(extraPerMonth, "extraPerMonth");
    Objects.requireNonNull(corpusShortfall, "corpusShortfall");
  }
}
