package in.lumpsum.core.scheme;

/**
 * How often an IDCW option declares income distributions.
 *
 * @since 0.1.0
 */
public enum IdcwFrequency {
  /** Not an IDCW option: growth and bonus. */
  NONE,
  /** An IDCW option whose text names no frequency (declared at the trustees' discretion). */
  UNSPECIFIED,
  /** Every business day (liquid and overnight funds). */
  DAILY,
  /** Every week. */
  WEEKLY,
  /** Every two weeks. */
  FORTNIGHTLY,
  /** Every month. */
  MONTHLY,
  /** Every quarter. */
  QUARTERLY,
  /** Every six months. */
  HALF_YEARLY,
  /** Once a year. */
  ANNUAL
}
