package in.lumpsum.calc.portfolio;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.Holding;
import in.lumpsum.core.portfolio.Lot;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * What of a holding can be redeemed on a date: units still under a lock-in, and units past their exit
 * load, lot by lot.
 *
 * <p>Both rules run per lot from its own allotment date: every SIP instalment, IDCW reinvestment and
 * bonus allotment of an ELSS starts its own three years. The lock-in of an equity linked savings scheme
 * is three years from allotment (Equity Linked Savings Scheme, 2005, notified by the Ministry of Finance
 * under section 80C(2)(xiii) of the Income-tax Act, 1961: investments are locked in for three years from
 * the date of allotment); a lot allotted on 10 January 2023 is free on 10 January 2026.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class LotAvailability {

  /** The lock-in of an ELSS lot: three years from allotment. */
  public static final Period ELSS_LOCK_IN = Period.ofYears(3);

  private LotAvailability() {}

  /**
   * Returns the first date a lot under a lock-in can be redeemed.
   *
   * @param lot the lot
   * @param lockIn the lock-in period, such as {@link #ELSS_LOCK_IN}
   * @return the allotment date plus the lock-in
   */
  public static LocalDate unlocksOn(Lot lot, Period lockIn) {
    return lot.acquiredOn().plus(lockIn);
  }

  /**
   * Returns the units of a holding still locked in on a date.
   *
   * @param holding the holding, with its lots
   * @param lockIn the lock-in period, such as {@link #ELSS_LOCK_IN}
   * @param asOf the date
   * @return the units of lots whose lock-in has not ended by {@code asOf}
   * @throws IllegalArgumentException if the holding has units but no lots
   */
  public static Units lockedUnits(Holding holding, Period lockIn, LocalDate asOf) {
    Objects.requireNonNull(lockIn, "lockIn");
    Objects.requireNonNull(asOf, "asOf");
    Units locked = Units.ZERO;
    for (Lot lot : lots(holding)) {
      if (asOf.isBefore(unlocksOn(lot, lockIn))) {
        locked = locked.plus(lot.units());
      }
    }
    return locked;
  }

  /**
   * Returns the units of a holding that can be redeemed on a date without exit load.
   *
   * @param holding the holding, with its lots
   * @param schedules the scheme's exit-load schedules; each lot is charged by the one in force when it
   *     was allotted ({@link ExitLoadSchedule#inForce}), and a lot with none bears no load
   * @param asOf the redemption date
   * @return the units of lots free of load on {@code asOf}
   * @throws IllegalArgumentException if the holding has units but no lots
   */
  public static Units freeOfExitLoad(Holding holding, List<ExitLoadSchedule> schedules, LocalDate asOf) {
    Objects.requireNonNull(schedules, "schedules");
    Objects.requireNonNull(asOf, "asOf");
    Units free = Units.ZERO;
    for (Lot lot : lots(holding)) {
      ExitLoadSchedule s = ExitLoadSchedule.inForce(schedules, lot.acquiredOn()).orElse(ExitLoadSchedule.NONE);
      if (!asOf.isBefore(s.freeFrom(lot.acquiredOn()))) {
        free = free.plus(lot.units());
      }
    }
    return free;
  }

  private static List<Lot> lots(Holding holding) {
    Objects.requireNonNull(holding, "holding");
    if (holding.lots().isEmpty() && !holding.units().isZero()) {
      throw new IllegalArgumentException("holding: " + holding.ref() + " has units but no lots");
    }
    return holding.lots();
  }
}
