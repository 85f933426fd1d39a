package in.lumpsum.calc.backtest;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The benchmark index's holding on one date of a back-test, the sibling of {@link HoldingPoint}
 * for the same money in the index: after the cash flows of every date up to and including this
 * one, or at the end.
 *
 * <p>Index units are not rounded: each net cash flow paid in buys {@code amount / level} units at
 * the index's value on or after its date, and each one received sells as many (at most all of
 * them), as {@link BenchmarkResult#flows()} records. The holding is valued as the fund's is, at the
 * index's value on or before the date; at the back-test's end this is
 * {@link BenchmarkResult#finalValue()}.
 *
 * @param date the date, one on which {@link BacktestResult#holdings()} reports the fund's holding
 * @param units the index units held, unrounded, zero or more
 * @param level the index's value on or before the date, above zero
 * @param value {@code units × level}, rounded half up to paise
 * @since 0.2.0
 */
public record BenchmarkHoldingPoint(LocalDate date, double units, double level, Money value) {

  /**
   * Creates a point.
   *
   * @throws NullPointerException if {@code date} or {@code value} is null
   * @throws InvalidValueException if {@code units} is negative or not finite, or {@code level} is
   *     not above zero or not finite
   */
  public BenchmarkHoldingPoint {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(units) || units < 0) {
      throw new InvalidValueException("units", units, "must be finite and zero or more");
    }
    if (!Double.isFinite(level) || level <= 0) {
      throw new InvalidValueException("level", level, "must be finite and above zero");
    }
    Objects.requireNonNull(value, "value");
  }
}
