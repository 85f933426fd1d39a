package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated amount of money paid or received by an investor: the input of XIRR and XNPV.
 *
 * <p>The sign is the investor's: money paid in (a purchase, an SIP instalment, a switch in) is
 * negative; money received (a redemption, a dividend paid out, the current value of a holding) is
 * positive, as in spreadsheet {@code XIRR}.
 *
 * <p>The amount is a {@code double} in rupees because this record feeds analytics, not a ledger: an
 * XIRR over 100,000 flows must not convert 100,000 {@code BigDecimal}s on every evaluation. Build it
 * from {@link Money} or {@link BigDecimal} with {@link #of(LocalDate, Money)} or
 * {@link #of(LocalDate, BigDecimal)}; any amount in paise below 10<sup>13</sup> rupees converts with a
 * relative error below 10<sup>-16</sup>.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day the money moved
 * @param amount the amount in rupees, negative when paid in and positive when received; finite
 * @since 0.1.0
 */
public record CashFlow(LocalDate date, double amount) {

  /**
   * Creates a cash flow.
   *
   * @param date the day the money moved
   * @param amount the amount in rupees, negative when paid in and positive when received
   * @throws NullPointerException if {@code date} is null
   * @throws InvalidValueException if {@code amount} is infinite or not a number
   */
  public CashFlow {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(amount)) {
      throw new InvalidValueException("amount", amount, "must be a finite number");
    }
  }

  /**
   * Returns a cash flow of a {@code double} amount.
   *
   * @param date the day the money moved
   * @param amount the amount in rupees, negative when paid in and positive when received
   * @return the cash flow
   * @throws InvalidValueException if {@code amount} is infinite or not a number
   */
  public static CashFlow of(LocalDate date, double amount) {
    return new CashFlow(date, amount);
  }

  /**
   * Returns a cash flow of a decimal amount, converted to the nearest {@code double}.
   *
   * @param date the day the money moved
   * @param amount the amount in rupees, negative when paid in and positive when received
   * @return the cash flow
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code amount} is beyond the range of a {@code double}
   */
  public static CashFlow of(LocalDate date, BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    return new CashFlow(date, amount.doubleValue());
  }

  /**
   * Returns a cash flow of an amount of money, keeping its sign.
   *
   * @param date the day the money moved
   * @param amount the amount, negative when paid in and positive when received
   * @return the cash flow
   * @throws NullPointerException if an argument is null
   */
  public static CashFlow of(LocalDate date, Money amount) {
    Objects.requireNonNull(amount, "amount");
    return new CashFlow(date, amount.toDouble());
  }

  /**
   * Returns money paid in by the investor, such as a purchase: the amount becomes negative.
   *
   * @param date the day of the payment
   * @param paid the amount paid, zero or more
   * @return the cash flow, with a negative amount
   * @throws InvalidValueException if {@code paid} is negative
   */
  public static CashFlow paid(LocalDate date, Money paid) {
    Objects.requireNonNull(paid, "paid");
    if (paid.signum() < 0) {
      throw new InvalidValueException("paid", paid, "must not be negative; the sign is set here");
    }
    return new CashFlow(date, -paid.toDouble());
  }

  /**
   * Returns money received by the investor, such as a redemption or the current value of a
   * holding: the amount stays positive.
   *
   * @param date the day the money was received or the holding valued
   * @param received the amount received, zero or more
   * @return the cash flow, with a positive amount
   * @throws InvalidValueException if {@code received} is negative
   */
  public static CashFlow received(LocalDate date, Money received) {
    Objects.requireNonNull(received, "received");
    if (received.signum() < 0) {
      throw new InvalidValueException("received", received,
          "must not be negative; the sign is set here");
    }
    return new CashFlow(date, received.toDouble());
  }
}
