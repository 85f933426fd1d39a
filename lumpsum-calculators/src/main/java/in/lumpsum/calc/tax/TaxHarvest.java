package in.lumpsum.calc.tax;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.StampDuty;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans tax harvesting on a date: which units to redeem and reinvest to book long-term equity gains up
 * to the year's unused section 112A exemption, and which holdings would book a loss.
 *
 * <p>The room for gains is worked out after the year's set-off, as {@link CapitalGainsStatement} does it:
 * the exemption the year's section 112A gains use once losses already booked in the year (and those
 * brought forward in the options) are set off, plus the losses still left, which a new gain would absorb
 * first ({@link HarvestPlan#room()}).
 *
 * <p>Units leave first in, first out, so a harvest takes a holding's oldest lots: it goes on while they
 * are long-term equity units and stops at the first short-term one, or where the gain would pass what is
 * left of the exemption (the last lot partly, to three decimals). Holdings are taken in the order the
 * ledger lists them. The cost counts the exit load, STT and the stamp duty on reinvesting the proceeds.
 * A loss candidate is a holding whose redemption of every free unit books a net loss of either term.
 * Units under a lock-in (an ELSS's three years per lot) are never proposed.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TaxHarvest {

  private TaxHarvest() {}

  /**
   * Plans harvesting with no losses brought forward from earlier years.
   *
   * @param transactions the portfolio's transactions up to the date
   * @param inputs profiles, fair market values and rules
   * @param date the date of the redemptions
   * @param navs the NAV of each scheme on the date; holdings without one are left out
   * @param exitLoads each scheme's exit-load schedules; none for a scheme not listed
   * @param lockIns the lock-in of each scheme that has one, such as
   *     {@link in.lumpsum.calc.portfolio.LotAvailability#ELSS_LOCK_IN} for an ELSS: lots still locked
   *     on the date are never proposed
   * @return the plan
   */
  public static HarvestPlan plan(Collection<? extends Transaction> transactions, TaxInputs inputs, LocalDate date,
      Map<SchemeCode, Nav> navs, Map<SchemeCode, List<ExitLoadSchedule>> exitLoads, Map<SchemeCode, Period> lockIns) {
    return plan(transactions, inputs, TaxOptions.DEFAULT, date, navs, exitLoads, lockIns);
  }

  /**
   * Plans harvesting with the losses brought forward (and the other choices) of the given options.
   *
   * @param transactions the portfolio's transactions up to the date
   * @param inputs profiles, fair market values and rules
   * @param options the year's options, of which the brought-forward losses and the exemption order
   *     matter here
   * @param date the date of the redemptions
   * @param navs the NAV of each scheme on the date; holdings without one are left out
   * @param exitLoads each scheme's exit-load schedules; none for a scheme not listed
   * @param lockIns the lock-in of each scheme that has one: lots still locked on the date are never
   *     proposed
   * @return the plan
   */
  public static HarvestPlan plan(Collection<? extends Transaction> transactions, TaxInputs inputs, TaxOptions options,
      LocalDate date, Map<SchemeCode, Nav> navs, Map<SchemeCode, List<ExitLoadSchedule>> exitLoads,
      Map<SchemeCode, Period> lockIns) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(navs, "navs");
    Objects.requireNonNull(exitLoads, "exitLoads");
    Objects.requireNonNull(lockIns, "lockIns");
    FinancialYear year = FinancialYear.of(date);
    TaxLedger ledger = CapitalGainsEngine.DEFAULT.ledger(transactions, inputs, date);
    // The year so far, after set-off (ss. 70 and 74): the exemption its 112A gains use and the losses left.
    CapitalGainsStatement so = CapitalGainsStatement.of(ledger, inputs.rules(), options, year);
    Money used = Money.ZERO;
    for (SectionTotal t : so.sections()) {
      used = used.plus(t.exempt());
    }
    // Losses in their last year (s. 74(1)) are still live until the year ends.
    Money lossesLeft = so.carryForwardShortTermLoss().plus(so.carryForwardLongTermLoss()).plus(so.lapsedLosses());
    Money exemption = inputs.rules().exemption112A(year);
    BigDecimal budget = exemption.minus(used).amount().max(BigDecimal.ZERO).add(lossesLeft.amount());
    List<HarvestPlan.Harvest> gains = new ArrayList<>();
    List<HarvestPlan.Harvest> losses = new ArrayList<>();
    for (Map.Entry<HoldingRef, List<TaxLot>> e : ledger.openLots().entrySet()) {
      HoldingRef ref = e.getKey();
      Nav nav = navs.get(ref.scheme());
      if (nav == null) {
        continue;
      }
      List<ExitLoadSchedule> loads = exitLoads.getOrDefault(ref.scheme(), List.of());
      // Lots are in date order, so the free ones are a prefix: the rest are still locked in.
      Period lockIn = lockIns.get(ref.scheme());
      Units all = Units.ZERO;
      for (TaxLot lot : e.getValue()) {
        if (lockIn != null && date.isBefore(lot.acquiredOn().plus(lockIn))) {
          break;
        }
        all = all.plus(lot.units());
      }
      if (all.signum() == 0) {
        continue;
      }
      List<RedemptionLot> whole = WhatIf.redeemUnits(ledger, inputs, TaxOptions.DEFAULT, ref, all, date, nav, loads);
      HarvestPlan.Harvest full = harvest(ref, whole, date);
      if (full.shortTermGain().signum() < 0 || full.longTermGain().signum() < 0) {
        losses.add(full);
      }
      if (budget.signum() <= 0) {
        continue;
      }
      Units take = Units.ZERO;
      for (RedemptionLot lot : whole) {
        if (lot.line().kind() != GainKind.EQUITY_LONG || budget.signum() <= 0) {
          break;
        }
        BigDecimal gain = lot.line().gain().amount();
        if (gain.compareTo(budget) <= 0) {
          take = take.plus(lot.line().units());
          budget = budget.subtract(gain);
          continue;
        }
        BigDecimal perUnit = gain.divide(lot.line().units().value(), 10, RoundingMode.HALF_UP);
        take = take.plus(Units.of(budget.divide(perUnit, Units.SCALE, RoundingMode.FLOOR)));
        budget = BigDecimal.ZERO;
      }
      if (take.signum() > 0) {
        gains.add(harvest(ref, WhatIf.redeemUnits(ledger, inputs, TaxOptions.DEFAULT, ref, take, date, nav, loads),
            date));
      }
    }
    return new HarvestPlan(year, exemption, used, lossesLeft, gains, losses);
  }

  private static HarvestPlan.Harvest harvest(HoldingRef ref, List<RedemptionLot> lots, LocalDate date) {
    Units units = Units.ZERO;
    Money value = Money.ZERO;
    Money shortGain = Money.ZERO;
    Money longGain = Money.ZERO;
    Money load = Money.ZERO;
    Money stt = Money.ZERO;
    for (RedemptionLot l : lots) {
      units = units.plus(l.line().units());
      value = value.plus(l.value());
      if (l.line().term() == Term.SHORT) {
        shortGain = shortGain.plus(l.line().gain());
      } else {
        longGain = longGain.plus(l.line().gain());
      }
      load = load.plus(l.exitLoad());
      stt = stt.plus(l.stt());
    }
    Money reinvest = value.minus(load).minus(stt);
    return new HarvestPlan.Harvest(ref, units, value, shortGain, longGain, load, stt,
        StampDuty.DEFAULT.includedIn(reinvest, date));
  }
}
