package in.lumpsum.funds.internal;

import java.math.BigDecimal;

/**
 * Reads a non-negative decimal such as {@code 107.6218}, {@code 10.} or {@code 1,234.5} straight from
 * bytes into an unscaled {@code long} and a scale, without building a string.
 *
 * <p>The result is packed into one {@code long}: {@code unscaled << 5 | scale}. Values with more than
 * 17 significant digits or more than 31 decimals do not fit and are reported as {@link #TOO_LONG}, for
 * the caller to read through {@link BigDecimal}. Commas in the integer part are skipped, as
 * {@code Nav.parse} does.
 */
public final class AsciiDecimal {

  /** Returned when the bytes are not a decimal number. */
  public static final long INVALID = -1;

  /** Returned when the number is valid but too long to pack. */
  public static final long TOO_LONG = -2;

  private AsciiDecimal() {}

  /**
   * Parses {@code b[from, to)}, surrounding spaces already removed.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @return the packed value, {@link #INVALID} or {@link #TOO_LONG}
   */
  public static long parse(byte[] b, int from, int to) {
    // The usual form first: digits, a dot, digits ("107.6218", "10."), two tight loops.
    long v = 0;
    int i = from;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      v = v * 10 + d;
    }
    int digits = i - from;
    int scale = 0;
    if (i < to && b[i] == '.') {
      int f = ++i;
      for (; i < to; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        v = v * 10 + d;
      }
      scale = i - f;
      digits += scale;
    }
    return i == to ? pack(b, from, to, v, digits, scale) : parseGeneral(b, from, to);
  }

  // Anything else: commas in the integer part, or not a number at all.
  private static long parseGeneral(byte[] b, int from, int to) {
    long unscaled = 0;
    int scale = 0;
    int digits = 0;
    boolean dot = false;
    for (int i = from; i < to; i++) {
      int c = b[i];
      int d = c - '0';
      if (d >= 0 && d <= 9) {
        digits++;
        if (dot) {
          scale++;
        }
        unscaled = unscaled * 10 + d;
      } else if (c == '.' && !dot) {
        dot = true;
      } else if (c != ',' || dot || digits == 0) {
        return INVALID;
      }
    }
    return pack(b, from, to, unscaled, digits, scale);
  }

  // The digits read from b[from, to), packed; INVALID when there were none, TOO_LONG when they may not
  // fit. Up to 17 digits the value is below 10^17 < 2^58 and cannot have wrapped; leading zeros
  // ("0000.5") are not counted against the limit.
  private static long pack(byte[] b, int from, int to, long unscaled, int digits, int scale) {
    if (digits == 0) {
      return INVALID;
    }
    if (digits > 17 && significantDigits(b, from, to) > 17 || scale > 31) {
      return TOO_LONG;
    }
    return unscaled << 5 | scale;
  }

  private static int significantDigits(byte[] b, int from, int to) {
    int n = 0;
    boolean leading = true;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d >= 0 && d <= 9) {
        if (d != 0) {
          leading = false;
        }
        if (!leading) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Returns the unscaled value of a packed result.
   *
   * @param packed a value returned by {@link #parse}, not negative
   * @return the unscaled value
   */
  public static long unscaled(long packed) {
    return packed >>> 5;
  }

  /**
   * Returns the scale of a packed result.
   *
   * @param packed a value returned by {@link #parse}, not negative
   * @return the number of decimals as written
   */
  public static int scale(long packed) {
    return (int) (packed & 31);
  }

  /**
   * Reads a number that {@link #parse} found too long, through {@link BigDecimal}.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @return the value
   */
  public static BigDecimal parseLong(byte[] b, int from, int to) {
    StringBuilder s = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (b[i] != ',') {
        s.append((char) b[i]);
      }
    }
    return new BigDecimal(s.toString());
  }
}
