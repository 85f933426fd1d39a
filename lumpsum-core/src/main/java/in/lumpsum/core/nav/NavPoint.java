package in.lumpsum.core.nav;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One net asset value (NAV) of a scheme on one date: rupees per unit, at the precision the fund house
 * published.
 *
 * <p>The NAV keeps the scale it was given: {@code 12.3400} stays at scale 4 and {@code 10.} (a form
 * that occurs in AMFI's {@code NAVAll.txt}) stays at scale 0; trailing zeros are not stripped. The only
 * normalisation is that a negative scale, as in {@code 1E+3}, becomes scale 0 ({@code 1000}). Because
 * {@link BigDecimal#equals} compares scales, {@code 10.5} and {@code 10.50} make different points;
 * compare NAVs with {@link BigDecimal#compareTo} where the precision does not matter.
 *
 * <p>Limits, chosen so that every point fits a {@link NavSeries}: the date lies between
 * {@link #MIN_DATE} and {@link #MAX_DATE}, and the NAV is positive, has at most {@link #MAX_SCALE}
 * decimals and is less than {@link #NAV_LIMIT}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the NAV applies to, between {@link #MIN_DATE} and {@link #MAX_DATE} inclusive
 * @param nav the NAV in rupees per unit: positive, at most {@link #MAX_SCALE} decimals, below
 *     {@link #NAV_LIMIT}
 * @since 0.1.0
 */
public record NavPoint(LocalDate date, BigDecimal nav) {

  /**
   * The most decimals a NAV may have: 8. AMFI publishes at most 4, a few sources give more.
   *
   * @since 0.1.0
   */
  public static final int MAX_SCALE = 8;

  /**
   * The exclusive upper bound of a NAV: 10,000,000,000 rupees per unit (10<sup>10</sup>).
   *
   * <p>Far above any real NAV, it keeps every NAV at scale {@link #MAX_SCALE} within a {@code long}.
   *
   * @since 0.1.0
   */
  public static final BigDecimal NAV_LIMIT = BigDecimal.TEN.pow(10);

  /**
   * The earliest date a point may have: 1 January 1900.
   *
   * @since 0.1.0
   */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /**
   * The latest date a point may have: 31 December 9999.
   *
   * @since 0.1.0
   */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /**
   * Validates the date and NAV and normalises a negative NAV scale to 0.
   *
   * @throws NullPointerException if {@code date} or {@code nav} is null
   * @throws InvalidValueException for field {@code "date"} if the date lies outside
   *     {@link #MIN_DATE}..{@link #MAX_DATE}; for field {@code "nav"} if the NAV is zero or negative,
   *     has more than {@link #MAX_SCALE} decimals, or is not below {@link #NAV_LIMIT}
   */
  public NavPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nav, "nav");
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new InvalidValueException("date", date, "must be between " + MIN_DATE + " and " + MAX_DATE);
    }
    if (nav.signum() <= 0) {
      throw new InvalidValueException("nav", nav.toPlainString(), "must be positive");
    }
    if (nav.scale() > MAX_SCALE) {
      throw new InvalidValueException("nav", nav.toPlainString(),
          "must have at most " + MAX_SCALE + " decimals");
    }
    if (nav.compareTo(NAV_LIMIT) >= 0) {
      throw new InvalidValueException("nav", nav.toPlainString(),
          "must be less than " + NAV_LIMIT.toPlainString());
    }
    if (nav.scale() < 0) {
      // 1E+3 and 1000 are the same NAV; scale 0 keeps toString and the series scale plain.
      nav = nav.setScale(0);
    }
  }

  /**
   * Creates a point from a NAV written as text, such as {@code "448.53"} or {@code "10."}.
   *
   * @param date the date the NAV applies to
   * @param nav the NAV in rupees per unit as a decimal number, parsed by
   *     {@link BigDecimal#BigDecimal(String)} after stripping surrounding white space
   * @return the point, its NAV at the scale written
   * @throws NullPointerException if {@code date} or {@code nav} is null
   * @throws InvalidValueException for field {@code "nav"} if the text is not a decimal number or the
   *     value breaks a limit of {@link NavPoint}; for field {@code "date"} as in the constructor
   * @since 0.1.0
   */
  public static NavPoint of(LocalDate date, String nav) {
    Objects.requireNonNull(nav, "nav");
    BigDecimal value;
    try {
      value = new BigDecimal(nav.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("nav", nav, "must be a decimal number");
    }
    return new NavPoint(date, value);
  }
}
