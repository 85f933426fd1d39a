package in.lumpsum.store.jdbc;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded correction of a stored NAV: the value replaced, the value stored instead, and when.
 *
 * @param scheme the scheme
 * @param date the NAV date
 * @param previous the NAV that was stored
 * @param current the NAV stored by the correction
 * @param revisedAt when the correction was committed (the database's clock)
 * @since 0.1.0
 */
public record NavRevision(SchemeCode scheme, LocalDate date, Nav previous, Nav current, Instant revisedAt) {

  /**
   * Creates a revision.
   *
   * @throws NullPointerException if a component is null
   */
  public NavRevision {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(revisedAt, "revisedAt");
  }
}
