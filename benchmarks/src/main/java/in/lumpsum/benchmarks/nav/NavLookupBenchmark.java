package in.lumpsum.benchmarks.nav;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * On-or-before NAV look-ups over 1,500 schemes: the compact {@link NavSeries} against a
 * {@code TreeMap<LocalDate, BigDecimal>} per scheme.
 *
 * <p>Data: {@link SyntheticNavHistories} with 1,500 schemes over 10 years of business days (about
 * 2,490 points each, 3.7 million in all), NAVs at 4 decimals from seeded random walks starting between
 * 10 and 5,000 rupees. Each invocation runs the same 1,000,000 seeded queries: a scheme drawn uniformly
 * and a calendar date drawn uniformly from 30 days before the first NAV to 30 days after the last, so
 * weekends, holidays and dates with no NAV yet all occur. Scores are per query
 * ({@code @OperationsPerInvocation}): nanoseconds per on-or-before look-up.
 *
 * <ul>
 *   <li>{@code baseline_treeMapFloorEntry}: {@code floorEntry(date)} on the scheme's map, consuming the
 *       entry's {@code BigDecimal} as is (no conversion).
 *   <li>{@code compactSeries_onOrBefore}: {@link NavSeries#navOnOrBeforeAsDouble(LocalDate)}, the
 *       allocation-free path for analytics, consuming the NAV as a {@code double}.
 *   <li>{@code compactSeries_onOrBeforePoint}: {@link NavSeries#onOrBefore(LocalDate)}, the convenient
 *       path that allocates an {@code Optional}, a {@link NavPoint} and its {@code BigDecimal}.
 * </ul>
 *
 * <p>Each state's setup also prints the heap bytes a point takes in its structure, measured with JOL
 * as {@link NavSeriesFootprint} does, over the first 150 schemes; that class measures all of them.
 *
 * <p>Run from the project root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar NavLookupBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class NavLookupBenchmark {

  /** Schemes in the data set. */
  static final int SCHEMES = 1_500;

  /** Years of daily NAVs a scheme. */
  static final int YEARS = 10;

  /** Queries an invocation. */
  static final int QUERIES = 1_000_000;

  /** Schemes measured with JOL in setup. */
  private static final int FOOTPRINT_SAMPLE = 150;

  private static SyntheticNavHistories data() {
    return SyntheticNavHistories.generate(SCHEMES, YEARS, SyntheticNavHistories.SEED);
  }

  /** The 1,000,000 seeded (scheme, date) queries. */
  @State(Scope.Benchmark)
  public static class Queries {
    int[] schemes;
    LocalDate[] dates;

    /** Draws the queries. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticNavHistories data = data();
      Random random = new Random(SyntheticNavHistories.SEED + 1);
      int from = data.firstDay() - 30;
      int span = data.lastDay() + 30 - from + 1;
      schemes = new int[QUERIES];
      dates = new LocalDate[QUERIES];
      for (int q = 0; q < QUERIES; q++) {
        schemes[q] = random.nextInt(SCHEMES);
        dates[q] = LocalDate.ofEpochDay(from + random.nextInt(span));
      }
    }
  }

  /** One {@code TreeMap<LocalDate, BigDecimal>} a scheme. */
  @State(Scope.Benchmark)
  public static class TreeMaps {
    TreeMap<LocalDate, BigDecimal>[] maps;

    /** Builds the maps and prints their footprint. */
    @Setup(Level.Trial)
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void setUp() {
      SyntheticNavHistories data = data();
      maps = new TreeMap[SCHEMES];
      for (int s = 0; s < SCHEMES; s++) {
        maps[s] = data.treeMap(s);
      }
      long bytes = 0;
      for (int s = 0; s < FOOTPRINT_SAMPLE; s++) {
        bytes += NavSeriesFootprint.heapBytes(maps[s]);
      }
      printFootprint("TreeMap<LocalDate,BigDecimal>", bytes,
          (long) FOOTPRINT_SAMPLE * data.pointsPerScheme());
    }
  }

  /** One {@link NavSeries} a scheme. */
  @State(Scope.Benchmark)
  public static class Series {
    NavSeries[] series;

    /** Builds the series, checks them against the baseline on a sample, prints their footprint. */
    @Setup(Level.Trial)
    public void setUp(Queries queries) {
      SyntheticNavHistories data = data();
      series = new NavSeries[SCHEMES];
      for (int s = 0; s < SCHEMES; s++) {
        series[s] = data.series(s);
      }
      // Guard against benchmarking a wrong answer: the first 100,000 queries must agree with a plain
      // binary search over the generated data.
      for (int q = 0; q < 100_000; q++) {
        int s = queries.schemes[q];
        Optional<NavPoint> expected = data.onOrBefore(s, queries.dates[q]);
        if (!series[s].onOrBefore(queries.dates[q]).equals(expected)) {
          throw new IllegalStateException("Mismatch for scheme " + s + " on " + queries.dates[q]);
        }
      }
      long bytes = 0;
      for (int s = 0; s < FOOTPRINT_SAMPLE; s++) {
        bytes += NavSeriesFootprint.heapBytes(series[s]);
      }
      printFootprint("NavSeries", bytes, (long) FOOTPRINT_SAMPLE * data.pointsPerScheme());
    }
  }

  private static void printFootprint(String what, long bytes, long points) {
    System.out.printf(
        "%n# Footprint (JOL, first %d schemes): %s %.2f bytes/point (%,d bytes, %,d points)%n",
        FOOTPRINT_SAMPLE, what, (double) bytes / points, bytes, points);
  }

  /**
   * Baseline: {@code TreeMap.floorEntry} on the scheme's map.
   *
   * @param maps the maps
   * @param queries the queries
   * @param blackhole the sink for each NAV
   */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public void baseline_treeMapFloorEntry(TreeMaps maps, Queries queries, Blackhole blackhole) {
    TreeMap<LocalDate, BigDecimal>[] m = maps.maps;
    int[] schemes = queries.schemes;
    LocalDate[] dates = queries.dates;
    for (int q = 0; q < QUERIES; q++) {
      Map.Entry<LocalDate, BigDecimal> entry = m[schemes[q]].floorEntry(dates[q]);
      blackhole.consume(entry == null ? null : entry.getValue());
    }
  }

  /**
   * The compact series' allocation-free look-up, NAV as a {@code double}.
   *
   * @param series the series
   * @param queries the queries
   * @param blackhole the sink for each NAV
   */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public void compactSeries_onOrBefore(Series series, Queries queries, Blackhole blackhole) {
    NavSeries[] s = series.series;
    int[] schemes = queries.schemes;
    LocalDate[] dates = queries.dates;
    for (int q = 0; q < QUERIES; q++) {
      blackhole.consume(s[schemes[q]].navOnOrBeforeAsDouble(dates[q]));
    }
  }

  /**
   * The compact series' {@code Optional<NavPoint>} look-up, which allocates the point.
   *
   * @param series the series
   * @param queries the queries
   * @param blackhole the sink for each point
   */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public void compactSeries_onOrBeforePoint(Series series, Queries queries, Blackhole blackhole) {
    NavSeries[] s = series.series;
    int[] schemes = queries.schemes;
    LocalDate[] dates = queries.dates;
    for (int q = 0; q < QUERIES; q++) {
      blackhole.consume(s[schemes[q]].onOrBefore(dates[q]));
    }
  }
}
