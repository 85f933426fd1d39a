package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The gains of a year taxed under one rule (one section at one rate), through set-off and exemption to
 * tax.
 *
 * @param rule the section and rate
 * @param gains the sum of the gains, in rupees
 * @param losses the sum of the losses, as a positive amount
 * @param setOff losses of other rules and earlier years set off against the net gain, positive
 * @param exempt the section 112A (198) exemption used here, positive
 * @param taxable what is left to tax: gains less losses, set-off and exemption, never negative
 * @param tax the tax at the rule's rate before surcharge and cess; empty for slab-rate gains when no
 *     slab rate was given
 * @since 0.1.0
 */
public record SectionTotal(TaxRule rule, Money gains, Money losses, Money setOff, Money exempt, Money taxable,
    Optional<Money> tax) {

  /**
   * Creates a total.
   *
   * @throws NullPointerException if a component is null
   */
  public SectionTotal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(gains, "gains");
    Objects.requireNonNull(losses, "losses");
    Objects.requireNonNull(setOff, "setOff");
    Objects.requireNonNull(exempt, "exempt");
    Objects.requireNonNull(taxable, "taxable");
    Objects.requireNonNull(tax, "tax");
  }

  /**
   * Returns gains less losses before any set-off.
   *
   * @return the net, negative for a net loss
   */
  public Money net() {
    return gains.minus(losses);
  }
}
