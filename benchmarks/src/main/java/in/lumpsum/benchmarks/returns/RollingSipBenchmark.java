package in.lumpsum.benchmarks.returns;

import in.lumpsum.benchmarks.risk.DailyNavSeries;
import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.RollingResult;
import in.lumpsum.calc.returns.RollingReturns;
import in.lumpsum.calc.returns.Xirr;
import in.lumpsum.core.nav.NavSeries;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Rolling three-year SIP XIRR over a twenty-year daily NAV series (about 4,980 NAVs, made-up data
 * from {@link DailyNavSeries}; about 4,230 windows of 36 monthly instalments): lumpsum's
 * {@link RollingReturns#sip(NavSeries, Period)} against the naive way, which builds each window's
 * {@link CashFlow} list with {@code java.time} and date look-ups and solves it with
 * {@link Xirr#DEFAULT} (itself fast). Rolling lumpsum CAGR over the same windows for scale. The goal
 * is under 50 ms for the SIP windows.
 *
 * <p>Run:
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RollingSipBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class RollingSipBenchmark {

  private static final Period WINDOW = Period.ofYears(3);

  private NavSeries series;

  /** Builds the series; checks once that both methods give the same windows. */
  @Setup
  public void setUp() {
    series = DailyNavSeries.fundAndBenchmark(20, 20_160_222L)[0];
    RollingResult r = lumpsum_rollingSip();
    double[] naive = baseline_perWindowXirr();
    if (naive.length != r.size()) {
      throw new IllegalStateException(naive.length + " windows against " + r.size());
    }
    for (int i = 0; i < naive.length; i++) {
      if (Math.abs(naive[i] - r.value(i)) > 1e-9) {
        throw new IllegalStateException("window " + i + ": " + naive[i] + " against " + r.value(i));
      }
    }
  }

  /** lumpsum: every three-year SIP window's XIRR, with incremental allotment and warm starts. */
  @Benchmark
  public RollingResult lumpsum_rollingSip() {
    return RollingReturns.sip(series, WINDOW);
  }

  /** lumpsum: every three-year lumpsum window's CAGR, for scale. */
  @Benchmark
  public RollingResult lumpsum_rollingLumpsum() {
    return RollingReturns.lumpsum(series, WINDOW);
  }

  /** The naive way: a list of cash flows per window, solved by the general XIRR. */
  @Benchmark
  public double[] baseline_perWindowXirr() {
    LocalDate first = series.dateAt(0);
    List<Double> rates = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      LocalDate end = series.dateAt(i);
      LocalDate start = end.minus(WINDOW);
      if (start.isBefore(first)) {
        continue;
      }
      List<CashFlow> flows = new ArrayList<>(37);
      double units = 0;
      for (int k = 0; k < 36; k++) {
        int a = series.indexOnOrAfter(start.plusMonths(k));
        flows.add(CashFlow.of(series.dateAt(a), -1000));
        units += 1000 / series.navAsDouble(a);
      }
      flows.add(CashFlow.of(end, units * series.navAsDouble(i)));
      rates.add(Xirr.DEFAULT.xirr(flows).rateOrThrow());
    }
    double[] out = new double[rates.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rates.get(i);
    }
    return out;
  }
}
