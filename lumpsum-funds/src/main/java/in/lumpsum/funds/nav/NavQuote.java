package in.lumpsum.funds.nav;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The answer of {@link NavService}: a NAV, the date it is for, where it came from, and whether it
 * came from a stale copy.
 *
 * @param scheme the scheme
 * @param requested the date asked for
 * @param date the date of the NAV used, which differs from {@code requested} when the policy moved to
 *     an earlier or later NAV
 * @param nav the NAV
 * @param policy the policy that picked it
 * @param source the name of the source it came from: {@link NavService#STORE} for the local store,
 *     else the name a source was registered under (the NAV has then been written to the store too)
 * @param stale true if this look-up asked the sources and the only answers it got came from
 *     copies that the sources' clients served because the remotes could not be reached ({@link
 *     in.lumpsum.funds.nav.spi.SourceAnswer#stale()}): the NAV is a published one, but newer NAVs
 *     may exist that those copies lack, so a valuation on or before a date may be older than it
 *     would be with the remotes up. The NAV may have come from such a copy ({@code source} names
 *     it) or from the store, when the copies held nothing newer ({@code source} is
 *     {@link NavService#STORE}). False when a source answered live, even with nothing new, and
 *     when the store alone answered (the date lies within what it holds). Since 0.2.0
 * @since 0.1.0
 */
public record NavQuote(SchemeCode scheme, LocalDate requested, LocalDate date, Nav nav,
    NavPolicy policy, String source, boolean stale) {

  /**
   * Creates a quote whose NAV did not come from a stale copy, as before 0.2.0.
   *
   * @param scheme the scheme
   * @param requested the date asked for
   * @param date the date of the NAV used
   * @param nav the NAV
   * @param policy the policy that picked it
   * @param source the name of the source it came from
   * @throws NullPointerException if a component is null
   */
  public NavQuote(SchemeCode scheme, LocalDate requested, LocalDate date, Nav nav,
      NavPolicy policy, String source) {
    this(scheme, requested, date, nav, policy, source, false);
  }

  /**
   * Creates a quote.
   *
   * @throws NullPointerException if a component is null
   * @since 0.2.0
   */
  public NavQuote {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nav, "nav");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Tells whether the NAV is for the date asked for.
   *
   * @return true if {@code date} equals {@code requested}
   */
  public boolean isExact() {
    return date.equals(requested);
  }

  /**
   * Returns the distance between the date asked for and the NAV's date.
   *
   * @return the calendar days between them, 0 or more
   */
  public long gapDays() {
    return Math.abs(ChronoUnit.DAYS.between(requested, date));
  }
}
