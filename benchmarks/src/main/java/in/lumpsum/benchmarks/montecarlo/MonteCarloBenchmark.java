package in.lumpsum.benchmarks.montecarlo;

import in.lumpsum.calc.montecarlo.GoalScenario;
import in.lumpsum.calc.montecarlo.MonteCarlo;
import in.lumpsum.calc.montecarlo.ReturnModel;
import in.lumpsum.core.money.Money;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A goal's success probability by Monte Carlo, 10,000 paths × 360 months (a 30-year SIP of
 * ₹10,000 a month on ₹1,00,000, against ₹3.5 crore): lumpsum's {@code MonteCarlo} against a
 * baseline that runs the same loop on {@code java.util.Random.nextGaussian()}.
 *
 * <p>{@code model} is {@code lognormal} (12% mean, 18% volatility; one {@code Math.exp} a month on
 * both sides) or {@code normal} (simple returns, no {@code exp}). {@code lumpsum_simulate} runs on
 * the calling thread, like the baseline; {@code lumpsum_simulateCommonPool} spreads the blocks
 * over the common fork-join pool and gives the same answer.
 *
 * <p>Goals (issue 4): {@code lumpsum_simulate} at least 1.8× faster than the baseline, and under
 * 100 ms. Since issue 4's fix the ziggurat takes its layer and its value from separate bits of
 * its one 32-bit draw (Doornik, 2005); a 64-bit draw per attempt (two Mersenne Twister outputs)
 * made {@code lumpsum_simulate} about 1.5× slower on the lognormal model, 1.78× the baseline.
 *
 * <p>Run (JDK and machine in {@code benchmarks/README.md}):
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar MonteCarloBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class MonteCarloBenchmark {

  private static final int PATHS = 10_000;
  private static final int YEARS = 30;
  private static final double MEAN = 0.12;
  private static final double VOLATILITY = 0.18;

  /** The return model. */
  @Param({"lognormal", "normal"})
  public String model;

  private GoalScenario scenario;
  private ReturnModel returns;
  private MonteCarlo sequential;
  private MonteCarlo commonPool;

  /** Builds the scenario and the simulators. */
  @Setup
  public void setUp() {
    scenario = GoalScenario.of(Money.ofRupees(100_000), Money.ofRupees(10_000), YEARS,
        Money.ofRupees(35_000_000));
    returns = model.equals("normal") ? ReturnModel.normal(MEAN, VOLATILITY)
        : ReturnModel.lognormal(MEAN, VOLATILITY);
    sequential = MonteCarlo.builder().paths(PATHS).seed(42).build();
    commonPool = MonteCarlo.builder().paths(PATHS).seed(42).executor(ForkJoinPool.commonPool())
        .build();
  }

  /**
   * lumpsum on the calling thread.
   *
   * @return the success probability
   */
  @Benchmark
  public double lumpsum_simulate() {
    return sequential.simulate(scenario, returns).successProbability();
  }

  /**
   * lumpsum with blocks spread over the common fork-join pool.
   *
   * @return the success probability
   */
  @Benchmark
  public double lumpsum_simulateCommonPool() {
    return commonPool.simulate(scenario, returns).successProbability();
  }

  /**
   * The baseline: the same paths on {@code java.util.Random.nextGaussian()}, with the same
   * monthly parameters, instalments at the start of each month.
   *
   * @return the success probability
   */
  @Benchmark
  public double baseline_nextGaussian() {
    Random random = new Random(42);
    boolean lognormal = model.equals("lognormal");
    double mu;
    double sd;
    if (lognormal) {
      double s2 = Math.log1p(VOLATILITY * VOLATILITY / ((1 + MEAN) * (1 + MEAN)));
      mu = (Math.log1p(MEAN) - s2 / 2) / 12;
      sd = Math.sqrt(s2 / 12);
    } else {
      mu = MEAN / 12;
      sd = VOLATILITY / Math.sqrt(12);
    }
    double initial = 100_000;
    double monthly = 10_000;
    double target = 35_000_000;
    int months = YEARS * 12;
    int successes = 0;
    for (int p = 0; p < PATHS; p++) {
      double v = initial;
      for (int m = 0; m < months; m++) {
        double z = random.nextGaussian();
        double growth = lognormal ? Math.exp(mu + sd * z) : Math.max(0.0, 1.0 + mu + sd * z);
        v = (v + monthly) * growth;
      }
      if (v >= target) {
        successes++;
      }
    }
    return (double) successes / PATHS;
  }
}
