package in.lumpsum.funds.nav;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The answer of {@link NavService}: a NAV, the date it is for, and where it came from.
 *
 * @param scheme the scheme
 * @param requested the date asked for
 * @param date the date of the NAV used, which differs from {@code requested} when the policy moved to
 *     an earlier or later NAV
 * @param nav the NAV
 * @param policy the policy that picked it
 * @param source the name of the source it came from: {@link NavService#STORE} for the local store,
 *     else the name a source was registered under (the NAV has then been written to the store too)
 * @since 0.1.0
 */
public record NavQuote(SchemeCode scheme, LocalDate requested, LocalDate date, Nav nav,
    NavPolicy policy, String source) {

  /**
   * Creates a quote.
   *
   * @throws NullPointerException if a component is null
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
