package in.lumpsum.funds.history;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads one scheme's NAV history in the format of utkarshohm/mf-nav-data (to 2016): one
 * {@code DD/MM/YYYY,nav} row a line, no header, newest first, NAVs rounded to 2 decimals.
 *
 * <p>The result is partial success: every non-blank line is either a {@link NavPoint} among the
 * values (in file order) or one {@link Problem} with one of the reasons below. Dates are strict
 * ({@code 31/02/2015} is a problem, not 3 March). A row repeating a date already read with the same
 * NAV is kept (a {@link in.lumpsum.core.nav.NavSeries} counts it once); a row giving a different NAV
 * for a date already read is reported ({@link #REASON_CONFLICT}) and the first row kept, since the
 * file gives no way to tell which is right. Both kinds occur in the real archive (about 12,200
 * conflicting rows in 194 of its 24,583 non-empty files), as do negative NAVs and binary junk.
 *
 * <p>Line endings LF and CRLF are accepted; blank lines are skipped. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class NavHistoryFile {

  /** Reason of a line that is not {@code date,nav}. */
  public static final String REASON_SHAPE = "not a DD/MM/YYYY,nav row";
  /** Reason of a row whose date is not a real {@code DD/MM/YYYY} date from 1900 to 2999. */
  public static final String REASON_DATE = "date is not a valid DD/MM/YYYY date";
  /** Reason of a row whose NAV is not a plain decimal number. */
  public static final String REASON_NAV = "NAV is not a decimal number";
  /** Reason of a row whose NAV is zero or negative. */
  public static final String REASON_NON_POSITIVE = "NAV is zero or negative";
  /** Reason of a row whose NAV has more than 8 decimals or is not below 10^10. */
  public static final String REASON_RANGE = "NAV is out of range (over 8 decimals or not below 10^10)";
  /** Reason of a row giving a different NAV for a date an earlier row gave. */
  public static final String REASON_CONFLICT = "another NAV was read for the same date";

  private NavHistoryFile() {}

  /**
   * Reads a history file.
   *
   * @param file the file
   * @return the rows read, in file order, and one problem per row not read
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ParseResult<NavPoint> read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return read(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a history from a stream, to its end; the stream is not closed.
   *
   * @param in the bytes of one file
   * @return the rows read, in file order, and one problem per row not read
   * @throws UncheckedIOException if the stream fails
   */
  public static ParseResult<NavPoint> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NAV history stream", e);
    }
  }

  /**
   * Reads a history held in memory.
   *
   * @param bytes the bytes of one file
   * @return the rows read, in file order, and one problem per row not read
   */
  public static ParseResult<NavPoint> read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return read(bytes, 0, bytes.length);
  }

  /**
   * Reads a history from part of an array.
   *
   * @param b the bytes
   * @param offset the first byte of the file
   * @param length the length of the file in bytes
   * @return the rows read, in file order, and one problem per row not read
   * @throws IndexOutOfBoundsException if the range lies outside the array
   */
  public static ParseResult<NavPoint> read(byte[] b, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, b.length);
    Rowset rows = new Rowset();
    List<Problem> problems = new ArrayList<>();
    int end = offset + length;
    long line = 0;
    for (int start = offset; start < end; ) {
      int nl = start;
      while (nl < end && b[nl] != '\n') {
        nl++;
      }
      int to = nl > start && b[nl - 1] == '\r' ? nl - 1 : nl;
      line++;
      if (!Rows.blank(b, start, to)) {
        String reason = row(b, start, to, rows, line);
        if (reason != null) {
          problems.add(Problem.row(line, Rows.raw(b, start, to), reason));
        }
      }
      start = nl + 1;
    }
    return rows.result(b, problems);
  }

  /** Reads one non-blank line into {@code rows}; returns null, or the reason it was not read. */
  private static String row(byte[] b, int from, int to, Rowset rows, long line) {
    int comma = -1;
    for (int i = from; i < to; i++) {
      if (b[i] == ',') {
        if (comma >= 0) {
          return REASON_SHAPE;
        }
        comma = i;
      }
    }
    if (comma < 0) {
      return REASON_SHAPE;
    }
    int day = Rows.ddmmyyyy(b, from, comma, (byte) '/');
    if (day == Rows.NO_DATE) {
      return REASON_DATE;
    }
    int i = comma + 1;
    int last = to;
    while (i < last && b[i] == ' ') {
      i++;
    }
    while (last > i && b[last - 1] == ' ') {
      last--;
    }
    boolean negative = i < last && b[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (int k = i; k < last; k++) {
      byte c = b[k];
      if (c == '.' && scale < 0) {
        scale = 0;
      } else if (c >= '0' && c <= '9') {
        if (digits == 18) {
          // More significant digits than a long holds: far beyond any NAV.
          return REASON_RANGE;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (unscaled != 0) {
          digits++;
        }
        if (scale >= 0) {
          scale++;
        }
      } else {
        return REASON_NAV;
      }
    }
    if (last - i == 0 || last - i == 1 && scale == 0) {
      return REASON_NAV;
    }
    if (negative || unscaled == 0) {
      return REASON_NON_POSITIVE;
    }
    scale = Math.max(scale, 0);
    // Below 10^10 at scale <= 8 means an unscaled value below 10^(scale + 10) <= 10^18: fits a long.
    if (scale > NavPoint.MAX_SCALE || unscaled >= pow10(scale + 10)) {
      return REASON_RANGE;
    }
    rows.add(day, unscaled, scale, line, from, to);
    return null;
  }

  private static long pow10(int n) {
    long p = 1;
    for (int k = 0; k < n; k++) {
      p *= 10;
    }
    return p;
  }

  /** The rows read, as primitive columns, until duplicates are resolved. */
  private static final class Rowset {
    int n;
    int[] days = new int[256];
    long[] unscaled = new long[256];
    byte[] scales = new byte[256];
    long[] lines = new long[256];
    int[] starts = new int[256];
    int[] ends = new int[256];

    void add(int day, long value, int scale, long line, int from, int to) {
      if (n == days.length) {
        int c = n * 2;
        days = Arrays.copyOf(days, c);
        unscaled = Arrays.copyOf(unscaled, c);
        scales = Arrays.copyOf(scales, c);
        lines = Arrays.copyOf(lines, c);
        starts = Arrays.copyOf(starts, c);
        ends = Arrays.copyOf(ends, c);
      }
      starts[n] = from;
      ends[n] = to;
      days[n] = day;
      unscaled[n] = value;
      scales[n] = (byte) scale;
      lines[n] = line;
      n++;
    }

    /** Rejects rows that contradict an earlier row for their date; builds the result in file order. */
    ParseResult<NavPoint> result(byte[] b, List<Problem> problems) {
      boolean[] rejected = new boolean[n];
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        // Day (offset to stay positive) above the row index: sorted, rows of one date in file order.
        keys[i] = ((long) (days[i] + 1_000_000) << 32) | i;
      }
      Arrays.sort(keys);
      int conflicts = 0;
      for (int k = 1, first = 0; k < n; k++) {
        int i = (int) keys[k];
        int f = (int) keys[first];
        if (days[i] != days[f]) {
          first = k;
        } else if (BigDecimal.valueOf(unscaled[i], scales[i])
            .compareTo(BigDecimal.valueOf(unscaled[f], scales[f])) != 0) {
          rejected[i] = true;
          conflicts++;
          problems.add(Problem.row(lines[i], Rows.raw(b, starts[i], ends[i]),
              REASON_CONFLICT + " (line " + lines[f] + ": "
                  + BigDecimal.valueOf(unscaled[f], scales[f]).toPlainString() + ")"));
        }
      }
      List<NavPoint> values = new ArrayList<>(n - conflicts);
      for (int i = 0; i < n; i++) {
        if (!rejected[i]) {
          values.add(new NavPoint(LocalDate.ofEpochDay(days[i]),
              BigDecimal.valueOf(unscaled[i], scales[i])));
        }
      }
      if (conflicts > 0) {
        problems.sort(Comparator.comparingLong(Problem::line));
      }
      return new ParseResult<>(values, problems);
    }
  }
}
