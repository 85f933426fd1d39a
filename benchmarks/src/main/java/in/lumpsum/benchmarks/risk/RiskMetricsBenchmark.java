package in.lumpsum.benchmarks.risk;

import in.lumpsum.calc.risk.RiskCalculator;
import in.lumpsum.calc.risk.RiskMetrics;
import in.lumpsum.core.nav.NavSeries;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * All risk metrics of one ten-year daily NAV series (about 2,490 NAVs, made-up data from
 * {@link DailyNavSeries}), alone and against a benchmark on common dates: lumpsum's
 * {@link RiskCalculator} against a naive baseline that computes the same metrics the obvious way,
 * one Commons Math {@code DescriptiveStatistics} (or loop) per metric, a sort for the quantile,
 * {@code NormalDistribution} for the Gaussian quantile and {@code SimpleRegression} for beta. Both
 * read the series through the same allocation-free {@code NavSeries} accessors. The goal is under
 * 1 ms for the series with its benchmark.
 *
 * <p>Run:
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RiskMetricsBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class RiskMetricsBenchmark {

  private static final double RISK_FREE = 0.065;
  private static final double CONFIDENCE = 0.95;

  private NavSeries fund;
  private NavSeries benchmark;
  private RiskCalculator calculator;

  /** Builds the series; checks once that both methods agree on volatility and beta. */
  @Setup
  public void setUp() {
    NavSeries[] pair = DailyNavSeries.fundAndBenchmark(10, 20_160_222L);
    fund = pair[0];
    benchmark = pair[1];
    calculator = RiskCalculator.builder().riskFreeRate(RISK_FREE).confidence(CONFIDENCE).build();
    RiskMetrics m = lumpsum_metricsWithBenchmark();
    double[] naive = baseline_descriptiveStatistics();
    if (Math.abs(m.volatility() - naive[0]) > 1e-9
        || Math.abs(m.benchmark().orElseThrow().beta() - naive[16]) > 1e-9) {
      throw new IllegalStateException("lumpsum and the baseline disagree");
    }
  }

  /** lumpsum: every metric of the series alone. */
  @Benchmark
  public RiskMetrics lumpsum_metrics() {
    return calculator.metrics(fund);
  }

  /** lumpsum: every metric, and against the benchmark on common dates. */
  @Benchmark
  public RiskMetrics lumpsum_metricsWithBenchmark() {
    return calculator.metrics(fund, benchmark);
  }

  /** The naive way: one statistics object or loop per metric, the same metrics. */
  @Benchmark
  public double[] baseline_descriptiveStatistics() {
    int n = fund.size();
    double[] nav = new double[n];
    long[] day = new long[n];
    for (int i = 0; i < n; i++) {
      nav[i] = fund.navAsDouble(i);
      day[i] = fund.epochDayAt(i);
    }
    double q = (n - 1) * 365.25 / (day[n - 1] - day[0]);
    double rf = Math.pow(1 + RISK_FREE, 1 / q) - 1;
    DescriptiveStatistics returns = new DescriptiveStatistics();
    for (int i = 1; i < n; i++) {
      returns.addValue(nav[i] / nav[i - 1] - 1);
    }
    double[] r = returns.getValues();
    double mean = returns.getMean();
    double sd = returns.getStandardDeviation();
    double volatility = sd * Math.sqrt(q);
    double sharpe = (mean - rf) / sd * Math.sqrt(q);
    DescriptiveStatistics downside = new DescriptiveStatistics();
    double gains = 0;
    double losses = 0;
    for (double x : r) {
      downside.addValue(Math.min(x - rf, 0));
      gains += Math.max(x - rf, 0);
      losses += Math.max(rf - x, 0);
    }
    double downsideDeviation = Math.sqrt(downside.getSumsq() / r.length) * Math.sqrt(q);
    double sortino = (mean - rf) * q / downsideDeviation;
    double omega = gains / losses;
    double peak = nav[0];
    double maxDrawdown = 0;
    DescriptiveStatistics drawdowns = new DescriptiveStatistics();
    for (double v : nav) {
      peak = Math.max(peak, v);
      double dd = 1 - v / peak;
      drawdowns.addValue(dd);
      maxDrawdown = Math.max(maxDrawdown, dd);
    }
    double ulcer = Math.sqrt(drawdowns.getSumsq() / n);
    double cagr = Math.pow(nav[n - 1] / nav[0], 365.0 / (day[n - 1] - day[0])) - 1;
    double calmar = cagr / maxDrawdown;
    double var = -returns.getPercentile(100 * (1 - CONFIDENCE));
    DescriptiveStatistics tail = new DescriptiveStatistics();
    for (double x : r) {
      if (x <= -var) {
        tail.addValue(x);
      }
    }
    double cvar = -tail.getMean();
    NormalDistribution normal = new NormalDistribution(mean, sd);
    double parametricVar = -normal.inverseCumulativeProbability(1 - CONFIDENCE);
    double z = new NormalDistribution().inverseCumulativeProbability(1 - CONFIDENCE);
    double parametricCvar = -(mean - sd * new NormalDistribution().density(z) / (1 - CONFIDENCE));
    double skew = returns.getSkewness();
    double kurt = returns.getKurtosis();

    // Against the benchmark on common dates.
    SimpleRegression regression = new SimpleRegression();
    DescriptiveStatistics active = new DescriptiveStatistics();
    double previousFund = Double.NaN;
    double previousBench = Double.NaN;
    for (int i = 0; i < n; i++) {
      int j = benchmark.indexOf(day[i]);
      if (j < 0) {
        continue;
      }
      double b = benchmark.navAsDouble(j);
      if (!Double.isNaN(previousFund)) {
        double rp = nav[i] / previousFund - 1;
        double rb = b / previousBench - 1;
        regression.addData(rb, rp);
        active.addValue(rp - rb);
      }
      previousFund = nav[i];
      previousBench = b;
    }
    double beta = regression.getSlope();
    double trackingError = active.getStandardDeviation() * Math.sqrt(q);
    return new double[] {volatility, sharpe, downsideDeviation, sortino, omega, maxDrawdown, ulcer,
        calmar, var, cvar, parametricVar, parametricCvar, skew, kurt, cagr, mean, beta,
        regression.getRSquare(), trackingError, active.getMean() * q / trackingError};
  }
}
