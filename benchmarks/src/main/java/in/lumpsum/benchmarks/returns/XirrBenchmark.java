package in.lumpsum.benchmarks.returns;

import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.Xirr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.formula.functions.Irr;
import org.decampo.xirr.Transaction;
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
 * XIRR of an investor's flows: lumpsum against a plain Newton + bisection (one {@code Math.pow}
 * per flow per iteration), the Java peer {@code org.decampo:xirr} 1.2, and Apache POI's periodic
 * {@code Irr.irr} on the same amounts as a yardstick.
 *
 * <p>The flows: one investor over 30 years from 1995-01-02, {@code flows - 1} flows on random days
 * in date order (nine in ten purchases of 500 to 50,000 rupees, one in ten smaller redemptions)
 * and the value on the last day that makes the XIRR exactly 12%. 100,000 flows are about nine a
 * day: 30 years of daily flows, which lumpsum merges to about 11,000 dates. The same seed gives
 * the same flows to every method; {@code lumpsum_xirrShuffled} gets them out of date order.
 *
 * <p>The peer stops only when the net present value is below 1e-7 in absolute terms (its
 * {@code NewtonRaphson.Builder} defaults: tolerance 1e-7, 10,000 iterations). Near the root the
 * rounding error of a sum of a thousand flows worth about 2e8 rupees is larger than that (with
 * seed 42 and 1,000 flows the NPV the peer computes at 12% and the next ulps is 1.49e-7), so from
 * about 1,000 flows whether it converges is luck: at 1,000 flows it failed on 10 of seeds 1-11 and
 * 42, converging on 4 and 5; at 100 flows on none. Its time where it fails is a time to give up,
 * and {@link #setUp} says so. {@code -p seed=5 -p flows=1000} measures it where it converges.
 *
 * <p>Run (JDK and machine in {@code benchmarks/README.md}):
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar XirrBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class XirrBenchmark {

  private static final boolean PEER_ALL = Boolean.getBoolean("xirr.peer.all");

  /** The number of cash flows, before same-day flows are merged. */
  @Param({"10", "100", "1000", "10000", "100000"})
  public int flows;

  /** The seed of the investor's flows (42 in the README's figures; see the class comment). */
  @Param({"42"})
  public long seed = 42;

  private List<CashFlow> cashFlows;
  private List<CashFlow> shuffled;
  private List<Transaction> transactions;
  private double[] amounts;
  private long[] epochDays;

  /** Builds the flows and reports, once per fork, any method that does not find 12%. */
  @Setup
  public void setUp() {
    cashFlows = investor(flows, 0.12, seed);
    shuffled = new ArrayList<>(cashFlows);
    Collections.shuffle(shuffled, new Random(1));
    transactions = new ArrayList<>(flows);
    amounts = new double[flows];
    epochDays = new long[flows];
    for (int i = 0; i < flows; i++) {
      CashFlow cf = cashFlows.get(i);
      transactions.add(new Transaction(cf.amount(), cf.date()));
      amounts[i] = cf.amount();
      epochDays[i] = cf.date().toEpochDay();
    }
    check("lumpsum_xirr", lumpsum_xirr());
    check("lumpsum_xirrShuffled", lumpsum_xirrShuffled());
    check("lumpsum_xirrArrays", lumpsum_xirrArrays());
    check("baseline_newtonBisection", baseline_newtonBisection());
    if (flows <= 1000 || PEER_ALL) {
      check("peer_decampoXirr", peer_decampoXirr());
    }
    double poi = yardstick_poiIrr();
    System.err.printf("[xirr] %d flows: POI periodic IRR = %s per period (a yardstick, not an XIRR)%n",
        flows, poi);
  }

  private void check(String method, double rate) {
    if (!(Math.abs(rate - 0.12) < 1e-8)) {
      System.err.printf("[xirr] %d flows, seed %d: %s returned %s, not 0.12%s%n", flows, seed,
          method, rate, Double.isNaN(rate) ? " (it FAILED: " + failure + "; its score is the time"
              + " to give up, not to solve)" : "");
    }
  }

  private String failure = "";

  /** lumpsum: bracket, then Halley with a bisection safeguard, on merged flows. */
  @Benchmark
  public double lumpsum_xirr() {
    return Xirr.DEFAULT.xirr(cashFlows).rateOrThrow();
  }

  /** lumpsum on the same flows out of date order (bucketed or sorted before solving). */
  @Benchmark
  public double lumpsum_xirrShuffled() {
    return Xirr.DEFAULT.xirr(shuffled).rateOrThrow();
  }

  /**
   * lumpsum on the same flows held as columns, epoch days and amounts ({@code Xirr.xirr(long[],
   * double[])}): what a host holding many flows in arrays gets, with no object read per flow. Not
   * the measure, which takes the {@code CashFlow} list.
   */
  @Benchmark
  public double lumpsum_xirrArrays() {
    return Xirr.DEFAULT.xirr(epochDays, amounts).rateOrThrow();
  }

  /**
   * A floor, not an XIRR: only reads every flow of the list, its amount and its date's fields, as
   * any XIRR over the {@code CashFlow} list must (the baseline reads them twice).
   */
  @Benchmark
  public double yardstick_readFlows() {
    double sum = 0;
    long days = 0;
    for (int i = 0, n = cashFlows.size(); i < n; i++) {
      CashFlow cf = cashFlows.get(i);
      LocalDate date = cf.date();
      sum += cf.amount();
      days += date.getYear() * 372L + date.getMonthValue() * 31L + date.getDayOfMonth();
    }
    return sum + days;
  }

  /** The plain way: Newton from 10% with one {@code Math.pow} per flow, bisection if it fails. */
  @Benchmark
  public double baseline_newtonBisection() {
    return PlainXirr.xirr(cashFlows);
  }

  /**
   * org.decampo:xirr 1.2; its failures (exceptions) are caught and return NaN, and
   * {@link #setUp} reports them. From about 1,000 flows it fails (NonconvergenceException after
   * 10,000 Newton iterations, see the class comment); above 1,000 one failing call takes seconds
   * to a minute, so it is not run unless {@code -Dxirr.peer.all=true} (pass it with
   * {@code -jvmArgsAppend}); those sizes are measured single-shot, see the README.
   */
  @Benchmark
  public double peer_decampoXirr() {
    if (flows > 1000 && !PEER_ALL) {
      throw new UnsupportedOperationException("peer not run above 1,000 flows: it fails after"
          + " 10,000 iterations and seconds; measure it single-shot with -jvmArgsAppend"
          + " -Dxirr.peer.all=true -bm ss");
    }
    try {
      return new org.decampo.xirr.Xirr(transactions).xirr();
    } catch (RuntimeException e) {
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      return Double.NaN;
    }
  }

  /** Apache POI's periodic IRR (Newton, 20 iterations) on the same amounts, one per period. */
  @Benchmark
  public double yardstick_poiIrr() {
    return Irr.irr(amounts);
  }

  /**
   * The benchmark's investor: see the class comment. The same generator as the tests' fixture
   * {@code Fixtures.investor}.
   */
  static List<CashFlow> investor(int n, double rate, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(1995, 1, 2);
    int span = 30 * 365;
    int[] days = new int[n - 1];
    for (int i = 1; i < n - 1; i++) {
      days[i] = random.nextInt(span);
    }
    Arrays.sort(days);
    List<CashFlow> flows = new ArrayList<>(n);
    double finalValue = 0;
    for (int i = 0; i < n - 1; i++) {
      double amount = random.nextInt(10) == 0 && i > 0
          ? Math.round(random.nextDouble(100, 5_000) * 100) / 100.0
          : -Math.round(random.nextDouble(500, 50_000) * 100) / 100.0;
      flows.add(CashFlow.of(start.plusDays(days[i]), amount));
      finalValue -= amount * Math.pow(1 + rate, (span - days[i]) / 365.0);
    }
    flows.add(CashFlow.of(start.plusDays(span), finalValue));
    return flows;
  }

  /**
   * A plain XIRR as commonly written: year fractions once, then Newton from a 10% guess with one
   * {@code Math.pow} per flow per iteration for the value and the derivative together, falling
   * back to bisection on [-99.9999%, 100,000%] when Newton leaves the domain or stalls. No merging
   * of same-day flows.
   */
  static final class PlainXirr {

    private PlainXirr() {
    }

    static double xirr(List<CashFlow> flows) {
      int n = flows.size();
      long first = Long.MAX_VALUE;
      for (CashFlow cf : flows) {
        first = Math.min(first, cf.date().toEpochDay());
      }
      double[] years = new double[n];
      double[] amounts = new double[n];
      for (int i = 0; i < n; i++) {
        CashFlow cf = flows.get(i);
        years[i] = (cf.date().toEpochDay() - first) / 365.0;
        amounts[i] = cf.amount();
      }
      double r = 0.1;
      for (int iteration = 0; iteration < 50; iteration++) {
        double f = 0;
        double df = 0;
        for (int i = 0; i < n; i++) {
          double discount = Math.pow(1 + r, -years[i]);
          f += amounts[i] * discount;
          df -= years[i] * amounts[i] * discount / (1 + r);
        }
        double next = r - f / df;
        if (!(next > -1) || !Double.isFinite(next)) {
          break;
        }
        if (Math.abs(next - r) < 1e-10) {
          return next;
        }
        r = next;
      }
      return bisect(years, amounts, -0.999999, 1000);
    }

    private static double bisect(double[] years, double[] amounts, double lo, double hi) {
      double fLo = npv(years, amounts, lo);
      if (Math.signum(fLo) == Math.signum(npv(years, amounts, hi))) {
        return Double.NaN;
      }
      for (int k = 0; k < 200 && hi - lo > 1e-10; k++) {
        double mid = 0.5 * (lo + hi);
        double f = npv(years, amounts, mid);
        if (Math.signum(f) == Math.signum(fLo)) {
          lo = mid;
          fLo = f;
        } else {
          hi = mid;
        }
      }
      return 0.5 * (lo + hi);
    }

    private static double npv(double[] years, double[] amounts, double r) {
      double f = 0;
      for (int i = 0; i < years.length; i++) {
        f += amounts[i] * Math.pow(1 + r, -years[i]);
      }
      return f;
    }
  }
}
