package in.lumpsum.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of mutual-fund units, held at exactly three decimal places.
 *
 * <p>Indian registrars (CAMS, KFintech) allot and report units to three decimals. Every value is
 * normalised in the constructor to scale {@value #SCALE} with {@link #ROUNDING}, so {@code equals}
 * compares quantities. A signed quantity is allowed (a redemption as a negative change); a method that
 * needs a positive one says so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the number of units, at scale 3
 * @since 0.1.0
 */
public record Units(BigDecimal value) implements Comparable<Units> {

  /** The scale of every quantity: three decimal places. */
  public static final int SCALE = 3;

  /** The rounding applied when a quantity has more than three decimals. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** No units. */
  public static final Units ZERO = new Units(BigDecimal.ZERO);

  /**
   * Creates a quantity, rounding it to three decimals.
   *
   * @param value the number of units
   * @throws NullPointerException if {@code value} is null
   */
  public Units {
    Objects.requireNonNull(value, "value");
    value = value.setScale(SCALE, ROUNDING);
  }

  /**
   * Returns a quantity, rounded to three decimals.
   *
   * @param value the number of units
   * @return the quantity
   */
  public static Units of(BigDecimal value) {
    return new Units(value);
  }

  /**
   * Parses a quantity such as {@code "123.456"}.
   *
   * @param text the number of units
   * @return the quantity, rounded to three decimals
   * @throws in.lumpsum.core.InvalidValueException if the text is not a decimal number
   */
  public static Units parse(String text) {
    return new Units(Decimals.parse("units", text));
  }

  /**
   * Returns the units an amount buys at a NAV, rounded to three decimals with {@link #ROUNDING}.
   *
   * @param amount the amount invested, after any stamp duty
   * @param nav the NAV applied
   * @return {@code amount / nav}, rounded to three decimals
   */
  public static Units allotted(Money amount, Nav nav) {
    return new Units(amount.amount().divide(nav.value(), SCALE, ROUNDING));
  }

  /**
   * Returns the sum of this quantity and another.
   *
   * @param other the units to add
   * @return the sum
   */
  public Units plus(Units other) {
    return new Units(value.add(other.value));
  }

  /**
   * Returns this quantity less another.
   *
   * @param other the units to subtract
   * @return the difference
   */
  public Units minus(Units other) {
    return new Units(value.subtract(other.value));
  }

  /**
   * Returns the value of these units at a NAV, rounded to paise.
   *
   * @param nav the NAV per unit
   * @return {@code units × nav} in rupees
   */
  public Money valueAt(Nav nav) {
    return new Money(value.multiply(nav.value()));
  }

  /**
   * Returns the sign of this quantity.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return value.signum();
  }

  /**
   * Tells whether this quantity is zero.
   *
   * @return true for no units
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Returns the smaller of this quantity and another.
   *
   * @param other the other quantity
   * @return the smaller one
   */
  public Units min(Units other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(Units other) {
    return value.compareTo(other.value);
  }

  /** Returns the quantity as a plain decimal with three places, such as {@code 12.500}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
