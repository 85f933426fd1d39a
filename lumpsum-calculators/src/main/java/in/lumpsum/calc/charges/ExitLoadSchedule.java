package in.lumpsum.calc.charges;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheme's exit load: tiers of rates by time since allotment, for units allotted from a date on.
 *
 * <p>The load applies to each unit by its own allotment date (each purchase and SIP instalment is its
 * own lot; units leave first in, first out), at the schedule the scheme information document stated
 * when the units were allotted: a change of load applies only to later investments. The load is
 * credited to the scheme (SEBI circular CIR/IMD/DF/21/2012 of 13 September 2012). It is charged on the redemption value (units × the
 * NAV applied) and reduces the proceeds; the investor receives the value less the load. Tiers are
 * checked in order of their periods, the first that still covers the redemption date giving the rate;
 * after the last tier no load applies.
 *
 * <p>Examples: most equity funds charge {@code months(12, 0.01)} (1% within a year); liquid funds
 * charge SEBI's graded load {@link #LIQUID_2020} (SEBI circular SEBI/HO/IMD/DF2/CIR/P/2019/101 of
 * 20 September 2019, from 20 October 2019).
 *
 * <p>Immutable and thread-safe.
 *
 * @param effectiveFrom the first allotment date the schedule applies to
 * @param tiers the tiers, each strictly longer than the one before
 * @since 0.1.0
 */
public record ExitLoadSchedule(LocalDate effectiveFrom, List<ExitLoadTier> tiers) {

  /** No exit load at all. */
  public static final ExitLoadSchedule NONE = new ExitLoadSchedule(LocalDate.MIN, List.of());

  /**
   * The graded exit load of liquid funds, on units allotted from 20 October 2019: 0.0070% on day 1
   * down by 0.0005% a day to 0.0045% on day 6, nil from day 7 (SEBI circular
   * SEBI/HO/IMD/DF2/CIR/P/2019/101 of 20 September 2019, para 3).
   */
  public static final ExitLoadSchedule LIQUID_2020 = new ExitLoadSchedule(LocalDate.of(2019, 10, 20),
      List.of(ExitLoadTier.days(1, new BigDecimal("0.000070")),
          ExitLoadTier.days(2, new BigDecimal("0.000065")),
          ExitLoadTier.days(3, new BigDecimal("0.000060")),
          ExitLoadTier.days(4, new BigDecimal("0.000055")),
          ExitLoadTier.days(5, new BigDecimal("0.000050")),
          ExitLoadTier.days(6, new BigDecimal("0.000045"))));

  /**
   * Creates a schedule.
   *
   * @throws NullPointerException if a component or tier is null
   * @throws IllegalArgumentException if the tiers are not in strictly increasing order of period
   */
  public ExitLoadSchedule {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    tiers = List.copyOf(tiers);
    // Periods of days and months compare by where they end from a fixed date; checked from two dates
    // so that month lengths cannot hide a disorder.
    for (LocalDate probe : List.of(LocalDate.of(2023, 1, 31), LocalDate.of(2024, 2, 29))) {
      for (int i = 1; i < tiers.size(); i++) {
        if (!tiers.get(i).lastDay(probe).isAfter(tiers.get(i - 1).lastDay(probe))) {
          throw new IllegalArgumentException("tiers: must be in increasing order of period (tier " + i
              + " " + tiers.get(i).within() + " is not after " + tiers.get(i - 1).within() + ")");
        }
      }
    }
  }

  /**
   * Returns a schedule of the given tiers, for units allotted on any date.
   *
   * @param tiers the tiers, shortest first
   * @return the schedule
   */
  public static ExitLoadSchedule of(ExitLoadTier... tiers) {
    return new ExitLoadSchedule(LocalDate.MIN, List.of(tiers));
  }

  /**
   * Returns the load rate on units allotted on one date and redeemed on another.
   *
   * @param allotted the allotment date of the units
   * @param redeemed the redemption date
   * @return the rate as a fraction; zero once the last tier has passed
   * @throws IllegalArgumentException if {@code redeemed} is before {@code allotted}
   */
  public BigDecimal rate(LocalDate allotted, LocalDate redeemed) {
    if (redeemed.isBefore(allotted)) {
      throw new IllegalArgumentException("redeemed: " + redeemed + " is before allotment " + allotted);
    }
    for (ExitLoadTier tier : tiers) {
      if (!redeemed.isAfter(tier.lastDay(allotted))) {
        return tier.rate();
      }
    }
    return BigDecimal.ZERO;
  }

  /**
   * Returns the load on a redemption of units of one allotment.
   *
   * @param redemptionValue units × NAV applied, in rupees
   * @param allotted the allotment date of the units
   * @param redeemed the redemption date
   * @return the load, rounded to paise
   */
  public Money load(Money redemptionValue, LocalDate allotted, LocalDate redeemed) {
    return redemptionValue.times(rate(allotted, redeemed));
  }

  /**
   * Returns the first date units allotted on a date can be redeemed free of load.
   *
   * @param allotted the allotment date
   * @return the day after the last tier with a rate above zero ends; {@code allotted} when none has
   */
  public LocalDate freeFrom(LocalDate allotted) {
    LocalDate free = allotted;
    for (ExitLoadTier tier : tiers) {
      if (tier.rate().signum() > 0) {
        free = tier.lastDay(allotted).plusDays(1);
      }
    }
    return free;
  }

  /**
   * Returns, of several schedules of one scheme, the one in force for units allotted on a date.
   *
   * @param schedules the scheme's schedules, in any order
   * @param allotted the allotment date
   * @return the schedule with the latest {@code effectiveFrom} on or before {@code allotted}, or empty
   */
  public static Optional<ExitLoadSchedule> inForce(List<ExitLoadSchedule> schedules, LocalDate allotted) {
    ExitLoadSchedule best = null;
    for (ExitLoadSchedule s : schedules) {
      if (!s.effectiveFrom.isAfter(allotted)
          && (best == null || s.effectiveFrom.isAfter(best.effectiveFrom))) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
