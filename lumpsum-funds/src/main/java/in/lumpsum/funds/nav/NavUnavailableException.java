package in.lumpsum.funds.nav;

import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when no NAV satisfies a look-up: none is stored or found for the date under its policy, or
 * every source that might have had one failed (the failures are attached as suppressed exceptions).
 *
 * @since 0.1.0
 */
public class NavUnavailableException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final SchemeCode scheme;
  private final LocalDate date;
  private final transient NavPolicy policy;

  /**
   * Creates an exception.
   *
   * @param scheme the scheme asked for
   * @param date the date asked for
   * @param policy the policy of the look-up
   * @param reason why no NAV could be given
   */
  public NavUnavailableException(SchemeCode scheme, LocalDate date, NavPolicy policy, String reason) {
    super("no NAV for scheme " + scheme + " on " + date + " (" + policy.lookup()
        + (policy.maxGapDays() == NavPolicy.UNBOUNDED ? "" : ", within " + policy.maxGapDays()
            + " days") + "): " + reason);
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.date = Objects.requireNonNull(date, "date");
    this.policy = policy;
  }

  /**
   * Returns the scheme asked for.
   *
   * @return the scheme
   */
  public SchemeCode scheme() {
    return scheme;
  }

  /**
   * Returns the date asked for.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the policy of the look-up.
   *
   * @return the policy
   */
  public NavPolicy policy() {
    return policy;
  }
}
