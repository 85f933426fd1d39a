package in.lumpsum.benchmarks.feed;

import in.lumpsum.benchmarks.DataDir;
import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.EventBus;
import in.lumpsum.core.event.EventListener;
import in.lumpsum.core.event.Subscription;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import in.lumpsum.funds.feed.FeedRun;
import in.lumpsum.funds.feed.NavFeed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Replaying the 53 real daily snapshots ({@code amfi-navall-daily-2026/}, 21 Jun to 20 Aug 2026,
 * about 9,100 schemes each, across AMFI's format change of 19 Aug) through the {@link NavFeed} into
 * fresh in-memory stores. Issue 3's goal: under 2 seconds for all 53.
 *
 * <ul>
 *   <li>{@link #replay}: every file through {@link NavFeed#run(byte[])}: parse, sanity gate, scheme
 *       diff and merge, NAV diff, upserts, staleness, and the events built and handed to a bus that
 *       only counts them (378,000 {@code NavPublished}, 9,180 {@code SchemeAdded}, ...).
 *   <li>{@link #baselineParse}: the same files through {@link AmfiReader#read(byte[])} only: the floor
 *       the feed builds on.
 *   <li>{@link #baselineParseAndBuildRows}: parsing plus building every row and its
 *       {@code Scheme}: what the feed reads before it diffs.
 *   <li>{@link #storeOnly}: the NAV store's share alone: the files' NAVs, read in setup, through a
 *       fresh {@link InMemoryNavStore} as the feed uses it (the latest NAV of each row's scheme, then one
 *       upsert a file).
 * </ul>
 * The files are gunzipped in setup, outside the measured path.
 *
 * <p>The data directory is {@code LUMPSUM_DATA_DIR}, else the {@code lumpsum.data.dir} system
 * property, else {@code ../shared/data}. Run from the project root:
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FeedReplayBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class FeedReplayBenchmark {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-21T16:00:00Z"), ZoneOffset.UTC);

  private byte[][] files;
  private List<List<NavRecord>> navs;

  /** An event bus that counts what it is handed: the feed's work without any listener's. */
  static final class CountingBus implements EventBus {
    long count;

    @Override
    public void publish(DomainEvent event) {
      count++;
    }

    @Override
    public <E extends DomainEvent> Subscription subscribe(Class<E> type,
        EventListener<? super E> listener) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isClosed() {
      return false;
    }

    @Override
    public void close() {}
  }

  /**
   * Gunzips the 53 snapshots into memory.
   *
   * @throws IOException if a file cannot be read
   */
  @Setup
  public void setup() throws IOException {
    Path dir = DataDir.path().resolve("amfi-navall-daily-2026");
    List<Path> paths;
    try (Stream<Path> s = Files.list(dir)) {
      paths = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
    }
    if (paths.size() != 53) {
      throw new IllegalStateException("expected 53 snapshots in " + dir + ", found " + paths.size());
    }
    files = new byte[paths.size()][];
    for (int i = 0; i < files.length; i++) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(paths.get(i)))) {
        files[i] = in.readAllBytes();
      }
    }
    navs = new ArrayList<>();
    for (byte[] f : files) {
      List<NavRecord> day = new ArrayList<>();
      for (AmfiRow r : AmfiReader.read(f).rows()) {
        r.nav().ifPresent(nav -> day.add(new NavRecord(r.scheme().code(), r.date(), nav)));
      }
      navs.add(day);
    }
  }

  /**
   * All 53 files through the feed into fresh in-memory stores.
   *
   * @return the events published
   */
  @Benchmark
  public long replay() {
    CountingBus bus = new CountingBus();
    NavFeed feed = NavFeed.builder().schemes(new InMemorySchemeStore()).navs(new InMemoryNavStore())
        .events(bus).clock(CLOCK).build();
    long runs = 0;
    for (byte[] f : files) {
      FeedRun run = feed.run(f);
      runs += run.rowsRead();
    }
    return bus.count + runs;
  }

  /**
   * The same files parsed only.
   *
   * @param bh consumes the files
   */
  @Benchmark
  public void baselineParse(Blackhole bh) {
    for (byte[] f : files) {
      bh.consume(AmfiReader.read(f));
    }
  }

  /**
   * The same files parsed, every row and scheme built.
   *
   * @param bh consumes the rows
   */
  @Benchmark
  public void baselineParseAndBuildRows(Blackhole bh) {
    for (byte[] f : files) {
      AmfiFile file = AmfiReader.read(f);
      for (int i = 0; i < file.rows().size(); i++) {
        bh.consume(file.rows().get(i));
      }
    }
  }

  /**
   * The files' NAVs through a fresh in-memory store only, as the feed drives it.
   *
   * @return the NAVs inserted plus the latest NAVs found
   */
  @Benchmark
  public long storeOnly() {
    InMemoryNavStore store = new InMemoryNavStore();
    long n = 0;
    for (List<NavRecord> day : navs) {
      for (NavRecord r : day) {
        n += store.latest(r.scheme()).isPresent() ? 1 : 0;
      }
      n += store.upsert(day).inserted();
    }
    return n;
  }
}
