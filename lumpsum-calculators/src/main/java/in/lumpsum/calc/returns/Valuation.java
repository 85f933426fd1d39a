package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A portfolio's value on a date and the money the investor added that day: one point of the
 * input of time-weighted and money-weighted returns.
 *
 * <p>The value is taken just before the day's external flow; the flow is then added (a purchase,
 * positive) or taken out (a redemption, negative). This is the "value before each cash flow"
 * convention of a true time-weighted return: the sub-period from one valuation to the next starts
 * with {@code marketValue + netInflow} and ends with the next {@code marketValue}.
 *
 * <p>Note the sign: {@code netInflow} is money <em>into the portfolio</em>, the opposite of a
 * {@link CashFlow}'s investor sign.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the valuation date
 * @param marketValue the portfolio's value just before the day's flow, zero or more
 * @param netInflow money added to the portfolio after the valuation (negative for money taken out)
 * @since 0.1.0
 */
public record Valuation(LocalDate date, Money marketValue, Money netInflow) {

  /**
   * Creates a valuation.
   *
   * @param date the valuation date
   * @param marketValue the portfolio's value just before the day's flow, zero or more
   * @param netInflow money added to the portfolio after the valuation (negative for money taken out)
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code marketValue} is negative
   */
  public Valuation {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(marketValue, "marketValue");
    Objects.requireNonNull(netInflow, "netInflow");
    if (marketValue.signum() < 0) {
      throw new InvalidValueException("marketValue", marketValue, "must not be negative");
    }
  }

  /**
   * Returns a valuation with no flow that day.
   *
   * @param date the valuation date
   * @param marketValue the portfolio's value, zero or more
   * @return the valuation
   * @throws InvalidValueException if {@code marketValue} is negative
   */
  public static Valuation of(LocalDate date, Money marketValue) {
    return new Valuation(date, marketValue, Money.ZERO);
  }

  /**
   * Returns a valuation followed by a flow.
   *
   * @param date the valuation date
   * @param marketValue the portfolio's value just before the flow, zero or more
   * @param netInflow money added (positive) or taken out (negative) after the valuation
   * @return the valuation
   * @throws InvalidValueException if {@code marketValue} is negative
   */
  public static Valuation of(LocalDate date, Money marketValue, Money netInflow) {
    return new Valuation(date, marketValue, netInflow);
  }
}
