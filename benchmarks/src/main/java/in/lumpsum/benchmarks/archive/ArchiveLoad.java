package in.lumpsum.benchmarks.archive;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.funds.history.ArchiveLoadReport;
import in.lumpsum.funds.history.NavArchive2016;
import in.lumpsum.funds.nav.NavQuality;
import in.lumpsum.funds.nav.NavQualityReport;
import in.lumpsum.funds.nav.PublishingCalendar;
import in.lumpsum.funds.nav.QualityIssue;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jol.info.GraphLayout;

/**
 * Loads the whole 2016 NAV history archive (31,944 per-scheme files in a 15.5 MB {@code tar.xz},
 * about 254 MB unpacked) into the in-memory NAV store and prints the points loaded, the seconds taken
 * and the heap bytes a point the store retains, beside two baselines in the same run: decompressing
 * and walking the archive alone, and the same points in a {@code TreeMap<LocalDate, BigDecimal>} per
 * scheme.
 *
 * <p>Heap is measured two ways: JOL's {@code GraphLayout.parseInstance(store).totalSize()} (every
 * object reachable from the store), and the heap in use after full GCs, after the load less before it,
 * with only the store kept. The TreeMap baseline is measured by the second way only (JOL would walk 60
 * million objects). The goal for the store is at most 8.5 bytes a point. One timed pass each, so the
 * seconds are indicative; {@link ArchiveLoadBenchmark} times the same work with JMH.
 *
 * <p>Run after {@code mvn -B -q -pl benchmarks -am package -DskipTests}, with a fixed heap large enough
 * for the TreeMap baseline:
 *
 * <pre>java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar in.lumpsum.benchmarks.archive.ArchiveLoad</pre>
 *
 * <p>Pass {@code --no-treemap} to skip the TreeMap baseline (then {@code -Xmx1g} suffices), and
 * {@code --quality} to run {@link NavQuality#DEFAULT} over every loaded series (as of the most common last NAV date)
 * and print what it finds.
 */
public final class ArchiveLoad {

  private ArchiveLoad() {}

  /**
   * Runs the load and the baselines and prints the figures.
   *
   * @param args {@code --no-treemap} to skip the TreeMap baseline, {@code --quality} to check every
   *     series
   * @throws InterruptedException if interrupted while letting the GC settle
   */
  public static void main(String[] args) throws InterruptedException {
    boolean treeMap = !java.util.List.of(args).contains("--no-treemap");
    // JOL cannot read record fields (SchemeCode) through Unsafe without attaching; this makes it
    // find their offsets by itself.
    System.setProperty("jol.magicFieldOffset", "true");
    Path archive = ArchiveData.archive();
    System.out.println("# " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, "
        + Runtime.getRuntime().availableProcessors() + " CPUs; " + archive);

    long t0 = System.nanoTime();
    long bytes = ArchiveData.decompressOnly(archive);
    double decompressSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("baseline, decompress + tar walk only: %,d bytes in %.2f s%n", bytes,
        decompressSeconds);

    long before = usedAfterGc();
    t0 = System.nanoTime();
    InMemoryNavStore store = new InMemoryNavStore();
    ArchiveLoadReport report = NavArchive2016.load(archive, store);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("load: %,d files (%,d empty, %,d with only rejected rows), %,d schemes loaded,"
            + " %,d rows read, %,d rejected %s%n", report.files(), report.emptyFiles(),
        report.filesWithoutNav(), report.schemesLoaded(), report.rowsRead(), report.rowsRejected(),
        report.problemsByReason());
    report = null;
    long points = 0;
    for (SchemeCode code : store.schemes()) {
      points += store.count(code);
    }
    long gcDelta = usedAfterGc() - before;
    long jol = GraphLayout.parseInstance(store).totalSize();
    System.out.printf("load into InMemoryNavStore: %,d points in %.2f s (%.2f s over decompression);"
            + " %,d bytes by JOL = %.2f bytes/point; %,d bytes by GC delta = %.2f bytes/point%n",
        points, loadSeconds, loadSeconds - decompressSeconds, jol, (double) jol / points, gcDelta,
        (double) gcDelta / points);

    if (java.util.List.of(args).contains("--quality")) {
      quality(store);
    }

    if (treeMap) {
      store = null;
      before = usedAfterGc();
      t0 = System.nanoTime();
      Map<SchemeCode, TreeMap<LocalDate, BigDecimal>> maps = ArchiveData.treeMaps(archive);
      double mapSeconds = (System.nanoTime() - t0) / 1e9;
      long mapPoints = maps.values().stream().mapToLong(Map::size).sum();
      long mapDelta = usedAfterGc() - before;
      System.out.printf("baseline, TreeMap<LocalDate,BigDecimal> per scheme: %,d points in %.2f s;"
              + " %,d bytes by GC delta = %.2f bytes/point%n", mapPoints, mapSeconds, mapDelta,
          (double) mapDelta / mapPoints);
      if (maps.isEmpty()) {
        System.out.println("(no maps)");
      }
    }
  }

  /** Checks every series and prints the calendars and issues found, by kind. */
  private static void quality(InMemoryNavStore store) {
    long t0 = System.nanoTime();
    // As of the most common last NAV date (the day the live schemes were collected): a series is
    // stale if it stopped well before that.
    Map<LocalDate, Integer> lastDates = new java.util.HashMap<>();
    store.schemes().forEach(c -> lastDates.merge(store.series(c).lastDate().orElseThrow(), 1,
        Integer::sum));
    LocalDate asOf = lastDates.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
        .getKey();
    Map<PublishingCalendar, Integer> calendars = new EnumMap<>(PublishingCalendar.class);
    Map<String, long[]> issues = new TreeMap<>();
    int clean = 0;
    for (SchemeCode code : store.schemes()) {
      NavQualityReport r = NavQuality.DEFAULT.check(store.series(code), asOf);
      calendars.merge(r.calendar(), 1, Integer::sum);
      if (r.clean()) {
        clean++;
      }
      java.util.Set<String> kinds = new java.util.HashSet<>();
      for (QualityIssue issue : r.issues()) {
        String kind = issue.getClass().getSimpleName();
        long[] counts = issues.computeIfAbsent(kind, k -> new long[2]);
        counts[0]++;
        if (kinds.add(kind)) {
          counts[1]++;
        }
      }
    }
    System.out.printf("quality (as of %s, %.2f s): calendars %s; %,d series clean%n", asOf,
        (System.nanoTime() - t0) / 1e9, calendars, clean);
    issues.forEach((kind, counts) -> System.out.printf("  %-10s %,10d issues in %,6d series%n", kind,
        counts[0], counts[1]));
  }

  /** Returns the heap in use once repeated full GCs stop freeing memory. */
  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(100);
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used >= last - (1 << 16)) {
        return used;
      }
      last = used;
    }
    return last;
  }
}
