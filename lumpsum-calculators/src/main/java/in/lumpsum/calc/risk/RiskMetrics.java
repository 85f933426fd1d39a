package in.lumpsum.calc.risk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The risk and return metrics of one NAV series, and against a benchmark if one was given.
 *
 * <p>Made by {@link RiskCalculator}, which documents each formula. All figures are {@code double}
 * fractions; annualised ones say so.
 *
 * @param startDate the first NAV date
 * @param endDate the last NAV date
 * @param observations the number of period returns (points less one)
 * @param periodsPerYear the periods per year inferred from the dates (or set on the calculator)
 * @param riskFreeRate the annual risk-free rate used, as a fraction
 * @param annualisedReturn the CAGR from the first NAV to the last, calendar days / 365
 * @param meanReturn the arithmetic mean period return
 * @param volatility the annualised sample standard deviation of period returns
 * @param downsideDeviation the annualised downside deviation below the risk-free rate
 * @param sharpe the annualised Sharpe ratio; empty when volatility is zero
 * @param sortino the annualised Sortino ratio; empty when no period fell below the risk-free rate
 * @param calmar the CAGR over the maximum drawdown's depth; empty when the series never fell
 * @param omega the Omega ratio at the risk-free rate; empty when no period fell below it
 * @param maxDrawdown the deepest drawdown; empty when the series never fell below a previous peak
 * @param ulcerIndex the ulcer index, the root mean square of the drawdown at every point, as a
 *     fraction
 * @param tailRisk one-period VaR and CVaR
 * @param skewness the sample skewness of period returns; empty for fewer than 3 returns or zero
 *     volatility
 * @param excessKurtosis the sample excess kurtosis; empty for fewer than 4 returns or zero
 *     volatility
 * @param benchmark the metrics against a benchmark, if one was given
 * @since 0.1.0
 */
public record RiskMetrics(LocalDate startDate, LocalDate endDate, int observations,
    double periodsPerYear, double riskFreeRate, double annualisedReturn, double meanReturn,
    double volatility, double downsideDeviation, OptionalDouble sharpe, OptionalDouble sortino,
    OptionalDouble calmar, OptionalDouble omega, Optional<Drawdown> maxDrawdown, double ulcerIndex,
    TailRisk tailRisk, OptionalDouble skewness, OptionalDouble excessKurtosis,
    Optional<BenchmarkMetrics> benchmark) {

  /**
   * Creates the metrics.
   *
   * @param startDate the first NAV date
   * @param endDate the last NAV date
   * @param observations the number of period returns
   * @param periodsPerYear the periods per year
   * @param riskFreeRate the annual risk-free rate
   * @param annualisedReturn the CAGR
   * @param meanReturn the mean period return
   * @param volatility the annualised volatility
   * @param downsideDeviation the annualised downside deviation
   * @param sharpe the Sharpe ratio, or empty
   * @param sortino the Sortino ratio, or empty
   * @param calmar the Calmar ratio, or empty
   * @param omega the Omega ratio, or empty
   * @param maxDrawdown the deepest drawdown, or empty
   * @param ulcerIndex the ulcer index
   * @param tailRisk VaR and CVaR
   * @param skewness the skewness, or empty
   * @param excessKurtosis the excess kurtosis, or empty
   * @param benchmark the benchmark metrics, or empty
   * @throws NullPointerException if a date, an optional or {@code tailRisk} is null
   */
  public RiskMetrics {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(sharpe, "sharpe");
    Objects.requireNonNull(sortino, "sortino");
    Objects.requireNonNull(calmar, "calmar");
    Objects.requireNonNull(omega, "omega");
    Objects.requireNonNull(maxDrawdown, "maxDrawdown");
    Objects.requireNonNull(tailRisk, "tailRisk");
    Objects.requireNonNull(skewness, "skewness");
    Objects.requireNonNull(excessKurtosis, "excessKurtosis");
    Objects.requireNonNull(benchmark, "benchmark");
  }

  /**
   * Returns the depth of the deepest drawdown, zero when the series never fell.
   *
   * @return the depth as a positive fraction of the peak
   */
  public double maxDrawdownDepth() {
    return maxDrawdown.map(Drawdown::depth).orElse(0.0);
  }
}
