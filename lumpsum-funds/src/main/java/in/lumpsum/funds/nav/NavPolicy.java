package in.lumpsum.funds.nav;

import in.lumpsum.core.nav.NavLookup;
import java.util.Objects;

/**
 * How {@link NavService} picks the NAV for a date: a {@link NavLookup} and the largest distance, in
 * calendar days, between the date asked for and the date of the NAV it may answer with.
 *
 * <p>The bound keeps a dead or suspended scheme from answering silently with a NAV from years away:
 * an allotment on a holiday takes the next NAV, but not one six months later.
 *
 * @param lookup the look-up: exact, on or before, on or after
 * @param maxGapDays the largest allowed distance in calendar days, 0 or more;
 *     {@link #UNBOUNDED} for none (ignored by {@link NavLookup#EXACT}, whose distance is always 0)
 * @since 0.1.0
 */
public record NavPolicy(NavLookup lookup, int maxGapDays) {

  /** The {@code maxGapDays} that means no bound. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /** Only a NAV on exactly the date. */
  public static final NavPolicy EXACT = new NavPolicy(NavLookup.EXACT, 0);

  /**
   * For valuation: the NAV in force on the date, the latest on or before it, however old. The quote
   * says which date was used, so a caller can judge staleness; bound it with
   * {@link #onOrBefore(int)} where an old NAV must not be used.
   */
  public static final NavPolicy VALUATION = new NavPolicy(NavLookup.ON_OR_BEFORE, UNBOUNDED);

  /**
   * For allotment of a purchase placed on a non-business day: the first NAV on or after the date,
   * within 7 calendar days. Units are allotted at the NAV of the next business day (SEBI's cut-off
   * timings for the applicability of NAV, Master Circular for Mutual Funds of 19 May 2023); Indian
   * market closures last
   * a few days at most (a long weekend with a holiday), so a week covers every real case and rejects a
   * scheme that stopped publishing.
   */
  public static final NavPolicy ALLOTMENT = new NavPolicy(NavLookup.ON_OR_AFTER, 7);

  /**
   * Creates a policy.
   *
   * @throws NullPointerException if {@code lookup} is null
   * @throws IllegalArgumentException if {@code maxGapDays} is negative
   */
  public NavPolicy {
    Objects.requireNonNull(lookup, "lookup");
    if (maxGapDays < 0) {
      throw new IllegalArgumentException("maxGapDays: must not be negative (got " + maxGapDays + ")");
    }
    if (lookup == NavLookup.EXACT) {
      maxGapDays = 0;
    }
  }

  /**
   * Returns the on-or-before policy with a bound.
   *
   * @param maxGapDays the most calendar days the NAV may lie before the date
   * @return the policy
   * @throws IllegalArgumentException if {@code maxGapDays} is negative
   */
  public static NavPolicy onOrBefore(int maxGapDays) {
    return new NavPolicy(NavLookup.ON_OR_BEFORE, maxGapDays);
  }

  /**
   * Returns the on-or-after policy with a bound.
   *
   * @param maxGapDays the most calendar days the NAV may lie after the date
   * @return the policy
   * @throws IllegalArgumentException if {@code maxGapDays} is negative
   */
  public static NavPolicy onOrAfter(int maxGapDays) {
    return new NavPolicy(NavLookup.ON_OR_AFTER, maxGapDays);
  }

  /**
   * Tells whether a NAV dated {@code gapDays} from the date asked for is acceptable.
   *
   * @param gapDays the distance in calendar days, 0 or more
   * @return true if within the bound
   */
  public boolean allows(long gapDays) {
    return gapDays <= maxGapDays;
  }
}
