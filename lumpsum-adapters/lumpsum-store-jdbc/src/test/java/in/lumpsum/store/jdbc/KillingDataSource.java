package in.lumpsum.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections get killed by the server mid-transaction: after a chosen number of
 * {@code prepareStatement}/{@code createStatement}/{@code commit} calls on a connection, a second
 * connection runs {@code pg_terminate_backend} on its backend (waiting until it is gone), and the call
 * then proceeds against the dead connection, as when a database restarts or a network drops.
 */
final class KillingDataSource implements DataSource {

  private volatile int killAtCall = -1;
  private volatile boolean killed;

  /**
   * Arms the next connection: it is killed just before its {@code call}th statement or commit.
   *
   * @param call 1 or more, or -1 for no kill
   */
  void killAt(int call) {
    this.killAtCall = call;
    this.killed = false;
  }

  /**
   * Tells whether the armed kill happened.
   *
   * @return true if a backend was terminated since {@link #killAt}
   */
  boolean killed() {
    return killed;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = Pg.connect();
    int pid;
    try (Statement st = real.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      pid = rs.getInt(1);
    }
    int armed = killAtCall;
    int[] calls = {0};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (armed > 0 && (name.equals("prepareStatement") || name.equals("createStatement")
              || name.equals("commit")) && ++calls[0] == armed) {
            terminate(pid);
            killed = true;
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static void terminate(int pid) throws SQLException {
    try (Connection admin = Pg.connect();
        PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
      ps.setInt(1, pid);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          throw new IllegalStateException("backend " + pid + " was not terminated");
        }
      }
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
