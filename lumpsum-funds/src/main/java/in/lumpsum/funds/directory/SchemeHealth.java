package in.lumpsum.funds.directory;

import in.lumpsum.core.scheme.Scheme;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheme and whether it still publishes NAVs, as of a day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the scheme
 * @param lastNavDate the date of its latest NAV, or empty when the store holds none
 * @param businessDaysWithoutNav business days after {@code lastNavDate} up to the day judged; 0 when
 *     there is no NAV
 * @param status the judgement
 * @since 0.1.0
 */
public record SchemeHealth(Scheme scheme, Optional<LocalDate> lastNavDate, int businessDaysWithoutNav,
    SchemeStatus status) {

  /**
   * Creates a health record.
   *
   * @throws NullPointerException if a field is null
   */
  public SchemeHealth {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(lastNavDate, "lastNavDate");
    Objects.requireNonNull(status, "status");
  }
}
