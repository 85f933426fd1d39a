package in.lumpsum.core.money;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A net asset value per unit, in rupees, at the precision the fund house published.
 *
 * <p>AMFI's files carry NAVs with zero to eight decimals (most have four; liquid and overnight funds
 * often more). A {@code Nav} keeps every published digit up to {@value #MAX_SCALE} decimals and drops
 * only trailing zeros, so {@code equals} compares values: {@code Nav.parse("10.").equals(Nav.parse("10.0000"))}
 * holds. Digits beyond {@value #MAX_SCALE} decimals are rounded {@code HALF_UP}. {@link #toString()}
 * shows at least four decimals, the customary presentation.
 *
 * <p>A NAV is always greater than zero. Immutable and thread-safe.
 *
 * @param value the NAV in rupees per unit, without trailing zeros
 * @since 0.1.0
 */
public record Nav(BigDecimal value) implements Comparable<Nav> {

  /** The most decimals a NAV keeps. */
  public static final int MAX_SCALE = 8;

  /** The rounding applied beyond {@link #MAX_SCALE} decimals. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** The number of decimals {@link #toString()} shows at least. */
  public static final int DISPLAY_SCALE = 4;

  /**
   * Creates a NAV.
   *
   * @param value the NAV in rupees per unit
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidValueException if {@code value} is zero or negative once rounded to
   *     {@link #MAX_SCALE} decimals
   */
  public Nav {
    Objects.requireNonNull(value, "value");
    BigDecimal given = value;
    if (value.scale() > MAX_SCALE) {
      value = value.setScale(MAX_SCALE, ROUNDING);
    }
    // Checked after rounding: 0.000000001 rounds to zero, which is not a NAV.
    if (value.signum() <= 0) {
      throw new InvalidValueException("nav", given.toPlainString(), "must be greater than zero");
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
  }

  /**
   * Returns a NAV.
   *
   * @param value the NAV in rupees per unit
   * @return the NAV
   * @throws InvalidValueException if {@code value} is zero or negative
   */
  public static Nav of(BigDecimal value) {
    return new Nav(value);
  }

  /**
   * Parses a NAV as AMFI writes it, such as {@code "123.4567"} or {@code "10."}.
   *
   * @param text the NAV
   * @return the NAV
   * @throws InvalidValueException if the text is not a positive decimal number ({@code "N.A."} is
   *     not a NAV: callers that read AMFI files treat it as absent before calling this)
   */
  public static Nav parse(String text) {
    return new Nav(Decimals.parse("nav", text));
  }

  /**
   * Returns the NAV as a {@code double}, for analytics only.
   *
   * @return the nearest double
   */
  public double toDouble() {
    return value.doubleValue();
  }

  @Override
  public int compareTo(Nav other) {
    return value.compareTo(other.value);
  }

  /** Returns the NAV as a plain decimal with at least four places, such as {@code 10.0000}. */
  @Override
  public String toString() {
    return value.scale() >= DISPLAY_SCALE
        ? value.toPlainString()
        : value.setScale(DISPLAY_SCALE).toPlainString();
  }
}
