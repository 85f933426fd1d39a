package in.lumpsum.benchmarks.returns;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * A cross-check of {@link XirrBenchmark} for a shared, loaded machine: JMH measures one method
 * after another, minutes apart, so a neighbour's load that comes and goes lands on some methods and
 * not others. Here the methods take turns in one JVM, round after round (each round about 50 ms per
 * method), and the report gives each method's fastest and median round: the fastest rounds of all
 * methods ran under the same, least, load. It complements the JMH figures; it does not replace
 * them.
 *
 * <p>Run: {@code java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar
 * in.lumpsum.benchmarks.returns.XirrInterleaved [flows...]}
 */
public final class XirrInterleaved {

  private XirrInterleaved() {
  }

  /**
   * Runs the comparison.
   *
   * @param args flow counts, by default 10, 100, 1,000, 10,000 and 100,000
   */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {10, 100, 1000, 10_000, 100_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf("%8s %-26s %14s %14s %9s%n", "flows", "method", "fastest ns/op",
        "median ns/op", "vs lumpsum");
    for (int flows : sizes) {
      XirrBenchmark b = new XirrBenchmark();
      b.flows = flows;
      b.setUp();
      Map<String, DoubleSupplier> methods = new LinkedHashMap<>();
      methods.put("lumpsum_xirr", b::lumpsum_xirr);
      methods.put("lumpsum_xirrShuffled", b::lumpsum_xirrShuffled);
      methods.put("baseline_newtonBisection", b::baseline_newtonBisection);
      methods.put("yardstick_poiIrr", b::yardstick_poiIrr);
      if (flows <= 100) {
        methods.put("peer_decampoXirr", b::peer_decampoXirr);
      }
      int rounds = 25;
      Map<String, double[]> times = new LinkedHashMap<>();
      methods.keySet().forEach(name -> times.put(name, new double[rounds]));
      Map<String, Integer> reps = new LinkedHashMap<>();
      for (Map.Entry<String, DoubleSupplier> m : methods.entrySet()) {
        // Warm up for about a second, and size each round to about 50 ms.
        double perOp = time(m.getValue(), 1);
        long until = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < until) {
          perOp = Math.min(perOp, time(m.getValue(), Math.max(1, (int) (10_000_000 / perOp))));
        }
        reps.put(m.getKey(), Math.max(1, (int) (50_000_000 / perOp)));
      }
      for (int r = 0; r < rounds; r++) {
        for (Map.Entry<String, DoubleSupplier> m : methods.entrySet()) {
          times.get(m.getKey())[r] = time(m.getValue(), reps.get(m.getKey()));
        }
      }
      double lumpsum = min(times.get("lumpsum_xirr"));
      for (Map.Entry<String, double[]> t : times.entrySet()) {
        double[] sorted = t.getValue().clone();
        Arrays.sort(sorted);
        System.out.printf("%8d %-26s %14.0f %14.0f %8.1fx%n", flows, t.getKey(), sorted[0],
            sorted[rounds / 2], sorted[0] / lumpsum);
      }
    }
  }

  private static double sink;

  private static double time(DoubleSupplier method, int reps) {
    long start = System.nanoTime();
    double s = 0;
    for (int i = 0; i < reps; i++) {
      s += method.getAsDouble();
    }
    long end = System.nanoTime();
    sink += s;
    return (end - start) / (double) reps;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }
}
