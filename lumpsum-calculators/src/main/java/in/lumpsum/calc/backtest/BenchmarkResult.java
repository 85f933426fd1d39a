package in.lumpsum.calc.backtest;

import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The same money in a benchmark index: the investor's net cash flow of each date of the back-test
 * put into (or taken out of) the index at its value on or after that date, without charges or
 * rounding, and valued at the end.
 *
 * <p>A cash flow paid in of {@code a} rupees on a date buys {@code a / level} index units at the
 * index's value on or after that date; one received sells {@code a / level} units, capped at what
 * the index holding is worth then. {@link #holdings()} reports the units and their value on the
 * dates {@link BacktestResult#holdings()} reports the fund's, as {@link BenchmarkHoldingPoint}s.
 *
 * @param flows the cash flows applied to the index, investor's signs, ending with the final value
 * @param holdings the index holding on each date on which {@link BacktestResult#holdings()}
 *     reports the fund's, in the same order: one point where the fund's has one for each scheme
 *     held (an STP's two), none on a date without an index value on or before it; the last is at
 *     the back-test's end and worth {@code finalValue}
 * @param finalValue the index holding's value at the end
 * @param xirr the XIRR of those flows
 * @since 0.1.0
 */
public record BenchmarkResult(List<CashFlow> flows, List<BenchmarkHoldingPoint> holdings,
    Money finalValue, XirrResult xirr) {

  /**
   * Creates the result.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public BenchmarkResult {
    flows = List.copyOf(flows);
    holdings = List.copyOf(holdings);
    Objects.requireNonNull(finalValue, "finalValue");
    Objects.requireNonNull(xirr, "xirr");
  }

  /**
   * Creates a result without the holding over time (as 0.1.0 did).
   *
   * @param flows the cash flows applied to the index, investor's signs, ending with the final value
   * @param finalValue the index holding's value at the end
   * @param xirr the XIRR of those flows
   * @throws NullPointerException if an argument is null
   */
  public BenchmarkResult(List<CashFlow> flows, Money finalValue, XirrResult xirr) {
    this(flows, List.of(), finalValue, xirr);
  }
}
