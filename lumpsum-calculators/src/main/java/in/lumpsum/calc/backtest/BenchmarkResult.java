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
 * @param flows the cash flows applied to the index, investor's signs, ending with the final value
 * @param finalValue the index holding's value at the end
 * @param xirr the XIRR of those flows
 * @since 0.1.0
 */
public record BenchmarkResult(List<CashFlow> flows, Money finalValue, XirrResult xirr) {

  /**
   * Creates the result.
   *
   * @throws NullPointerException if an argument is null
   */
  public BenchmarkResult {
    flows = List.copyOf(flows);
    Objects.requireNonNull(finalValue, "finalValue");
    Objects.requireNonNull(xirr, "xirr");
  }
}
