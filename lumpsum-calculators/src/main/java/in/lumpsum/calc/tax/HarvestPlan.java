package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import java.util.List;
import java.util.Objects;

/**
 * Tax harvesting for a year: long-term equity gains to book up to the unused section 112A exemption
 * (redeem and reinvest at once, which resets the cost), and holdings whose redemption would book a
 * loss.
 *
 * <p>What a harvest may book is worked out after the year's set-off, as {@link CapitalGainsStatement}
 * does it (sections 70 and 74 of the Income-tax Act, 1961; 108 of the 2025 Act): a short-term loss
 * booked earlier in the year first reduces the year's gains, so less of the exemption is used, and a
 * loss no gain has absorbed yet would absorb the harvested gain before the exemption does (the Act
 * sets losses off whether the taxpayer wants it or not). So {@link #room()} is the unused exemption
 * plus the losses left.
 *
 * @param year the financial year
 * @param exemption the year's exemption
 * @param used the exemption already used by the year's section 112A gains after set-off, never negative
 * @param lossesLeft the year's and brought-forward losses not yet set off (short- and long-term), which
 *     a harvested long-term gain would absorb first; never negative
 * @param gains the redemptions that would book gains within the unused exemption, in holding order
 * @param losses the holdings whose full redemption would book a loss
 * @since 0.1.0
 */
public record HarvestPlan(FinancialYear year, Money exemption, Money used, Money lossesLeft, List<Harvest> gains,
    List<Harvest> losses) {

  /**
   * Creates a plan.
   *
   * @throws NullPointerException if a component is null
   */
  public HarvestPlan {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(exemption, "exemption");
    Objects.requireNonNull(used, "used");
    Objects.requireNonNull(lossesLeft, "lossesLeft");
    gains = List.copyOf(gains);
    losses = List.copyOf(losses);
  }

  /**
   * Returns the exemption not yet used.
   *
   * @return exemption less used, never negative
   */
  public Money unused() {
    Money left = exemption.minus(used);
    return left.signum() < 0 ? Money.ZERO : left;
  }

  /**
   * Returns the long-term equity gain that can still be booked in the year without tax: the unused
   * exemption plus the losses left to absorb it.
   *
   * @return unused exemption plus losses left
   */
  public Money room() {
    return unused().plus(lossesLeft);
  }

  /**
   * One redemption to harvest: its units (the oldest first), the gain or loss it books, and what doing
   * it costs.
   *
   * @param holding the holding
   * @param units the units to redeem
   * @param value their value at the NAV
   * @param shortTermGain the short-term gain it books (negative for a loss)
   * @param longTermGain the long-term gain it books (negative for a loss)
   * @param exitLoad the exit load
   * @param stt the STT on the redemption
   * @param stampDuty the stamp duty on reinvesting the proceeds
   */
  public record Harvest(HoldingRef holding, Units units, Money value, Money shortTermGain, Money longTermGain,
      Money exitLoad, Money stt, Money stampDuty) {

    /**
     * Creates a harvest.
     *
     * @throws NullPointerException if a component is null
     */
    public Harvest {
      Objects.requireNonNull(holding, "holding");
      Objects.requireNonNull(units, "units");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(shortTermGain, "shortTermGain");
      Objects.requireNonNull(longTermGain, "longTermGain");
      Objects.requireNonNull(exitLoad, "exitLoad");
      Objects.requireNonNull(stt, "stt");
      Objects.requireNonNull(stampDuty, "stampDuty");
    }

    /**
     * Returns what harvesting costs: exit load, STT and stamp duty.
     *
     * @return the cost in rupees
     */
    public Money cost() {
      return exitLoad.plus(stt).plus(stampDuty);
    }
  }
}
