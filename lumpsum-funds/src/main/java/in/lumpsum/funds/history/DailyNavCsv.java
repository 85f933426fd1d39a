package in.lumpsum.funds.history;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads one day's NAV file in the format of iambalaji-k/Indian-MF-NAV-history: a header
 * {@code scheme_code,nav,nav_date}, then one row a scheme, such as {@code 100033,914.6000,2026-04-20}.
 * The files are published gzipped ({@code nav_YYYY-MM-DD.csv.gz}); {@link #read(Path)} and
 * {@link #read(InputStream, String)} recognise gzip by its magic bytes and read plain text otherwise.
 *
 * <p>Columns are found by header name, in any order, case-insensitively; other columns are ignored.
 * A header without the three columns raises {@link HistoryFormatException}. Dates are strict ISO
 * {@code YYYY-MM-DD}. The file of a weekend or holiday repeats each scheme's last NAV with its
 * own (earlier) date, so {@code nav_date} differs from the file's date for some rows: that is kept.
 *
 * <p>The result is partial success: every data row is either a {@link NavRecord} (in file order) or
 * one {@link Problem} with one of the reasons below. A row repeating a (scheme, date) already read
 * with the same NAV is kept; with another NAV it is reported ({@link #REASON_CONFLICT}) and the first
 * kept. The real files hold NAVs of {@code 0.0000} (13,264 rows across the 123 files of
 * April–August 2026); they are reported as {@link #REASON_NON_POSITIVE}, not read. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class DailyNavCsv {

  /** The scheme code column. */
  public static final String COLUMN_SCHEME = "scheme_code";
  /** The NAV column. */
  public static final String COLUMN_NAV = "nav";
  /** The NAV date column. */
  public static final String COLUMN_DATE = "nav_date";

  /** Reason of a row with fewer fields than the header needs. */
  public static final String REASON_SHAPE = "too few fields";
  /** Reason of a row whose scheme code is not one to eight digits naming a valid code. */
  public static final String REASON_SCHEME = "scheme code is not a valid AMFI code";
  /** Reason of a row whose NAV is not a decimal number. */
  public static final String REASON_NAV = "NAV is not a decimal number";
  /** Reason of a row whose NAV is zero or negative. */
  public static final String REASON_NON_POSITIVE = "NAV is zero or negative";
  /**
   * Reason of a row whose NAV has more than {@value NavPoint#MAX_SCALE} decimals or is not below
   * 10^10, the bounds of a {@link NavPoint} (and so of every NAV series and store).
   */
  public static final String REASON_RANGE = NavHistoryFile.REASON_RANGE;
  /** Reason of a row whose date is not a real ISO date from 1900 to 2999. */
  public static final String REASON_DATE = "date is not a valid YYYY-MM-DD date";
  /** Reason of a row giving another NAV for a (scheme, date) an earlier row gave. */
  public static final String REASON_CONFLICT = "another NAV was read for the same scheme and date";

  private DailyNavCsv() {}

  /**
   * Reads a daily file, gzipped or not.
   *
   * @param file the file
   * @return the NAVs read, in file order, and one problem per data row not read
   * @throws HistoryFormatException if the header lacks a required column or the file is empty
   * @throws UncheckedIOException if the file cannot be read or its gzip stream is corrupt
   */
  public static ParseResult<NavRecord> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a daily file from a stream, gzipped or not, to its end. The stream is not closed: it is the
   * caller's to close, as with a {@code try}-with-resources around this call. What this method opens
   * over it (the gzip decoder and its native inflater) is closed before it returns, normally or not.
   *
   * @param in the bytes
   * @param source the name of the input for errors, such as its file name
   * @return the NAVs read, in file order, and one problem per data row not read
   * @throws HistoryFormatException if the header lacks a required column or the input is empty
   * @throws UncheckedIOException if the stream fails or its gzip stream is corrupt
   */
  public static ParseResult<NavRecord> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes;
    try {
      BufferedInputStream buffered = new BufferedInputStream(in);
      buffered.mark(2);
      int b0 = buffered.read();
      int b1 = buffered.read();
      buffered.reset();
      // RFC 1952, section 2.3.1: a gzip member starts with ID1 = 0x1f, ID2 = 0x8b.
      if (b0 == 0x1f && b1 == 0x8b) {
        // Closing the GZIPInputStream frees its Inflater's native memory now rather than at GC; the
        // shield keeps that close from reaching the caller's stream, which stays open as promised.
        try (InputStream gunzip = new GZIPInputStream(new FilterInputStream(buffered) {
          @Override
          public void close() {
            // the caller's stream is the caller's to close
          }
        })) {
          bytes = gunzip.readAllBytes();
        }
      } else {
        bytes = buffered.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return parse(bytes, source);
  }

  private static ParseResult<NavRecord> parse(byte[] b, String source) {
    ParseResult.Builder<NavRecord> out = ParseResult.builder();
    Map<Long, BigDecimal> seen = new HashMap<>();
    Map<Long, Long> seenLine = new HashMap<>();
    int[] columns = null;
    int needed = 0;
    long line = 0;
    int start = 0;
    // A UTF-8 byte order mark before the header is not part of it.
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      start = 3;
    }
    while (start < b.length) {
      int nl = start;
      while (nl < b.length && b[nl] != '\n') {
        nl++;
      }
      int to = nl > start && b[nl - 1] == '\r' ? nl - 1 : nl;
      line++;
      if (!Rows.blank(b, start, to)) {
        String text = new String(b, start, to - start, StandardCharsets.UTF_8);
        if (columns == null) {
          columns = header(text, source, line);
          needed = Math.max(columns[0], Math.max(columns[1], columns[2])) + 1;
        } else {
          row(text, line, columns, needed, out, seen, seenLine);
        }
      }
      start = nl + 1;
    }
    if (columns == null) {
      throw new HistoryFormatException(source, line, "", "no header: the input holds no line");
    }
    return out.build();
  }

  /** Returns the indices of scheme, NAV and date. */
  private static int[] header(String text, String source, long line) {
    String[] names = text.split(",", -1);
    int[] columns = {-1, -1, -1};
    String[] wanted = {COLUMN_SCHEME, COLUMN_NAV, COLUMN_DATE};
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().toLowerCase(Locale.ROOT);
      for (int k = 0; k < wanted.length; k++) {
        if (name.equals(wanted[k]) && columns[k] < 0) {
          columns[k] = i;
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < wanted.length; k++) {
      if (columns[k] < 0) {
        missing.add(wanted[k]);
      }
    }
    if (!missing.isEmpty()) {
      throw new HistoryFormatException(source, line, text,
          "header lacks column(s) " + missing + "; expected scheme_code,nav,nav_date");
    }
    return columns;
  }

  private static void row(String text, long line, int[] columns, int needed,
      ParseResult.Builder<NavRecord> out, Map<Long, BigDecimal> seen, Map<Long, Long> seenLine) {
    String[] f = text.split(",", -1);
    if (f.length < needed) {
      out.problem(Problem.row(line, text, REASON_SHAPE));
      return;
    }
    String code = f[columns[0]].strip();
    if (code.isEmpty() || code.length() > 8 || !code.chars().allMatch(c -> c >= '0' && c <= '9')
        || Integer.parseInt(code) < 1) {
      out.problem(Problem.row(line, text, REASON_SCHEME));
      return;
    }
    SchemeCode scheme = SchemeCode.of(Integer.parseInt(code));
    BigDecimal nav;
    try {
      nav = new BigDecimal(f[columns[1]].strip());
    } catch (NumberFormatException e) {
      out.problem(Problem.row(line, text, REASON_NAV));
      return;
    }
    if (nav.signum() <= 0) {
      out.problem(Problem.row(line, text, REASON_NON_POSITIVE));
      return;
    }
    if (nav.stripTrailingZeros().scale() > NavPoint.MAX_SCALE
        || nav.compareTo(NavPoint.NAV_LIMIT) >= 0) {
      // Nav.of would round a NAV below 0.000000005 to zero and throw out of the whole read, and a
      // NAV beyond the limit could not be stored: each is this row's problem only.
      out.problem(Problem.row(line, text, REASON_RANGE));
      return;
    }
    byte[] date = f[columns[2]].strip().getBytes(StandardCharsets.US_ASCII);
    int day = Rows.iso(date, 0, date.length);
    if (day == Rows.NO_DATE) {
      out.problem(Problem.row(line, text, REASON_DATE));
      return;
    }
    long key = ((long) scheme.value() << 32) | (day & 0xffffffffL);
    BigDecimal earlier = seen.putIfAbsent(key, nav);
    if (earlier != null && earlier.compareTo(nav) != 0) {
      out.problem(Problem.row(line, text, REASON_CONFLICT + " (line " + seenLine.get(key) + ": "
          + earlier.toPlainString() + ")"));
      return;
    }
    seenLine.putIfAbsent(key, line);
    out.add(new NavRecord(scheme, LocalDate.ofEpochDay(day), Nav.of(nav)));
  }
}
