package in.lumpsum.store.jdbc.internal;

import in.lumpsum.core.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs units of work on a {@link DataSource}: one connection, one transaction, commit or roll back,
 * {@link SQLException} wrapped in {@link StoreException}.
 */
public final class Sql {

  /**
   * Work done on a connection.
   *
   * @param <T> the result
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param c the connection, in a transaction
     * @return the result
     * @throws SQLException if the database fails
     */
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final Names names;

  /**
   * Creates a runner.
   *
   * @param dataSource the host's data source
   * @param names the schema and table names
   */
  public Sql(DataSource dataSource, Names names) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * Returns the names of the schema and tables.
   *
   * @return the names
   */
  public Names names() {
    return names;
  }

  /**
   * Returns the data source.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs work in one transaction: committed if it returns, rolled back if it throws.
   *
   * @param what what the work does, for the error message
   * @param work the work
   * @param <T> the result
   * @return the work's result
   * @throws StoreException if the database fails; lumpsum exceptions thrown by the work pass through
   */
  public <T> T tx(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        restore(c, auto);
      }
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a read: one statement needs no transaction, so the connection stays in auto-commit.
   *
   * @param what what the work does, for the error message
   * @param work the work
   * @param <T> the result
   * @return the work's result
   * @throws StoreException if the database fails
   */
  public <T> T read(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      if (!c.isClosed()) {
        c.rollback();
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void restore(Connection c, boolean auto) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      // The connection is broken; the pool discards it. Nothing to restore.
    }
  }
}
