package in.lumpsum.core.store.spi;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored NAV that an upsert replaced with a different value, as when a fund house republishes a
 * corrected NAV.
 *
 * @param scheme the scheme
 * @param date the NAV date
 * @param previous the NAV that was stored
 * @param current the NAV stored now
 * @since 0.1.0
 */
public record NavCorrection(SchemeCode scheme, LocalDate date, Nav previous, Nav current) {

  /**
   * Creates a correction.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code previous} equals {@code current}
   */
  public NavCorrection {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    if (previous.equals(current)) {
      throw new IllegalArgumentException("current: must differ from previous (got '" + current + "')");
    }
  }
}
