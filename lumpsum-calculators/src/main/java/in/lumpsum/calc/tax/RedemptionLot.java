package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One lot's part of a possible redemption: what it would fetch, cost in exit load and STT, and gain.
 *
 * @param line the gain, classification and rule, as the statement would list it (its sale value is
 *     the value less exit load)
 * @param value units × NAV, before exit load
 * @param exitLoad the load on this lot's units, by the schedule in force when they were allotted
 * @param stt STT on the value, for equity-oriented units
 * @param tax the tax on a gain at the rule's rate before surcharge and cess, ignoring the 112A exemption
 *     and set-off (the year's statement applies those); zero for a loss; empty for slab-rate gains
 *     without a slab rate
 * @since 0.1.0
 */
public record RedemptionLot(GainLine line, Money value, Money exitLoad, Money stt, Optional<Money> tax) {

  /**
   * Creates a lot.
   *
   * @throws NullPointerException if a component is null
   */
  public RedemptionLot {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(exitLoad, "exitLoad");
    Objects.requireNonNull(stt, "stt");
    Objects.requireNonNull(tax, "tax");
  }
}
