package in.lumpsum.funds.nav;

/**
 * Which days a scheme is expected to publish a NAV on, for the gap and stale-tail checks of
 * {@link NavQuality}.
 *
 * @since 0.1.0
 */
public enum PublishingCalendar {

  /** Monday to Friday, less the holidays {@link NavQuality} is given: most schemes. */
  BUSINESS_DAYS,

  /**
   * Every calendar day: liquid and overnight funds accrue interest daily and publish a NAV for
   * weekends and holidays too (the 2016 archive's UTI Money Market series has every day).
   */
  EVERY_DAY,

  /**
   * Decided from the series: {@link #EVERY_DAY} when at least 15% of its points fall on a Saturday or
   * Sunday (a daily series has 2 in 7, about 29%; a business-day series almost none), else
   * {@link #BUSINESS_DAYS}.
   */
  AUTO
}
