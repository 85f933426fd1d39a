package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.StoreException;
import in.lumpsum.store.jdbc.internal.Names;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the store's versioned SQL scripts to a schema, recording each in a version table
 * ({@code <prefix>schema_version}).
 *
 * <p>Safe when several instances start at once: the migrator holds a PostgreSQL session advisory lock
 * named after the schema ({@code pg_advisory_lock(hashtext('lumpsum.migrate:<schema>'))}) while it
 * reads the version table and applies what is missing, so one instance migrates and the others find
 * the work done. Each script runs in its own transaction with its version row, so a failure leaves the
 * schema at the previous version. A script already applied whose text has changed is refused
 * (checksum mismatch) rather than silently skipped.
 *
 * <p>Hosts that prefer their own migration tool take the scripts from {@link #scripts()} (or from the
 * jar, {@code in/lumpsum/store/jdbc/schema/V*.sql}) and substitute the placeholders {@code ${schema}}
 * and {@code ${prefix}} themselves, as Flyway placeholders do; then they build the stores with
 * {@code migrate(false)}.
 *
 * @since 0.1.0
 */
public final class JdbcMigrator {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcMigrator.class);
  private static final String DIR = "/in/lumpsum/store/jdbc/schema/";
  /** The scripts in version order; a new schema version adds a file here. */
  private static final List<String> FILES = List.of("V1__stores.sql", "V2__scheme_lineage.sql");

  /**
   * One versioned script.
   *
   * @param version its version, from 1
   * @param description what it does, from its file name
   * @param fileName its file name in the jar
   * @param sql its text, placeholders not substituted
   */
  public record Script(int version, String description, String fileName, String sql) {

    /**
     * Creates a script.
     *
     * @throws NullPointerException if a component is null
     */
    public Script {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(sql, "sql");
    }

    /**
     * Returns the SHA-256 of the script text, as recorded in the version table.
     *
     * @return lower-case hex
     */
    public String checksum() {
      try {
        return HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }
  }

  private final DataSource dataSource;
  private final Names names;

  private JdbcMigrator(DataSource dataSource, Names names) {
    this.dataSource = dataSource;
    this.names = names;
  }

  /**
   * Returns a migrator for a schema and table prefix.
   *
   * @param dataSource the host's data source
   * @param schema the schema name, matching {@code [a-z_][a-z0-9_]{0,39}}
   * @param tablePrefix the table-name prefix, empty or matching {@code [a-z_][a-z0-9_]{0,19}}
   * @return the migrator
   * @throws IllegalArgumentException if a name is not such an identifier
   */
  public static JdbcMigrator of(DataSource dataSource, String schema, String tablePrefix) {
    return new JdbcMigrator(Objects.requireNonNull(dataSource, "dataSource"), new Names(schema, tablePrefix));
  }

  static JdbcMigrator of(DataSource dataSource, Names names) {
    return new JdbcMigrator(dataSource, names);
  }

  /**
   * Returns the scripts shipped in this jar, with their placeholders.
   *
   * @return the scripts, ascending by version
   */
  public static List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    for (String file : FILES) {
      int sep = file.indexOf("__");
      int version = Integer.parseInt(file.substring(1, sep));
      String description = file.substring(sep + 2, file.length() - 4).replace('_', ' ');
      out.add(new Script(version, description, file, resource(DIR + file)));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the optional row-level security script (not applied by {@link #migrate()}), with its
   * placeholders; see {@code docs/POSTGRES.md}.
   *
   * @return the script text
   */
  public static String rowLevelSecurityScript() {
    return resource("/in/lumpsum/store/jdbc/rls/row_level_security.sql");
  }

  /**
   * Returns the scripts with this migrator's schema and prefix substituted, for a host's own tool.
   *
   * @return the SQL texts, ascending by version
   */
  public List<String> renderedScripts() {
    return scripts().stream().map(s -> names.render(s.sql())).toList();
  }

  /**
   * Returns the row-level security script with this migrator's schema and prefix substituted.
   *
   * @return the SQL text
   */
  public String renderedRowLevelSecurityScript() {
    return names.render(rowLevelSecurityScript());
  }

  /**
   * Applies the scripts not yet applied, under the advisory lock.
   *
   * @return the versions this call applied, ascending; empty if the schema was up to date
   * @throws StoreException if the database fails, or an applied script's checksum differs from the
   *     shipped one, or the schema is at a version this jar does not know
   */
  public List<Integer> migrate() {
    String lockName = "lumpsum.migrate:" + names.schema();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
        ps.setString(1, lockName);
        ps.execute();
      }
      try {
        return migrateLocked(c);
      } finally {
        if (!c.isClosed()) {
          if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
          }
          try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            ps.setString(1, lockName);
            ps.execute();
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("migrating schema " + names.schema() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the highest version applied to the schema.
   *
   * @return the version, 0 if none (or no version table)
   * @throws StoreException if the database fails
   */
  public int currentVersion() {
    try (Connection c = dataSource.getConnection()) {
      return applied(c).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    } catch (SQLException e) {
      throw new StoreException("reading the schema version failed: " + e.getMessage(), e);
    }
  }

  private List<Integer> migrateLocked(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS \"" + names.schema() + "\"");
      st.execute("CREATE TABLE IF NOT EXISTS " + names.table("schema_version")
          + " (version integer PRIMARY KEY, description text NOT NULL, checksum text NOT NULL,"
          + " applied_at timestamptz NOT NULL DEFAULT now())");
    }
    c.commit();
    Map<Integer, String> applied = applied(c);
    List<Script> scripts = scripts();
    int known = scripts.get(scripts.size() - 1).version();
    for (Map.Entry<Integer, String> e : applied.entrySet()) {
      if (e.getKey() > known) {
        throw new StoreException("schema " + names.schema() + " is at version " + e.getKey()
            + ", newer than this lumpsum-store-jdbc knows (" + known + ")");
      }
    }
    List<Integer> done = new ArrayList<>();
    for (Script s : scripts) {
      String checksum = applied.get(s.version());
      if (checksum != null) {
        if (!checksum.equals(s.checksum())) {
          throw new StoreException("script " + s.fileName() + " was applied to schema " + names.schema()
              + " with another checksum: a shipped script must never change");
        }
        continue;
      }
      try (Statement st = c.createStatement()) {
        st.execute(names.render(s.sql()));
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + names.table("schema_version")
          + " (version, description, checksum) VALUES (?, ?, ?)")) {
        ps.setInt(1, s.version());
        ps.setString(2, s.description());
        ps.setString(3, s.checksum());
        ps.executeUpdate();
      }
      c.commit();
      LOG.info("Applied {} to schema {}", s.fileName(), names.schema());
      done.add(s.version());
    }
    return List.copyOf(done);
  }

  private Map<Integer, String> applied(Connection c) throws SQLException {
    Map<Integer, String> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT to_regclass(?) IS NOT NULL")) {
      ps.setString(1, names.table("schema_version"));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return out;
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version, checksum FROM " + names.table("schema_version"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    return out;
  }

  private static String resource(String path) {
    try (InputStream in = JdbcMigrator.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("reading " + path + " failed", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcMigrator{schema=" + names.schema() + ", prefix=" + names.prefix() + "}";
  }
}
