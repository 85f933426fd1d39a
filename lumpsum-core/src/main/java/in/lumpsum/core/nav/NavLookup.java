package in.lumpsum.core.nav;

/**
 * How a date look-up in a {@link NavSeries} treats a date that has no NAV, such as a weekend or a
 * market holiday.
 *
 * @since 0.1.0
 */
public enum NavLookup {

  /**
   * Only a point on exactly the requested date.
   *
   * @since 0.1.0
   */
  EXACT,

  /**
   * The point on the requested date, else the latest point before it: the NAV in force on that date,
   * as used to value a holding.
   *
   * @since 0.1.0
   */
  ON_OR_BEFORE,

  /**
   * The point on the requested date, else the earliest point after it: the NAV a purchase placed on a
   * non-business day is allotted at.
   *
   * @since 0.1.0
   */
  ON_OR_AFTER
}
