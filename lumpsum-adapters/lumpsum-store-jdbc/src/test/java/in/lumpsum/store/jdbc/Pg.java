package in.lumpsum.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.store.jdbc.spi.KeyProvider;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import javax.sql.DataSource;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the tests use: {@code LUMPSUM_PG_URL}, by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. When it cannot be reached a test is
 * skipped with a visible message, or fails under CI ({@code CI=true}), as DEVELOPERS.md says. Register
 * this class on a test class with both {@code @ExtendWith(Pg.class)} (JUnit) and
 * {@code @AddLifecycleHook(Pg.class)} (jqwik).
 */
public final class Pg implements ExecutionCondition, SkipExecutionHook {

  /** The JDBC URL of the test server. */
  public static final String URL = url();

  private static volatile Boolean reachable;
  private static volatile HikariDataSource pool;

  private static String url() {
    String env = System.getenv("LUMPSUM_PG_URL");
    if (env == null || env.isBlank()) {
      return "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    }
    // postgres://host:port/db?user=.. is accepted as well as a JDBC URL.
    return env.startsWith("jdbc:") ? env : "jdbc:" + env.replaceFirst("^postgres(ql)?:", "postgresql:");
  }

  /** Creates the condition (instantiated by JUnit and jqwik). */
  public Pg() {}

  static boolean reachable() {
    if (reachable == null) {
      synchronized (Pg.class) {
        if (reachable == null) {
          try (Connection c = connect()) {
            reachable = c.isValid(5);
          } catch (SQLException e) {
            reachable = false;
          }
        }
      }
    }
    return reachable;
  }

  private static String skipMessage() {
    return "SKIPPED (no PostgreSQL at " + URL.replaceAll("password=[^&]*", "password=***")
        + "): start it as DEVELOPERS.md says, or set LUMPSUM_PG_URL";
  }

  private static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (reachable() || ci()) {
      // Under CI an unreachable server makes the test fail when it connects, never skip.
      return ConditionEvaluationResult.enabled("PostgreSQL reachable, or CI=true");
    }
    System.err.println(skipMessage());
    return ConditionEvaluationResult.disabled(skipMessage());
  }

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (reachable() || ci()) {
      return SkipResult.doNotSkip();
    }
    System.err.println(skipMessage());
    return SkipResult.skip(skipMessage());
  }

  /**
   * Opens a new, unpooled connection.
   *
   * @return the connection
   * @throws SQLException if the server cannot be reached
   */
  static Connection connect() throws SQLException {
    Properties p = new Properties();
    p.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(URL, p);
  }

  /**
   * Returns the shared HikariCP pool (tests only: the store itself forces no pool).
   *
   * @return the pool
   */
  static DataSource pool() {
    if (pool == null) {
      synchronized (Pg.class) {
        if (pool == null) {
          pool = newPool(12);
        }
      }
    }
    return pool;
  }

  /**
   * Returns a new pool, as a second lumpsum instance would have.
   *
   * @param size the pool size
   * @return the pool; close it when done
   */
  static HikariDataSource newPool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(URL);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  /**
   * Returns a fresh random schema name, so that test classes and concurrent runs never collide.
   *
   * @return such as {@code lumpsum_t_3f9a0c1b2d4e}
   */
  static String randomSchema() {
    byte[] b = new byte[6];
    new SecureRandom().nextBytes(b);
    return "lumpsum_t_" + HexFormat.of().formatHex(b);
  }

  /**
   * Drops a schema and everything in it.
   *
   * @param schema the schema, as made by {@link #randomSchema()}
   */
  static void drop(String schema) {
    if (!schema.matches("lumpsum_t_[0-9a-f]{12}")) {
      throw new IllegalArgumentException("not a test schema: " + schema);
    }
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("dropping test schema " + schema + " failed", e);
    }
  }

  /** One random key for the test JVM. */
  static final KeyProvider KEYS = StaticKeyProvider.generate("test-1");
}
