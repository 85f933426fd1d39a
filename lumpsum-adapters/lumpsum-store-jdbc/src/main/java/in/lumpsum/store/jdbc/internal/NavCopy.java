package in.lumpsum.store.jdbc.internal;

import in.lumpsum.core.store.spi.NavRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams NAV records to PostgreSQL with {@code COPY ... FROM STDIN} (text format), encoding rows
 * straight into a byte buffer. Only this class touches pgjdbc types, so the store works without
 * pgjdbc on the class path (it then never loads this class).
 */
public final class NavCopy {

  private static final int BUFFER = 1 << 16;

  private NavCopy() {}

  /**
   * Tells whether pgjdbc is on the class path.
   *
   * @return true if {@code org.postgresql.PGConnection} can be loaded
   */
  public static boolean pgjdbcPresent() {
    try {
      Class.forName("org.postgresql.PGConnection", false, NavCopy.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Tells whether a connection can COPY: pgjdbc is present and the connection unwraps to it.
   *
   * @param c the connection
   * @return true if {@link #copy} can use it
   * @throws SQLException if the connection fails
   */
  public static boolean canCopy(Connection c) throws SQLException {
    return pgjdbcPresent() && c.isWrapperFor(PGConnection.class);
  }

  /**
   * Copies up to {@code maxRows} records into a table whose columns are given.
   *
   * @param c the connection (unwrapped to pgjdbc here)
   * @param copySql the statement, such as {@code COPY t (seq, scheme, nav_date, nav) FROM STDIN}
   * @param records the source, advanced by the rows copied
   * @param firstSeq the sequence number of the first row, or -1 to write no sequence column
   * @param maxRows the most rows to copy
   * @return the rows copied
   * @throws SQLException if the copy fails
   */
  public static long copy(Connection c, String copySql, Iterator<NavRecord> records, long firstSeq,
      long maxRows) throws SQLException {
    CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    long rows = 0;
    try {
      byte[] buf = new byte[BUFFER];
      int at = 0;
      while (rows < maxRows && records.hasNext()) {
        NavRecord r = records.next();
        if (at > BUFFER - 128) {
          in.writeToCopy(buf, 0, at);
          at = 0;
        }
        if (firstSeq >= 0) {
          at = putLong(buf, at, firstSeq + rows);
          buf[at++] = '\t';
        }
        at = putLong(buf, at, r.scheme().value());
        buf[at++] = '\t';
        at = putDate(buf, at, r.date());
        buf[at++] = '\t';
        String nav = r.nav().value().toPlainString();
        if (at + nav.length() + 1 > BUFFER) {
          in.writeToCopy(buf, 0, at);
          at = 0;
        }
        at += copyAscii(nav, buf, at);
        buf[at++] = '\n';
        rows++;
      }
      if (at > 0) {
        in.writeToCopy(buf, 0, at);
      }
      in.endCopy();
      return rows;
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static int copyAscii(String s, byte[] buf, int at) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, buf, at, b.length);
    return b.length;
  }

  private static int putLong(byte[] buf, int at, long v) {
    if (v < 0) {
      buf[at++] = '-';
      v = -v;
    }
    if (v == 0) {
      buf[at++] = '0';
      return at;
    }
    int start = at;
    while (v > 0) {
      buf[at++] = (byte) ('0' + (v % 10));
      v /= 10;
    }
    for (int i = start, j = at - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    return at;
  }

  private static int putDate(byte[] buf, int at, LocalDate d) {
    int y = d.getYear();
    buf[at++] = (byte) ('0' + y / 1000 % 10);
    buf[at++] = (byte) ('0' + y / 100 % 10);
    buf[at++] = (byte) ('0' + y / 10 % 10);
    buf[at++] = (byte) ('0' + y % 10);
    buf[at++] = '-';
    buf[at++] = (byte) ('0' + d.getMonthValue() / 10);
    buf[at++] = (byte) ('0' + d.getMonthValue() % 10);
    buf[at++] = '-';
    buf[at++] = (byte) ('0' + d.getDayOfMonth() / 10);
    buf[at++] = (byte) ('0' + d.getDayOfMonth() % 10);
    return at;
  }
}
