package in.lumpsum.benchmarks.jdbc;

import in.lumpsum.benchmarks.DataDir;
import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.funds.history.ArchiveScheme;
import in.lumpsum.funds.history.NavArchive2016;
import in.lumpsum.store.jdbc.JdbcStores;
import in.lumpsum.store.jdbc.NavLoadResult;
import in.lumpsum.store.jdbc.StaticKeyProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the 2016 NAV history archive (31,944 per-scheme files, about 14.6 million NAVs, in a 15.5 MB
 * {@code tar.xz}) into a fresh PostgreSQL schema through {@code JdbcNavStore.bulkLoad} (COPY into a
 * staging table, then a merge into the indexed NAV table, 500,000 rows a transaction), and prints
 * the files, NAVs, seconds and rows per second, beside a baseline in the same run: the same archive
 * decompressed, parsed and walked with nothing stored. What the load adds over the baseline is the
 * database's share.
 *
 * <p>Issue 6 asks for "the whole 2016 archive in {@code ../shared/data} (31,944 files) loaded with its
 * rows per second reported". One timed pass each, so the figures are indicative, not a JMH
 * measurement; {@link NavBulkLoadBenchmark} measures COPY against batched inserts with JMH.
 *
 * <p>While the store loads, the archive is read on a second thread (the reader hands whole files to
 * the loader through a bounded queue), as a host loading history would do; the baseline reads on one
 * thread. The schema is {@code lumpsum_archive_<random>}, created with the tables and dropped at the
 * end unless {@code --keep} is given. The server is {@code LUMPSUM_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); the archive is found under
 * {@code LUMPSUM_DATA_DIR}, else {@code ../shared/data}, or given with {@code --archive}.
 *
 * <p>Run from the project root after {@code mvn -B -q -pl benchmarks -am package -DskipTests}:
 *
 * <pre>java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar in.lumpsum.benchmarks.jdbc.ArchiveToPostgres</pre>
 *
 * <p>and for a quick smoke, the first 2,000 files only: add {@code --limit 2000}.
 */
public final class ArchiveToPostgres {

  private static final String ARCHIVE = "nav-history-2016-utkarshohm/mf_nav-all-amcs-to-2016.tar.xz";
  /** Whole files waiting for the loader; a file holds a few hundred NAVs on average. */
  private static final int QUEUE_FILES = 256;

  private ArchiveToPostgres() {}

  /**
   * Runs the baseline and the load and prints the figures.
   *
   * @param args {@code --limit N} to read only the first N files, {@code --keep} to keep the schema,
   *     {@code --archive PATH} to name the {@code tar.xz}
   * @throws Exception if the archive cannot be read or the server fails
   */
  public static void main(String[] args) throws Exception {
    int limit = Integer.MAX_VALUE;
    boolean keep = false;
    Path archive = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--limit" -> limit = positive(args, ++i);
        case "--keep" -> keep = true;
        case "--archive" -> archive = Path.of(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i]
            + "': expected --limit N, --keep or --archive PATH");
      }
    }
    if (archive == null) {
      archive = DataDir.path().resolve(ARCHIVE);
    }
    if (!Files.isRegularFile(archive)) {
      throw new IllegalArgumentException("archive: no file at " + archive.toAbsolutePath().normalize()
          + " (set LUMPSUM_DATA_DIR or pass --archive)");
    }
    System.out.printf("# %s %s, max heap %d MiB, %d CPUs; %s%s%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(), archive,
        limit == Integer.MAX_VALUE ? "" : ", first " + limit + " files only");

    // Baseline: decompress, parse and walk every file, storing nothing.
    long[] walked = new long[2];
    long t0 = System.nanoTime();
    int baselineFiles = NavArchive2016.forEach(archive, limit, s -> {
      walked[0]++;
      walked[1] += s.history().values().size();
    });
    double walkSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("baseline, decompress + parse + walk only: %,d files, %,d NAVs in %.2f s = %,.0f NAVs/s%n",
        baselineFiles, walked[1], walkSeconds, walked[1] / walkSeconds);

    String schema = "lumpsum_archive_" + HexFormat.of().formatHex(randomBytes());
    try (HikariDataSource pool = BenchDb.pool(2, null)) {
      JdbcStores stores = JdbcStores.builder(pool).schema(schema)
          .keyProvider(StaticKeyProvider.generate("archive-bench")).build();
      try {
        FileFeed feed = new FileFeed(archive, limit);
        t0 = System.nanoTime();
        NavLoadResult result = stores.navs().bulkLoad(feed);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        feed.finish();
        long tableRows = count(pool, schema);
        // A file may list a date twice with the same NAV (the parser rejects conflicting repeats):
        // the merge keeps one row, so the rows sent exceed the rows stored by the repeats.
        long repeats = result.rows() - result.inserted() - result.corrected() - result.unchanged();
        System.out.printf("load via JdbcNavStore.bulkLoad (%s): %,d files (%,d without NAVs), %,d NAVs sent"
                + " (%,d repeated dates), %,d inserted, %,d corrected, %,d unchanged; %,d rows in the table;"
                + " %.2f s = %,.0f rows sent/s (%.2f s over the baseline)%n", result.path(), feed.files,
            feed.emptyFiles, result.rows(), repeats, result.inserted(), result.corrected(),
            result.unchanged(), tableRows, loadSeconds, result.rows() / loadSeconds,
            loadSeconds - walkSeconds);
        if (feed.points != walked[1] || tableRows != result.inserted()) {
          throw new IllegalStateException("counts disagree: baseline " + walked[1] + " NAVs, sent "
              + feed.points + ", table " + tableRows + ", inserted " + result.inserted());
        }
      } finally {
        if (keep) {
          System.out.println("kept schema " + schema);
        } else {
          drop(pool, schema);
        }
      }
    }
  }

  /**
   * The archive's NAVs as an iterator for {@code bulkLoad}: a reader thread runs
   * {@link NavArchive2016#forEach} and hands each file's records over a bounded queue.
   */
  private static final class FileFeed implements Iterator<NavRecord> {
    private static final List<NavRecord> END = Collections.emptyList();

    private final BlockingQueue<List<NavRecord>> queue = new ArrayBlockingQueue<>(QUEUE_FILES);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread reader;
    private Iterator<NavRecord> current = Collections.emptyIterator();
    private boolean ended;
    // Written by the reader thread; read after finish() has joined it.
    private volatile int files;
    private volatile int emptyFiles;
    private volatile long points;

    FileFeed(Path archive, int limit) {
      reader = new Thread(() -> {
        try {
          files = NavArchive2016.forEach(archive, limit, this::offer);
        } catch (Throwable e) {
          failure.set(e);
        } finally {
          put(END);
        }
      }, "archive-reader");
      reader.setDaemon(true);
      reader.start();
    }

    private void offer(ArchiveScheme scheme) {
      List<NavPoint> values = scheme.history().values();
      if (values.isEmpty()) {
        emptyFiles++;
        return;
      }
      List<NavRecord> records = new ArrayList<>(values.size());
      for (NavPoint p : values) {
        records.add(new NavRecord(scheme.code(), p.date(), Nav.of(p.nav())));
      }
      points += records.size();
      put(records);
    }

    private void put(List<NavRecord> records) {
      try {
        queue.put(records);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("archive reader interrupted", e);
      }
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (ended) {
          return false;
        }
        List<NavRecord> next;
        try {
          next = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted waiting for the archive reader", e);
        }
        if (next == END) {
          ended = true;
          if (failure.get() != null) {
            throw new IllegalStateException("reading the archive failed", failure.get());
          }
          return false;
        }
        current = next.iterator();
      }
      return true;
    }

    @Override
    public NavRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    /** Waits for the reader thread, so that its counts are final. */
    void finish() throws InterruptedException {
      reader.join();
    }
  }

  private static long count(HikariDataSource pool, String schema) throws SQLException {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + schema + "\".ls_nav")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void drop(HikariDataSource pool, String schema) throws SQLException {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
    System.out.println("dropped schema " + schema);
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[6];
    new SecureRandom().nextBytes(b);
    return b;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + ": a value is missing");
    }
    return args[i];
  }

  private static int positive(String[] args, int i) {
    String v = value(args, i);
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--limit: must be a positive whole number (got '" + v + "')");
  }
}
