package in.lumpsum.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A test class's own schema, created on first use under a random name and dropped by
 * {@link #drop()} (call it from {@code @AfterAll}) or, failing that, when the JVM exits. jqwik
 * properties do not run JUnit's {@code @BeforeAll}/{@code @AfterAll}, so creation is lazy and a
 * dropped schema is created again if a property needs it afterwards.
 */
final class TestSchema {

  private String schema;
  private JdbcStores stores;

  /**
   * Returns the stores on this schema, creating it if needed.
   *
   * @return the stores
   */
  synchronized JdbcStores stores() {
    if (stores == null) {
      String name = Pg.randomSchema();
      stores = JdbcStores.builder(Pg.pool()).schema(name).keyProvider(Pg.KEYS).build();
      schema = name;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          Pg.drop(name);
        } catch (RuntimeException e) {
          // The server went away first: nothing to clean.
        }
      }));
    }
    return stores;
  }

  /**
   * Returns the stores on this schema after emptying every table.
   *
   * @return the stores, empty
   */
  synchronized JdbcStores fresh() {
    JdbcStores s = stores();
    String t = "\"" + schema + "\".\"ls_";
    try (Connection c = Pg.pool().getConnection(); Statement st = c.createStatement()) {
      st.execute("TRUNCATE " + t + "scheme\", " + t + "nav\", " + t + "nav_revision\", " + t + "investor\", "
          + t + "investor_profile\", " + t + "goal\", " + t + "portfolio\", " + t + "transaction\", "
          + t + "scheme_rename\"");
    } catch (SQLException e) {
      throw new IllegalStateException("emptying " + schema + " failed", e);
    }
    return s;
  }

  /**
   * Returns the schema's name, creating it if needed.
   *
   * @return the name
   */
  synchronized String name() {
    stores();
    return schema;
  }

  /** Drops the schema, if it was created. */
  synchronized void drop() {
    if (schema != null) {
      Pg.drop(schema);
      schema = null;
      stores = null;
    }
  }
}
