package in.lumpsum.calc.portfolio;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.Holding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One holding as its transactions leave it: the units and open lots still held, and what the units
 * already gone earned.
 *
 * @param holding the units, cost and open FIFO lots still held
 * @param invested the money put into this holding: purchases, SIP instalments, switches in, IDCW
 *     reinvested and stamp duty, in rupees
 * @param proceeds the money taken out by redemptions and switches out, in rupees
 * @param realisedGain proceeds less the FIFO cost of the units redeemed or switched out, in rupees
 *     (negative for a loss)
 * @param idcwPaid IDCW paid out in cash, before any TDS, in rupees
 * @param charges stamp duty, STT and TDS charged, in rupees
 * @since 0.1.0
 */
public record HoldingAccount(Holding holding, Money invested, Money proceeds, Money realisedGain,
    Money idcwPaid, Money charges) {

  /**
   * Creates an account.
   *
   * @throws NullPointerException if a component is null
   */
  public HoldingAccount {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(invested, "invested");
    Objects.requireNonNull(proceeds, "proceeds");
    Objects.requireNonNull(realisedGain, "realisedGain");
    Objects.requireNonNull(idcwPaid, "idcwPaid");
    Objects.requireNonNull(charges, "charges");
  }

  /**
   * Returns the average cost of the units held: their FIFO cost divided by their number.
   *
   * <p>This is the figure statements show as "average cost" or "average NAV"; for tax, each lot keeps
   * its own cost.
   *
   * @return rupees per unit, rounded to four decimals {@code HALF_UP}, or empty when no units are held
   */
  public Optional<BigDecimal> averageCost() {
    if (holding.units().isZero()) {
      return Optional.empty();
    }
    return Optional.of(holding.cost().amount().divide(holding.units().value(), 4, RoundingMode.HALF_UP));
  }

  /**
   * Tells whether units are still held.
   *
   * @return true while the holding has units
   */
  public boolean isOpen() {
    return !holding.units().isZero();
  }
}
