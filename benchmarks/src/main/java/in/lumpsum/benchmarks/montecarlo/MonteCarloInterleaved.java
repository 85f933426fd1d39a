package in.lumpsum.benchmarks.montecarlo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * A cross-check of {@link MonteCarloBenchmark} for a shared, loaded machine: the methods take
 * turns in one JVM, round after round, and the report gives each method's fastest and median
 * round, so that a neighbour's load that comes and goes lands on all of them alike. It complements
 * the JMH figures; it does not replace them.
 *
 * <p>Run: {@code java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar
 * in.lumpsum.benchmarks.montecarlo.MonteCarloInterleaved [rounds]}
 */
public final class MonteCarloInterleaved {

  private MonteCarloInterleaved() {
  }

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 15 by default
   */
  public static void main(String[] args) {
    int rounds = args.length == 0 ? 15 : Integer.parseInt(args[0]);
    System.out.printf("%-10s %-28s %12s %12s %12s%n", "model", "method", "fastest ms",
        "median ms", "baseline ÷");
    for (String model : new String[] {"lognormal", "normal"}) {
      MonteCarloBenchmark b = new MonteCarloBenchmark();
      b.model = model;
      b.setUp();
      Map<String, DoubleSupplier> methods = new LinkedHashMap<>();
      methods.put("lumpsum_simulate", b::lumpsum_simulate);
      methods.put("lumpsum_simulateCommonPool", b::lumpsum_simulateCommonPool);
      methods.put("baseline_nextGaussian", b::baseline_nextGaussian);
      Map<String, double[]> times = new LinkedHashMap<>();
      methods.keySet().forEach(k -> times.put(k, new double[rounds]));
      double sink = 0;
      for (int r = -3; r < rounds; r++) {
        for (var e : methods.entrySet()) {
          long t0 = System.nanoTime();
          sink += e.getValue().getAsDouble();
          long t1 = System.nanoTime();
          if (r >= 0) {
            times.get(e.getKey())[r] = (t1 - t0) / 1e6;
          }
        }
      }
      double[] base = times.get("baseline_nextGaussian").clone();
      Arrays.sort(base);
      for (var e : times.entrySet()) {
        double[] t = e.getValue().clone();
        Arrays.sort(t);
        System.out.printf("%-10s %-28s %12.1f %12.1f %12.2f%n", model, e.getKey(), t[0],
            t[rounds / 2], base[0] / t[0]);
      }
      if (sink < 0) {
        System.out.println(sink);
      }
    }
  }
}
