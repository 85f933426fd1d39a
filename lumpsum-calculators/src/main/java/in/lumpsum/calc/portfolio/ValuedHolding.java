package in.lumpsum.calc.portfolio;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.store.spi.NavRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A holding valued at a NAV.
 *
 * @param account the holding and its history
 * @param nav the NAV used: the latest on or before the valuation date, or empty when the store has none
 * @param value units × NAV in rupees, rounded to paise; zero without a NAV
 * @since 0.1.0
 */
public record ValuedHolding(HoldingAccount account, Optional<NavRecord> nav, Money value) {

  /**
   * Creates a valued holding.
   *
   * @throws NullPointerException if a component is null
   */
  public ValuedHolding {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(nav, "nav");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the cost of the units still held.
   *
   * @return the FIFO cost of the open lots, in rupees
   */
  public Money cost() {
    return account.holding().cost();
  }

  /**
   * Returns the gain not yet realised: value less the cost of the units held.
   *
   * @return the unrealised gain in rupees, negative for a loss
   */
  public Money unrealisedGain() {
    return value.minus(cost());
  }

  /**
   * Returns the unrealised gain as a fraction of cost ({@code 0.12} is 12%).
   *
   * @return the fraction, rounded to six decimals, or empty when the cost is zero
   */
  public Optional<BigDecimal> unrealisedGainFraction() {
    if (cost().isZero()) {
      return Optional.empty();
    }
    return Optional.of(unrealisedGain().amount().divide(cost().amount(), 6, RoundingMode.HALF_UP));
  }
}
