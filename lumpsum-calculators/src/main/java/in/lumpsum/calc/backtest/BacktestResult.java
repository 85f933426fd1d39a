package in.lumpsum.calc.backtest;

import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a back-test.
 *
 * @param start the first scheduled date
 * @param end the valuation date
 * @param transactions the transactions, as a registrar statement would list them, in order
 * @param holdings the holding of each scheme after each date with transactions, and at the end
 * @param paidIn the money the investor paid, stamp duty included
 * @param paidOut the money the investor received, after exit load and STT
 * @param finalValue the value held at the end, at the NAV on or before {@code end}
 * @param stampDuty the stamp duty paid
 * @param exitLoad the exit load deducted
 * @param stt the STT paid
 * @param xirr the XIRR of the investor's flows with the final value received at {@code end}
 * @param benchmark the same money in the benchmark index, if one was given
 * @since 0.1.0
 */
public record BacktestResult(LocalDate start, LocalDate end, List<Transaction> transactions,
    List<HoldingPoint> holdings, Money paidIn, Money paidOut, Money finalValue, Money stampDuty,
    Money exitLoad, Money stt, XirrResult xirr, Optional<BenchmarkResult> benchmark) {

  /**
   * Creates the result.
   *
   * @throws NullPointerException if an argument is null
   */
  public BacktestResult {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    transactions = List.copyOf(transactions);
    holdings = List.copyOf(holdings);
    Objects.requireNonNull(paidIn, "paidIn");
    Objects.requireNonNull(paidOut, "paidOut");
    Objects.requireNonNull(finalValue, "finalValue");
    Objects.requireNonNull(stampDuty, "stampDuty");
    Objects.requireNonNull(exitLoad, "exitLoad");
    Objects.requireNonNull(stt, "stt");
    Objects.requireNonNull(xirr, "xirr");
    Objects.requireNonNull(benchmark, "benchmark");
  }

  /**
   * Returns the gain: {@code finalValue + paidOut − paidIn}.
   *
   * @return the gain in rupees
   */
  public Money gain() {
    return finalValue.plus(paidOut).minus(paidIn);
  }
}
