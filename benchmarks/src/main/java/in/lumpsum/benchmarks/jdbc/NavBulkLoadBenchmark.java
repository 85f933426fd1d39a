package in.lumpsum.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.store.jdbc.JdbcStores;
import in.lumpsum.store.jdbc.NavLoadResult;
import in.lumpsum.store.jdbc.StaticKeyProvider;
import in.lumpsum.store.jdbc.internal.NavCopy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk-loading NAV history into PostgreSQL, in rows per second ({@value #ROWS} synthetic rows per
 * operation, 4-decimal NAVs, as in AMFI's history):
 *
 * <ul>
 *   <li>{@link #baselineBatchedInserts}: pgjdbc batched {@code INSERT}s of 1,000 rows with
 *       {@code reWriteBatchedInserts=true} (pgjdbc rewrites a batch into multi-row inserts) into an
 *       unindexed, unlogged staging table, one transaction.
 *   <li>{@link #copyToStaging}: the same rows by {@code COPY ... FROM STDIN} (lumpsum-store-jdbc's
 *       encoder) into the same staging table. Issue 6 asks for at least 2.5 times the baseline and
 *       at least 1M rows/s.
 *   <li>{@link #bulkLoadIntoNavTable}: {@code JdbcNavStore.bulkLoad}, COPY and then the merge into the
 *       indexed NAV table (new rows inserted, changed ones recorded as revisions), table emptied before
 *       each operation.
 * </ul>
 *
 * <p>Needs PostgreSQL at {@code LUMPSUM_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); uses and replaces the schema
 * {@code lumpsum_bench}. Run from the project root:
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar NavBulkLoadBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class NavBulkLoadBenchmark {

  /** Rows per operation: 500 schemes x 400 days. */
  static final int ROWS = 200_000;

  private static final String STAGE = BenchDb.SCHEMA + ".nav_stage";

  private List<NavRecord> rows;
  private HikariDataSource plain;
  private HikariDataSource rewriting;
  private JdbcStores stores;

  /**
   * Makes the rows, the staging table and the store.
   *
   * @throws SQLException if the server fails
   */
  @Setup
  public void setUp() throws SQLException {
    rows = BenchDb.history(500, 400, 6);
    plain = BenchDb.pool(2, null);
    rewriting = BenchDb.pool(2, "reWriteBatchedInserts=true");
    try (Connection c = plain.getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + BenchDb.SCHEMA);
      st.execute("DROP TABLE IF EXISTS " + STAGE);
      // A staging table: no index, no WAL (UNLOGGED), as the store's own temporary staging table.
      st.execute("CREATE UNLOGGED TABLE " + STAGE + " (scheme integer, nav_date date, nav numeric)");
    }
    stores = JdbcStores.builder(plain).schema(BenchDb.SCHEMA).tablePrefix("load_")
        .keyProvider(StaticKeyProvider.generate("bench")).bulkChunkRows(ROWS).build();
  }

  /**
   * Empties the staging and NAV tables before each operation.
   *
   * @throws SQLException if the server fails
   */
  @Setup(Level.Invocation)
  public void empty() throws SQLException {
    try (Connection c = plain.getConnection(); Statement st = c.createStatement()) {
      st.execute("TRUNCATE " + STAGE);
      st.execute("TRUNCATE " + BenchDb.SCHEMA + ".load_nav, " + BenchDb.SCHEMA + ".load_nav_revision");
    }
  }

  /** Closes the pools. */
  @TearDown
  public void tearDown() {
    plain.close();
    rewriting.close();
  }

  /**
   * Batched inserts with {@code reWriteBatchedInserts=true}: the baseline.
   *
   * @return rows inserted
   * @throws SQLException if the server fails
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int baselineBatchedInserts() throws SQLException {
    try (Connection c = rewriting.getConnection()) {
      c.setAutoCommit(false);
      int n = 0;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO " + STAGE + " (scheme, nav_date, nav) VALUES (?, ?, ?)")) {
        for (NavRecord r : rows) {
          ps.setInt(1, r.scheme().value());
          ps.setObject(2, r.date());
          ps.setBigDecimal(3, r.nav().value());
          ps.addBatch();
          if (++n % 1_000 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      return n;
    }
  }

  /**
   * COPY into the same staging table.
   *
   * @return rows copied
   * @throws SQLException if the server fails
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long copyToStaging() throws SQLException {
    try (Connection c = plain.getConnection()) {
      c.setAutoCommit(false);
      long n = NavCopy.copy(c, "COPY " + STAGE + " (scheme, nav_date, nav) FROM STDIN", rows.iterator(),
          -1, Long.MAX_VALUE);
      c.commit();
      return n;
    }
  }

  /**
   * The store's bulk load: COPY, then the merge into the indexed NAV table.
   *
   * @return the load's result
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public NavLoadResult bulkLoadIntoNavTable() {
    return stores.navs().bulkLoad(rows.iterator(), NavLoadResult.LoadPath.COPY);
  }
}
