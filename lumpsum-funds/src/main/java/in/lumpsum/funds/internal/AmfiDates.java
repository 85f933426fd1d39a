package in.lumpsum.funds.internal;

import java.time.LocalDate;

/**
 * Reads AMFI's {@code dd-MMM-yyyy} dates ({@code 26-May-2025}) straight from bytes, strictly: the day
 * must exist in that month ({@code 31-Feb-2026} is rejected, not moved to 28 February).
 *
 * <p>Accepted: a one- or two-digit day, an English three-letter month in any case, a four-digit year
 * from 1900 to 2999. Dates are returned from a small cache, since a file holds few distinct dates.
 * Not thread-safe: one instance per reader.
 */
public final class AmfiDates {

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private static final int CACHE_SIZE = 512;

  private final int[] keys = new int[CACHE_SIZE];
  private final LocalDate[] dates = new LocalDate[CACHE_SIZE];

  /** Creates a reader with an empty cache. */
  public AmfiDates() {}

  /**
   * Parses a date from {@code b[from, to)}, surrounding spaces already removed.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @return the date, or null when the bytes are not a valid date (internal use only)
   */
  public LocalDate parse(byte[] b, int from, int to) {
    int key = pack(b, from, to);
    if (key < 0) {
      return null;
    }
    int slot = (key ^ (key >>> 9)) & (CACHE_SIZE - 1);
    if (keys[slot] == key) {
      return dates[slot];
    }
    LocalDate d = LocalDate.of(key / 10000, key / 100 % 100, key % 100);
    keys[slot] = key;
    dates[slot] = d;
    return d;
  }

  /**
   * Packs a valid date as {@code yyyymmdd}, or returns -1.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @return {@code yyyymmdd}, or -1 when the bytes are not a valid date
   */
  public static int pack(byte[] b, int from, int to) {
    int len = to - from;
    if (len != 11 && len != 10) {
      return -1;
    }
    int i = from;
    int day = digit(b[i++]);
    if (day < 0) {
      return -1;
    }
    if (len == 11) {
      int d2 = digit(b[i++]);
      if (d2 < 0) {
        return -1;
      }
      day = day * 10 + d2;
    }
    if (b[i++] != '-') {
      return -1;
    }
    int month = month(b[i], b[i + 1], b[i + 2]);
    i += 3;
    if (month < 0 || b[i++] != '-') {
      return -1;
    }
    int year = 0;
    for (int k = 0; k < 4; k++) {
      int d = digit(b[i++]);
      if (d < 0) {
        return -1;
      }
      year = year * 10 + d;
    }
    if (year < 1900 || year > 2999 || day < 1 || day > lengthOfMonth(year, month)) {
      return -1;
    }
    return year * 10000 + month * 100 + day;
  }

  /**
   * Writes a date as AMFI does, such as {@code 26-May-2025}.
   *
   * @param date the date
   * @return the text
   */
  public static String format(LocalDate date) {
    int d = date.getDayOfMonth();
    return (d < 10 ? "0" : "") + d + "-" + MONTHS[date.getMonthValue() - 1] + "-" + date.getYear();
  }

  private static int digit(byte c) {
    int d = c - '0';
    return d >= 0 && d <= 9 ? d : -1;
  }

  // The month from its three letters, any case: a switch on the packed lower-case letters.
  private static int month(byte a, byte b, byte c) {
    int key = ((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20);
    switch (key) {
      case ('j' << 16) | ('a' << 8) | 'n': return 1;
      case ('f' << 16) | ('e' << 8) | 'b': return 2;
      case ('m' << 16) | ('a' << 8) | 'r': return 3;
      case ('a' << 16) | ('p' << 8) | 'r': return 4;
      case ('m' << 16) | ('a' << 8) | 'y': return 5;
      case ('j' << 16) | ('u' << 8) | 'n': return 6;
      case ('j' << 16) | ('u' << 8) | 'l': return 7;
      case ('a' << 16) | ('u' << 8) | 'g': return 8;
      case ('s' << 16) | ('e' << 8) | 'p': return 9;
      case ('o' << 16) | ('c' << 8) | 't': return 10;
      case ('n' << 16) | ('o' << 8) | 'v': return 11;
      case ('d' << 16) | ('e' << 8) | 'c': return 12;
      default: return -1;
    }
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4: case 6: case 9: case 11:
        return 30;
      default:
        return 31;
    }
  }
}
