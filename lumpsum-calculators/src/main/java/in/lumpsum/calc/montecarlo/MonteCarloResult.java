package in.lumpsum.calc.montecarlo;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of a Monte Carlo run: the share of paths that reached the target and the spread of
 * final values.
 *
 * <p>Probabilities and statistics are {@code double} analytics; percentiles are rounded to paise.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MonteCarloResult {

  private final GoalScenario scenario;
  private final String model;
  private final long seed;
  private final double[] finalValues;
  private final double[] sorted;
  private final int successes;

  MonteCarloResult(GoalScenario scenario, String model, long seed, double[] finalValues) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.model = Objects.requireNonNull(model, "model");
    this.seed = seed;
    this.finalValues = finalValues;
    this.sorted = finalValues.clone();
    Arrays.sort(sorted);
    // A path reaches the target if it is within half a paisa of it.
    double target = scenario.target().toDouble() - 0.005;
    int from = Arrays.binarySearch(sorted, target);
    if (from < 0) {
      from = -from - 1;
    } else {
      while (from > 0 && sorted[from - 1] == target) {
        from--;
      }
    }
    this.successes = sorted.length - from;
  }

  /**
   * Returns the scenario simulated.
   *
   * @return the scenario
   */
  public GoalScenario scenario() {
    return scenario;
  }

  /**
   * Returns the return model in words.
   *
   * @return the model's description
   */
  public String model() {
    return model;
  }

  /**
   * Returns the seed the run used; the same seed and inputs give the same result.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of paths simulated.
   *
   * @return the paths
   */
  public int paths() {
    return finalValues.length;
  }

  /**
   * Returns the share of paths whose final value reached the target.
   *
   * @return a fraction from 0 to 1
   */
  public double successProbability() {
    return (double) successes / finalValues.length;
  }

  /**
   * Returns the standard error of {@link #successProbability()}, {@code √(p(1 − p) / paths)}.
   *
   * @return the standard error as a fraction
   */
  public double standardError() {
    double p = successProbability();
    return Math.sqrt(p * (1 - p) / finalValues.length);
  }

  /**
   * Returns the mean final value.
   *
   * @return the mean in rupees
   */
  public double mean() {
    double sum = 0;
    for (double v : finalValues) {
      sum += v;
    }
    return sum / finalValues.length;
  }

  /**
   * Returns a percentile of the final values, interpolated linearly between order statistics
   * (Hyndman and Fan's type 7, the default of R and spreadsheet {@code PERCENTILE.INC}).
   *
   * @param q the fraction, from 0 to 1 ({@code 0.5} is the median)
   * @return the percentile, rounded to paise
   * @throws InvalidValueException if {@code q} is outside 0 to 1
   */
  public Money percentile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new InvalidValueException("q", q, "must be from 0 to 1");
    }
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double v = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    return Money.of(BigDecimal.valueOf(v));
  }

  /**
   * Returns the median final value.
   *
   * @return the median, rounded to paise
   */
  public Money median() {
    return percentile(0.5);
  }

  /**
   * Returns the final value of each path, in path order.
   *
   * @return a copy of the values in rupees
   */
  public double[] finalValues() {
    return finalValues.clone();
  }

  @Override
  public String toString() {
    return "MonteCarloResult[paths=" + paths() + ", seed=" + seed + ", success="
        + successProbability() + ", model=" + model + "]";
  }
}
