package in.lumpsum.funds.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Byte-level helpers shared by the history readers: raw text of a line, strict dates, NAVs. */
final class Rows {

  /** The most characters of a bad line kept in a problem's raw text. */
  static final int RAW_LIMIT = 160;

  /** Returned by the date readers when the bytes are not a valid date. */
  static final int NO_DATE = Integer.MIN_VALUE;

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2999;

  private Rows() {}

  /**
   * Returns a line as text for a problem: UTF-8, control characters shown as {@code ?}, cut to
   * {@link #RAW_LIMIT} characters with the full byte length noted (the 2016 archive holds binary
   * resource-fork blocks of several KB in place of some lines).
   */
  static String raw(byte[] b, int from, int to) {
    boolean cut = to - from > RAW_LIMIT;
    String s = new String(b, from, Math.min(to - from, RAW_LIMIT), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(s.length() + 24);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    if (cut) {
      out.append("... (").append(to - from).append(" bytes)");
    }
    return out.toString();
  }

  /** Returns the epoch day of {@code DD/MM/YYYY} (or another one-byte separator) strictly, else NO_DATE. */
  static int ddmmyyyy(byte[] b, int from, int to, byte separator) {
    if (to - from != 10 || b[from + 2] != separator || b[from + 5] != separator) {
      return NO_DATE;
    }
    int day = two(b, from);
    int month = two(b, from + 3);
    int year = four(b, from + 6);
    return epochDay(year, month, day);
  }

  /** Returns the epoch day of ISO {@code YYYY-MM-DD} strictly, else NO_DATE. */
  static int iso(byte[] b, int from, int to) {
    if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
      return NO_DATE;
    }
    return epochDay(four(b, from), two(b, from + 5), two(b, from + 8));
  }

  private static int epochDay(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
        || day > lengthOfMonth(year, month)) {
      return NO_DATE;
    }
    return (int) LocalDate.of(year, month, day).toEpochDay();
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static int two(byte[] b, int at) {
    int a = b[at] - '0';
    int c = b[at + 1] - '0';
    return (a < 0 || a > 9 || c < 0 || c > 9) ? -1 : a * 10 + c;
  }

  private static int four(byte[] b, int at) {
    int hi = two(b, at);
    int lo = two(b, at + 2);
    return (hi < 0 || lo < 0) ? -1 : hi * 100 + lo;
  }

  /** Returns true if the bytes hold only spaces and tabs. */
  static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
