package in.lumpsum.calc.tax;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.SecuritiesTransactionTax;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.TransactionId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tax and exit load of redeeming units or an amount from a holding on a date, lot by lot, first in
 * first out: the input a rebalancer uses to order sales.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class WhatIf {

  private static final TransactionId WHAT_IF = TransactionId.of("what-if");

  private WhatIf() {}

  /**
   * Returns the lots a redemption of some units would take, with their load, STT, gain and tax.
   *
   * @param ledger the holding's lots up to the date (from {@link CapitalGainsEngine#ledger})
   * @param inputs profiles, fair market values and rules
   * @param options the slab rate, for slab-rate gains
   * @param holding the holding
   * @param units the units to redeem
   * @param date the redemption date
   * @param nav the NAV the redemption would get
   * @param exitLoads the scheme's exit-load schedules (empty for none)
   * @return the lots, oldest first
   * @throws InvalidValueException if the holding has fewer units (field {@code units})
   */
  public static List<RedemptionLot> redeemUnits(TaxLedger ledger, TaxInputs inputs, TaxOptions options,
      HoldingRef holding, Units units, LocalDate date, Nav nav, List<ExitLoadSchedule> exitLoads) {
    return redeemUnits(ledger, inputs, options, holding, units, date, nav, exitLoads, Period.ZERO);
  }

  /**
   * Returns the lots a redemption of some units would take, refusing units still under a lock-in.
   *
   * @param ledger the holding's lots up to the date (from {@link CapitalGainsEngine#ledger})
   * @param inputs profiles, fair market values and rules
   * @param options the slab rate, for slab-rate gains
   * @param holding the holding
   * @param units the units to redeem
   * @param date the redemption date
   * @param nav the NAV the redemption would get
   * @param exitLoads the scheme's exit-load schedules (empty for none)
   * @param lockIn the scheme's lock-in per lot, such as
   *     {@link in.lumpsum.calc.portfolio.LotAvailability#ELSS_LOCK_IN}; {@link Period#ZERO} for none
   * @return the lots, oldest first
   * @throws InvalidValueException if the holding has fewer units, or fewer units free of the lock-in
   *     (field {@code units}, naming the date the next lot unlocks)
   */
  public static List<RedemptionLot> redeemUnits(TaxLedger ledger, TaxInputs inputs, TaxOptions options,
      HoldingRef holding, Units units, LocalDate date, Nav nav, List<ExitLoadSchedule> exitLoads, Period lockIn) {
    Objects.requireNonNull(nav, "nav");
    Objects.requireNonNull(lockIn, "lockIn");
    Deque<TaxLot> lots = new ArrayDeque<>(ledger.lots(holding));
    List<TaxLot> taken = CapitalGainsEngine.take(lots, units);
    if (taken.isEmpty() && units.signum() > 0) {
      throw new InvalidValueException("units", units, "holding " + holding + " has fewer units on " + date);
    }
    for (TaxLot lot : taken) {
      LocalDate unlocks = lot.acquiredOn().plus(lockIn);
      if (date.isBefore(unlocks)) {
        throw new InvalidValueException("units", units, "holding " + holding + " has units allotted on "
            + lot.acquiredOn() + " locked in until " + unlocks + "; fewer units are free on " + date);
      }
    }
    List<RedemptionLot> out = new ArrayList<>();
    List<TaxNote> ignored = new ArrayList<>();
    for (TaxLot lot : taken) {
      Money value = lot.units().valueAt(nav);
      ExitLoadSchedule load = ExitLoadSchedule.inForce(exitLoads, lot.acquiredOn()).orElse(ExitLoadSchedule.NONE);
      Money exitLoad = load.load(value, lot.acquiredOn(), date);
      GainLine line = CapitalGainsEngine.gain(lot, lot.units(), value.minus(exitLoad), date, WHAT_IF, inputs, ignored);
      Money stt = SecuritiesTransactionTax.DEFAULT.on(value.minus(exitLoad), date,
          line.taxClass() == TaxClass.EQUITY_ORIENTED);
      Optional<BigDecimal> rate = line.rule().rate().or(options::slabRate);
      Optional<Money> tax = line.gain().signum() <= 0 ? Optional.of(Money.ZERO) : rate.map(line.gain()::times);
      out.add(new RedemptionLot(line, value, exitLoad, stt, tax));
    }
    return out;
  }

  /**
   * Returns the lots a redemption of an amount (before exit load) would take: the units the amount
   * buys at the NAV, rounded up to three decimals, at most all units held.
   *
   * @param ledger the holding's lots up to the date
   * @param inputs profiles, fair market values and rules
   * @param options the slab rate
   * @param holding the holding
   * @param amount the value to redeem, in rupees
   * @param date the redemption date
   * @param nav the NAV
   * @param exitLoads the scheme's exit-load schedules
   * @return the lots, oldest first
   */
  public static List<RedemptionLot> redeemAmount(TaxLedger ledger, TaxInputs inputs, TaxOptions options,
      HoldingRef holding, Money amount, LocalDate date, Nav nav, List<ExitLoadSchedule> exitLoads) {
    Units wanted = Units.of(amount.amount().divide(nav.value(), Units.SCALE, RoundingMode.CEILING));
    Units held = Units.ZERO;
    for (TaxLot lot : ledger.lots(holding)) {
      held = held.plus(lot.units());
    }
    return redeemUnits(ledger, inputs, options, holding, wanted.min(held), date, nav, exitLoads);
  }
}
