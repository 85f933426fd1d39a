package in.lumpsum.core.store.spi;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published NAV: a scheme's net asset value per unit on one date.
 *
 * @param scheme the scheme
 * @param date the NAV date, an Indian calendar date
 * @param nav the NAV
 * @since 0.1.0
 */
public record NavRecord(SchemeCode scheme, LocalDate date, Nav nav) {

  /**
   * Creates a record.
   *
   * @throws NullPointerException if a component is null
   */
  public NavRecord {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nav, "nav");
  }

  /**
   * Returns a record.
   *
   * @param scheme the scheme
   * @param date the NAV date
   * @param nav the NAV
   * @return the record
   */
  public static NavRecord of(SchemeCode scheme, LocalDate date, Nav nav) {
    return new NavRecord(scheme, date, nav);
  }
}
