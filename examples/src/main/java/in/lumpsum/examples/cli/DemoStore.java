package in.lumpsum.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.core.store.Stores;
import in.lumpsum.store.jdbc.JdbcStores;
import in.lumpsum.store.jdbc.StaticKeyProvider;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The stores {@code lumpsum demo} runs on: in memory, or PostgreSQL through lumpsum-store-jdbc with a
 * HikariCP pool. Without {@code --schema} the demo gets a new schema and drops it when done, so runs
 * never collide. The key that encrypts personal data is generated for the run.
 */
final class DemoStore implements AutoCloseable {

  private final Stores stores;
  private final HikariDataSource pool;
  private final String dropSchema;

  private DemoStore(Stores stores, HikariDataSource pool, String dropSchema) {
    this.stores = stores;
    this.pool = pool;
    this.dropSchema = dropSchema;
  }

  /**
   * Opens the stores a {@code --store} option names.
   *
   * @param store {@code memory}, {@code postgres://...}, {@code postgresql://...} or {@code jdbc:postgresql://...}
   * @param schema the schema to use and keep, or null for a new one dropped on close
   * @param out where to say which store is used
   * @return the stores
   * @throws IllegalArgumentException if the store is neither memory nor a PostgreSQL URL
   */
  static DemoStore open(String store, String schema, PrintStream out) {
    if (store == null || store.equalsIgnoreCase("memory")) {
      return new DemoStore(Stores.inMemory(), null, null);
    }
    String url = jdbcUrl(store);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setConnectionTimeout(10_000);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      String name = schema != null ? schema : "lumpsum_demo_" + randomHex();
      JdbcStores jdbc = JdbcStores.builder(pool).schema(name)
          .keyProvider(StaticKeyProvider.generate("demo-run")).build();
      out.println("Store: PostgreSQL, schema " + name + (schema == null ? " (dropped after the run)" : ""));
      return new DemoStore(jdbc.stores(), pool, schema == null ? name : null);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Turns a {@code postgres://} URL into a JDBC URL; passes a JDBC URL through.
   *
   * @param store the URL
   * @return the JDBC URL
   * @throws IllegalArgumentException if it is neither
   */
  static String jdbcUrl(String store) {
    String lower = store.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql://")) {
      return store;
    }
    if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
      return "jdbc:postgresql://" + store.substring(store.indexOf("://") + 3);
    }
    throw new IllegalArgumentException("--store: expected memory, postgres://HOST:PORT/DB?user=.. or "
        + "jdbc:postgresql://..., not '" + store.replaceAll("password=[^&]*", "password=***") + "'");
  }

  private static String randomHex() {
    byte[] b = new byte[5];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  Stores stores() {
    return stores;
  }

  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    try {
      if (dropSchema != null) {
        // The name was made above from a fixed prefix and hex digits: safe to write into the SQL.
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
          st.execute("DROP SCHEMA IF EXISTS \"" + dropSchema + "\" CASCADE");
        } catch (SQLException e) {
          throw new IllegalStateException("dropping demo schema " + dropSchema + " failed", e);
        }
      }
    } finally {
      pool.close();
    }
  }
}
