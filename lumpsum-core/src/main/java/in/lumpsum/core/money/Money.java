package in.lumpsum.core.money;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Indian rupees, held at exactly two decimal places (paise).
 *
 * <p>Every value is normalised in the constructor to scale {@value #SCALE} with {@link #ROUNDING}
 * ({@code HALF_UP}, as Indian registrars and contract notes round), so {@code equals} compares amounts:
 * {@code Money.of("10.5").equals(Money.of("10.50"))} holds. Amounts may be negative (an outflow, a
 * loss); a method that needs a positive amount says so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the amount in rupees, at scale 2
 * @since 0.1.0
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  /** The scale of every amount: two decimal places, paise. */
  public static final int SCALE = 2;

  /** The rounding applied when an amount has more than two decimals. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** Zero rupees. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  /**
   * Creates an amount, rounding it to paise.
   *
   * @param amount the amount in rupees
   * @throws NullPointerException if {@code amount} is null
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    amount = amount.setScale(SCALE, ROUNDING);
  }

  /**
   * Returns an amount, rounded to paise.
   *
   * @param rupees the amount in rupees
   * @return the amount
   */
  public static Money of(BigDecimal rupees) {
    return new Money(rupees);
  }

  /**
   * Returns a whole number of rupees.
   *
   * @param rupees the amount in whole rupees
   * @return the amount
   */
  public static Money ofRupees(long rupees) {
    return new Money(BigDecimal.valueOf(rupees));
  }

  /**
   * Parses an amount written as a plain decimal, such as {@code "5000"} or {@code "1234.5"}.
   *
   * @param text the amount in rupees; surrounding spaces and Indian digit-grouping commas
   *     ({@code "1,00,000.00"}) are accepted
   * @return the amount, rounded to paise
   * @throws InvalidValueException if the text is not a decimal number
   */
  public static Money parse(String text) {
    return new Money(Decimals.parse("amount", text));
  }

  /**
   * Returns an amount that must be greater than zero, such as a purchase amount.
   *
   * @param field the name of the argument, used in the error
   * @param rupees the amount in rupees
   * @return the amount
   * @throws InvalidValueException if the amount, once rounded to paise, is zero or negative
   */
  public static Money positive(String field, BigDecimal rupees) {
    Money money = new Money(rupees);
    if (money.signum() <= 0) {
      throw new InvalidValueException(field, rupees.toPlainString(), "must be greater than zero");
    }
    return money;
  }

  /**
   * Returns the sum of this amount and another.
   *
   * @param other the amount to add
   * @return the sum
   */
  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /**
   * Returns this amount less another.
   *
   * @param other the amount to subtract
   * @return the difference
   */
  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /**
   * Returns this amount multiplied by a factor, rounded to paise.
   *
   * @param factor the factor, such as units held or a rate
   * @return the product, rounded with {@link #ROUNDING}
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor));
  }

  /**
   * Returns the negated amount.
   *
   * @return this amount with its sign reversed
   */
  public Money negate() {
    return new Money(amount.negate());
  }

  /**
   * Returns the sign of this amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return amount.signum();
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return true for zero rupees
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns the amount as a {@code double}, for analytics only.
   *
   * @return the nearest double
   */
  public double toDouble() {
    return amount.doubleValue();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /** Returns the amount as a plain decimal with two places, such as {@code 1234.50}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
