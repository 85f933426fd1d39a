package in.lumpsum.benchmarks.nav;

import in.lumpsum.benchmarks.DataDir;
import in.lumpsum.benchmarks.nav.SyntheticNavHistories.Category;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the heap bytes a NAV point takes in a {@link NavSeries} and in the
 * {@code TreeMap<LocalDate, BigDecimal>} baseline, measured with JOL.
 *
 * <p>Both are measured the same way: {@code GraphLayout.parseInstance(structure).totalSize()} for each
 * scheme's structure (every object reachable from it: the map, its entries, keys and values; the
 * series and its arrays), summed and divided by the number of points. Data: the
 * {@link NavLookupBenchmark} set (1,500 schemes, 10 years of business days, 4 decimals), and the real
 * histories in {@code nav-history-2016-utkarshohm/selected-schemes} (2 decimals) when the shared data
 * directory is found ({@code LUMPSUM_DATA_DIR}, else {@code -Dlumpsum.data.dir}, else
 * {@code ../shared/data}).
 *
 * <p>Run after {@code mvn -B -q -pl benchmarks -am package -DskipTests}:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar in.lumpsum.benchmarks.nav.NavSeriesFootprint</pre>
 */
public final class NavSeriesFootprint {

  private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private NavSeriesFootprint() {}

  /**
   * Measures and prints the footprints.
   *
   * @param args none
   * @throws IOException if a real data file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.println("# " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
    synthetic();
    realData();
  }

  private static void synthetic() {
    SyntheticNavHistories data = SyntheticNavHistories.generate(
        NavLookupBenchmark.SCHEMES, NavLookupBenchmark.YEARS, SyntheticNavHistories.SEED);
    System.out.printf("Synthetic: %,d schemes x %,d points = %,d points (4 dp)%n",
        data.schemes(), data.pointsPerScheme(), data.totalPoints());
    long treeMapBytes = 0;
    long seriesBytes = 0;
    Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
    for (int s = 0; s < data.schemes(); s++) {
      treeMapBytes += heapBytes(data.treeMap(s));
      long bytes = heapBytes(data.series(s));
      seriesBytes += bytes;
      long[] sums = byCategory.computeIfAbsent(data.category(s), c -> new long[2]);
      sums[0] += bytes;
      sums[1] += data.pointsPerScheme();
    }
    print("TreeMap<LocalDate,BigDecimal>", treeMapBytes, data.totalPoints());
    print("NavSeries", seriesBytes, data.totalPoints());
    byCategory.forEach((category, sums) -> print("  NavSeries, " + category, sums[0], sums[1]));
  }

  private static void realData() throws IOException {
    Path dir = DataDir.path().resolve("nav-history-2016-utkarshohm/selected-schemes");
    if (!Files.isDirectory(dir)) {
      System.out.println("Real data: not found at " + dir.toAbsolutePath().normalize()
          + " (set LUMPSUM_DATA_DIR)");
      return;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    long points = 0;
    long treeMapBytes = 0;
    long seriesBytes = 0;
    for (Path file : files) {
      TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
      // Later rows win, as the UTI Money Market file has two NAVs for some dates.
      NavSeries.Builder builder = NavSeries.builder().replaceDuplicates(true);
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          String[] fields = line.strip().split(",");
          NavPoint point = NavPoint.of(LocalDate.parse(fields[0], DD_MM_YYYY), fields[1]);
          map.put(point.date(), point.nav());
          builder.add(point);
        }
      }
      NavSeries series = builder.build();
      points += series.size();
      treeMapBytes += heapBytes(map);
      seriesBytes += heapBytes(series);
    }
    System.out.printf("Real data: %d selected-scheme files, %,d points (2 dp)%n", files.size(), points);
    print("TreeMap<LocalDate,BigDecimal>", treeMapBytes, points);
    print("NavSeries", seriesBytes, points);
  }

  static long heapBytes(Object root) {
    return GraphLayout.parseInstance(root).totalSize();
  }

  private static void print(String what, long bytes, long points) {
    System.out.printf("  %-32s %,14d bytes  %7.2f bytes/point%n", what, bytes, (double) bytes / points);
  }
}
