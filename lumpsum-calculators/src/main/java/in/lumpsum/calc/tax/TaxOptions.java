package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Choices for a capital-gains statement's set-off and tax estimate.
 *
 * @param slabRate the investor's marginal slab rate for gains taxed at the normal rates, as a fraction
 *     ({@code 0.30} is 30%); empty to report those gains without a tax figure
 * @param surchargeRate the surcharge rate of the investor's income band, as a fraction, for an
 *     estimate; on gains under sections 111A and 112A it is capped at 15% from 2019-20, and on those
 *     under section 112 from 2022-23 (the Finance Act's First Schedule, Part I, as amended by the
 *     Finance Act, 2022); empty for none
 * @param cess whether to add the cess ({@link #cessRate}: 4% from 2018-19, 3% before)
 * @param exemptionOrder how the 112A exemption meets gains at two rates (only 2024-25)
 * @param broughtForwardShortTermLoss short-term capital losses brought forward from earlier years
 *     (section 74): set off against short- or long-term gains
 * @param broughtForwardLongTermLoss long-term capital losses brought forward: set off against
 *     long-term gains only
 * @param broughtForwardLosses losses brought forward with the year each arose: those past their
 *     eight years (section 74(1)) are left out with a note, the rest set off oldest first, after the
 *     undated amounts above
 * @since 0.1.0
 */
public record TaxOptions(Optional<BigDecimal> slabRate, Optional<BigDecimal> surchargeRate, boolean cess,
    ExemptionOrder exemptionOrder, Money broughtForwardShortTermLoss, Money broughtForwardLongTermLoss,
    List<BroughtForwardLoss> broughtForwardLosses) {

  /** The rate at which surcharge on special-rate capital gains is capped: 15%. */
  public static final BigDecimal SURCHARGE_CAP = new BigDecimal("0.15");

  /** The health and education cess: 4% (Finance Act, 2018, from assessment year 2019-20). */
  public static final BigDecimal CESS = new BigDecimal("0.04");

  /** The cess before 2018-19: education cess 2% and secondary and higher education cess 1%. */
  public static final BigDecimal CESS_BEFORE_2018 = new BigDecimal("0.03");

  /**
   * The first financial year (by its start year) in which surcharge on section 111A and 112A gains is
   * capped at 15%: 2019-20 (Taxation Laws (Amendment) Act, 2019; Finance Act, 2020 onwards).
   */
  public static final int SURCHARGE_CAP_EQUITY_FROM = 2019;

  /**
   * The first financial year (by its start year) in which surcharge on section 112 gains is capped at
   * 15%: 2022-23 (Finance Act, 2022, from assessment year 2023-24).
   */
  public static final int SURCHARGE_CAP_112_FROM = 2022;

  /** No slab rate, no surcharge, cess on, higher rate first, nothing brought forward. */
  public static final TaxOptions DEFAULT = new TaxOptions(Optional.empty(), Optional.empty(), true,
      ExemptionOrder.HIGHER_RATE_FIRST, Money.ZERO, Money.ZERO, List.of());

  /**
   * Creates options with undated losses only.
   *
   * @param slabRate the slab rate as a fraction, or empty
   * @param surchargeRate the surcharge rate as a fraction, or empty
   * @param cess whether to add the cess
   * @param exemptionOrder how the 112A exemption meets gains at two rates
   * @param broughtForwardShortTermLoss short-term losses brought forward, positive
   * @param broughtForwardLongTermLoss long-term losses brought forward, positive
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a rate is outside 0 to 1 or a loss is negative
   */
  public TaxOptions(Optional<BigDecimal> slabRate, Optional<BigDecimal> surchargeRate, boolean cess,
      ExemptionOrder exemptionOrder, Money broughtForwardShortTermLoss, Money broughtForwardLongTermLoss) {
    this(slabRate, surchargeRate, cess, exemptionOrder, broughtForwardShortTermLoss, broughtForwardLongTermLoss,
        List.of());
  }

  /**
   * Creates options.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a rate is outside 0 to 1 or a loss is negative
   */
  public TaxOptions {
    Objects.requireNonNull(slabRate, "slabRate");
    Objects.requireNonNull(surchargeRate, "surchargeRate");
    Objects.requireNonNull(exemptionOrder, "exemptionOrder");
    Objects.requireNonNull(broughtForwardShortTermLoss, "broughtForwardShortTermLoss");
    Objects.requireNonNull(broughtForwardLongTermLoss, "broughtForwardLongTermLoss");
    broughtForwardLosses = List.copyOf(broughtForwardLosses);
    slabRate.ifPresent(r -> checkFraction("slabRate", r));
    surchargeRate.ifPresent(r -> checkFraction("surchargeRate", r));
    if (broughtForwardShortTermLoss.signum() < 0 || broughtForwardLongTermLoss.signum() < 0) {
      throw new IllegalArgumentException("broughtForward: losses are given as positive amounts");
    }
  }

  private static void checkFraction(String name, BigDecimal r) {
    if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(name + ": must be a fraction from 0 to 1 (got " + r.toPlainString() + ")");
    }
  }

  /**
   * Returns the cess rate of a year: 4% from 2018-19 (health and education cess, Finance Act, 2018),
   * 3% before (education cess 2% and secondary and higher education cess 1%).
   *
   * @param year the financial year
   * @return the rate as a fraction
   */
  public static BigDecimal cessRate(FinancialYear year) {
    return year.startYear() >= 2018 ? CESS : CESS_BEFORE_2018;
  }

  /**
   * Returns these options with a slab rate.
   *
   * @param rate the marginal rate as a fraction
   * @return new options
   */
  public TaxOptions withSlabRate(BigDecimal rate) {
    return new TaxOptions(Optional.of(rate), surchargeRate, cess, exemptionOrder, broughtForwardShortTermLoss,
        broughtForwardLongTermLoss, broughtForwardLosses);
  }

  /**
   * Returns these options with a surcharge rate.
   *
   * @param rate the surcharge rate as a fraction
   * @return new options
   */
  public TaxOptions withSurcharge(BigDecimal rate) {
    return new TaxOptions(slabRate, Optional.of(rate), cess, exemptionOrder, broughtForwardShortTermLoss,
        broughtForwardLongTermLoss, broughtForwardLosses);
  }

  /**
   * Returns these options with another exemption order.
   *
   * @param order the order
   * @return new options
   */
  public TaxOptions withExemptionOrder(ExemptionOrder order) {
    return new TaxOptions(slabRate, surchargeRate, cess, order, broughtForwardShortTermLoss,
        broughtForwardLongTermLoss, broughtForwardLosses);
  }

  /**
   * Returns these options with losses brought forward.
   *
   * @param shortTerm short-term losses, positive
   * @param longTerm long-term losses, positive
   * @return new options
   */
  public TaxOptions withBroughtForward(Money shortTerm, Money longTerm) {
    return new TaxOptions(slabRate, surchargeRate, cess, exemptionOrder, shortTerm, longTerm, broughtForwardLosses);
  }

  /**
   * Returns these options with losses brought forward by the year each arose.
   *
   * @param losses the losses, in any order
   * @return new options
   */
  public TaxOptions withBroughtForwardLosses(List<BroughtForwardLoss> losses) {
    return new TaxOptions(slabRate, surchargeRate, cess, exemptionOrder, broughtForwardShortTermLoss,
        broughtForwardLongTermLoss, losses);
  }
}
