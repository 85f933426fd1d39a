package in.lumpsum.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.calc.portfolio.PortfolioValuation;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemoryPortfolioStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.PortfolioStore;
import in.lumpsum.store.jdbc.JdbcNavStore;
import in.lumpsum.store.jdbc.JdbcStores;
import in.lumpsum.store.jdbc.StaticKeyProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read latency on PostgreSQL (JMH sample time: read p50/p99/p99.9 off the percentiles JMH prints),
 * each beside the in-memory store on the same data as its baseline:
 *
 * <ul>
 *   <li>{@link #onOrBeforePostgres} / {@link #baselineOnOrBeforeInMemory}: the NAV of a random scheme
 *       on or before a random date (one primary-key probe). Issue 6 asks for p99 under 5 ms.
 *   <li>{@link #valuePortfolioPostgres} / {@link #baselineValuePortfolioInMemory}: read a 50-holding
 *       portfolio (100 transactions, folios encrypted) and value it with {@code PortfolioValuation} on
 *       a random date (the 50 NAVs on or before it in one round trip, through
 *       {@code NavStore.onOrBefore(schemes, date)}). Issue 6 asks for p99 under 20 ms.
 * </ul>
 *
 * <p>The NAV table holds {@code schemes x days} synthetic daily NAVs (default 2,000 x 2,500: 5M rows),
 * loaded once into the schema {@code lumpsum_bench} (tables {@code lat_*}) and reused while the size
 * matches. Needs PostgreSQL at {@code LUMPSUM_PG_URL}. Run from the project root:
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar NavLatencyBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class NavLatencyBenchmark {

  private static final LocalDate START = LocalDate.of(2000, 1, 3);
  private static final PortfolioId PORTFOLIO = PortfolioId.of("bench-50");

  /** Schemes in the NAV table. */
  @Param("2000")
  public int schemes;

  /** Days of history per scheme. */
  @Param("2500")
  public int days;

  private HikariDataSource pool;
  private JdbcNavStore postgres;
  private PortfolioStore postgresPortfolios;
  private final InMemoryNavStore memory = new InMemoryNavStore();
  private final InMemoryPortfolioStore memoryPortfolios = new InMemoryPortfolioStore();
  private final SplittableRandom random = new SplittableRandom(6);

  /** Loads the history (unless already there) and the 50-holding portfolio. */
  @Setup
  public void setUp() {
    pool = BenchDb.pool(4, null);
    JdbcStores stores = JdbcStores.builder(pool).schema(BenchDb.SCHEMA).tablePrefix("lat_")
        .keyProvider(StaticKeyProvider.generate("bench")).build();
    postgres = stores.navs();
    postgresPortfolios = stores.portfolios();
    List<NavRecord> history = BenchDb.history(schemes, days, 6);
    Optional<NavRecord> last = postgres.latest(SchemeCode.of(100_000 + schemes - 1));
    boolean loaded = last.isPresent() && last.get().date().equals(START.plusDays(days - 1))
        && postgres.latest(SchemeCode.of(100_000 + schemes)).isEmpty();
    if (!loaded) {
      try (var c = pool.getConnection(); var st = c.createStatement()) {
        st.execute("TRUNCATE " + BenchDb.SCHEMA + ".lat_nav, " + BenchDb.SCHEMA + ".lat_nav_revision");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      stores.navs().bulkLoad(history.iterator());
      try (var c = pool.getConnection(); var st = c.createStatement()) {
        st.execute("ANALYZE " + BenchDb.SCHEMA + ".lat_nav");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    for (int s = 0; s < schemes; s++) {
      memory.upsert(history.subList(s * days, (s + 1) * days));
    }
    Portfolio p = portfolio();
    postgresPortfolios.delete(p.owner(), PORTFOLIO);
    postgresPortfolios.create(p);
    memoryPortfolios.create(p);
  }

  /** Closes the pool. */
  @TearDown
  public void tearDown() {
    pool.close();
  }

  // 50 holdings spread over the schemes, each bought twice early in the history.
  private Portfolio portfolio() {
    List<Transaction> txs = new ArrayList<>();
    for (int h = 0; h < 50; h++) {
      SchemeCode code = SchemeCode.of(100_000 + h * (schemes / 50));
      for (int k = 0; k < 2; k++) {
        txs.add(Transaction.builder().id(TransactionId.of("t" + h + "-" + k)).schemeCode(code)
            .folio(FolioKey.of(Amc.of("Bench Mutual Fund"), "10" + h + "/" + k))
            .type(TransactionType.PURCHASE).tradeDate(START.plusDays(k))
            .amount(Money.ofRupees(10_000)).units(Units.of(new BigDecimal("100.000"))).build());
      }
    }
    return Portfolio.builder().id(PORTFOLIO).owner(InvestorId.of("bench")).name("Fifty holdings")
        .transactions(txs).build();
  }

  private SchemeCode randomScheme() {
    return SchemeCode.of(100_000 + random.nextInt(schemes));
  }

  private LocalDate randomDate() {
    return START.plusDays(random.nextInt(days + 30));
  }

  /**
   * On or before, PostgreSQL.
   *
   * @return the NAV found
   */
  @Benchmark
  public Optional<NavRecord> onOrBeforePostgres() {
    return postgres.onOrBefore(randomScheme(), randomDate());
  }

  /**
   * On or before, in memory: the baseline.
   *
   * @return the NAV found
   */
  @Benchmark
  public Optional<NavRecord> baselineOnOrBeforeInMemory() {
    return memory.onOrBefore(randomScheme(), randomDate());
  }

  /**
   * Read and value the 50-holding portfolio, PostgreSQL.
   *
   * @return the valuation
   */
  @Benchmark
  public PortfolioValuation valuePortfolioPostgres() {
    Portfolio p = postgresPortfolios.find(PORTFOLIO).orElseThrow();
    return PortfolioValuation.of(p.transactions(), postgres, randomDate());
  }

  /**
   * Read and value the 50-holding portfolio, in memory: the baseline.
   *
   * @return the valuation
   */
  @Benchmark
  public PortfolioValuation baselineValuePortfolioInMemory() {
    Portfolio p = memoryPortfolios.find(PORTFOLIO).orElseThrow();
    return PortfolioValuation.of(p.transactions(), memory, randomDate());
  }
}
