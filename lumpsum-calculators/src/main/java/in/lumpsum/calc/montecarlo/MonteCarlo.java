package in.lumpsum.calc.montecarlo;

import in.lumpsum.calc.planning.PaymentTiming;
import in.lumpsum.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Estimates the chance of reaching a goal by simulating many paths of monthly returns.
 *
 * <p>Each path starts with the scenario's corpus; every month the instalment is added (before or
 * after the month's return, by the scenario's timing) and the value grows by a return drawn from
 * the {@link ReturnModel}. A path succeeds if its final value reaches the target.
 *
 * <h2>Reproducibility</h2>
 * Paths are simulated in fixed blocks of {@value #BLOCK_PATHS}. Block {@code b} draws from its own
 * Mersenne Twister (Commons Math {@code MersenneTwister}) seeded from the run's seed and {@code b}
 * through SplitMix64, and writes only its own paths. So the result depends on the seed, the
 * number of paths, the scenario and the model, never on how many threads ran the blocks or in what
 * order. Normal deviates come from the ziggurat method (Marsaglia and Tsang, 2000), with each
 * layer chosen from bits that the value does not use (as Doornik, 2005, recommends).
 *
 * <h2>Threads</h2>
 * By default the blocks run on the calling thread; {@link Builder#executor(Executor)} spreads them
 * over an executor the caller owns (lumpsum starts no thread of its own).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MonteCarlo {

  /** The default number of paths. */
  public static final int DEFAULT_PATHS = 10_000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 1L;

  /** Paths per block: each block has its own random stream. */
  public static final int BLOCK_PATHS = 256;

  /**
   * The simulator with {@value #DEFAULT_PATHS} paths and seed {@value #DEFAULT_SEED}, running on
   * the caller's thread.
   */
  public static final MonteCarlo DEFAULT = builder().build();

  private final int paths;
  private final long seed;
  private final Optional<Executor> executor;

  private MonteCarlo(Builder b) {
    this.paths = b.paths;
    this.seed = b.seed;
    this.executor = Optional.ofNullable(b.executor);
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Simulates a goal scenario.
   *
   * @param scenario the corpus, SIP, horizon and target
   * @param model where the monthly returns come from
   * @return the result: success probability and the spread of final values
   * @throws NullPointerException if an argument is null
   */
  public MonteCarloResult simulate(GoalScenario scenario, ReturnModel model) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    double[] instalments = scenario.instalments();
    double initial = scenario.initialCorpus().toDouble();
    boolean start = scenario.timing() == PaymentTiming.START_OF_MONTH;
    double[] out = new double[paths];
    int blocks = (paths + BLOCK_PATHS - 1) / BLOCK_PATHS;
    if (executor.isEmpty()) {
      for (int b = 0; b < blocks; b++) {
        runBlock(b, model, initial, instalments, start, out);
      }
    } else {
      List<CompletableFuture<Void>> futures = new ArrayList<>(blocks);
      for (int b = 0; b < blocks; b++) {
        int block = b;
        futures.add(CompletableFuture.runAsync(
            () -> runBlock(block, model, initial, instalments, start, out), executor.get()));
      }
      try {
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw e;
      }
    }
    return new MonteCarloResult(scenario, model.describe(), seed, out);
  }

  private void runBlock(int block, ReturnModel model, double initial, double[] c, boolean start,
      double[] out) {
    MersenneTwister random = new MersenneTwister(blockSeed(seed, block));
    int from = block * BLOCK_PATHS;
    int to = Math.min(paths, from + BLOCK_PATHS);
    int n = c.length;
    if (model instanceof ReturnModel.Lognormal l) {
      Ziggurat z = new Ziggurat(random);
      double mu = l.annualLogMean() / 12;
      double sd = Math.sqrt(l.annualLogVariance() / 12);
      for (int p = from; p < to; p++) {
        double v = initial;
        for (int m = 0; m < n; m++) {
          double growth = Math.exp(mu + sd * z.next());
          v = start ? (v + c[m]) * growth : v * growth + c[m];
        }
        out[p] = v;
      }
    } else if (model instanceof ReturnModel.Normal nm) {
      Ziggurat z = new Ziggurat(random);
      double mu = nm.annualMean() / 12;
      double sd = nm.annualVolatility() / Math.sqrt(12);
      for (int p = from; p < to; p++) {
        double v = initial;
        for (int m = 0; m < n; m++) {
          // A simple return below -100% would make the value negative: floor it at a total loss.
          double growth = Math.max(0.0, 1.0 + mu + sd * z.next());
          v = start ? (v + c[m]) * growth : v * growth + c[m];
        }
        out[p] = v;
      }
    } else {
      double[] returns = ((ReturnModel.Bootstrap) model).monthlyReturns();
      double[] growths = new double[returns.length];
      for (int i = 0; i < returns.length; i++) {
        growths[i] = 1.0 + returns[i];
      }
      int k = growths.length;
      for (int p = from; p < to; p++) {
        double v = initial;
        for (int m = 0; m < n; m++) {
          double growth = growths[random.nextInt(k)];
          v = start ? (v + c[m]) * growth : v * growth + c[m];
        }
        out[p] = v;
      }
    }
  }

  /** The seed of one block: two SplitMix64 outputs of the run's seed and the block number. */
  static int[] blockSeed(long seed, int block) {
    long state = seed + (block + 1L) * 0x9E3779B97F4A7C15L;
    long a = mix(state);
    long b = mix(state + 0x9E3779B97F4A7C15L);
    return new int[] {(int) (a >>> 32), (int) a, (int) (b >>> 32), (int) b};
  }

  private static long mix(long z) {
    // SplitMix64's output function (Steele, Lea and Flood, "Fast Splittable Pseudorandom Number
    // Generators", OOPSLA 2014).
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns the number of paths.
   *
   * @return the paths
   */
  public int paths() {
    return paths;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public String toString() {
    return "MonteCarlo[paths=" + paths + ", seed=" + seed + ", "
        + (executor.isPresent() ? "executor" : "caller's thread") + "]";
  }

  /**
   * Builds a {@link MonteCarlo}. Not thread-safe; the simulator it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private int paths = DEFAULT_PATHS;
    private long seed = DEFAULT_SEED;
    private Executor executor;

    private Builder() {
    }

    /**
     * Sets the number of paths.
     *
     * @param paths from 1 to 10,000,000
     * @return this builder
     * @throws InvalidValueException if {@code paths} is out of range
     */
    public Builder paths(int paths) {
      if (paths < 1 || paths > 10_000_000) {
        throw new InvalidValueException("paths", paths, "must be from 1 to 10,000,000");
      }
      this.paths = paths;
      return this;
    }

    /**
     * Sets the seed: the same seed and inputs give the same result.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Runs blocks of paths on an executor the caller owns, in parallel; the result is the same as
     * on one thread.
     *
     * @param executor the executor, such as a {@code ForkJoinPool}
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds the simulator.
     *
     * @return the simulator
     */
    public MonteCarlo build() {
      return new MonteCarlo(this);
    }
  }
}
