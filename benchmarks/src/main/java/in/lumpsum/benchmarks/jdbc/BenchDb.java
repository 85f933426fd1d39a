package in.lumpsum.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The PostgreSQL server and synthetic NAV history the JDBC benchmarks share. The server is
 * {@code LUMPSUM_PG_URL}, by default {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
final class BenchDb {

  /** The schema the benchmarks own; dropped and rebuilt when its contents do not match. */
  static final String SCHEMA = "lumpsum_bench";

  private BenchDb() {}

  /**
   * Returns the JDBC URL of the benchmark server.
   *
   * @return the URL
   */
  static String url() {
    String env = System.getenv("LUMPSUM_PG_URL");
    String url = env == null || env.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : env;
    return url.startsWith("jdbc:") ? url : "jdbc:" + url.replaceFirst("^postgres(ql)?:", "postgresql:");
  }

  /**
   * Returns a pool on the server.
   *
   * @param size the pool size
   * @param extraParameter a URL parameter to add, such as {@code reWriteBatchedInserts=true}, or null
   * @return the pool
   */
  static HikariDataSource pool(int size, String extraParameter) {
    String url = url();
    if (extraParameter != null) {
      url += (url.contains("?") ? "&" : "?") + extraParameter;
    }
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setMaximumPoolSize(size);
    return new HikariDataSource(c);
  }

  /**
   * Returns synthetic daily NAV history: a random walk per scheme with 4 decimals, as AMFI publishes.
   *
   * @param schemes how many schemes, codes from 100000
   * @param days how many consecutive days from 2000-01-03
   * @param seed the random seed
   * @return schemes x days records, by scheme then date
   */
  static List<NavRecord> history(int schemes, int days, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NavRecord> out = new ArrayList<>(schemes * days);
    LocalDate start = LocalDate.of(2000, 1, 3);
    for (int s = 0; s < schemes; s++) {
      SchemeCode code = SchemeCode.of(100_000 + s);
      long tenThousandths = 100_000 + random.nextInt(900_000);
      for (int d = 0; d < days; d++) {
        tenThousandths = Math.max(1_000, tenThousandths + random.nextInt(-1_500, 1_600));
        out.add(new NavRecord(code, start.plusDays(d), Nav.of(BigDecimal.valueOf(tenThousandths, 4))));
      }
    }
    return out;
  }
}
