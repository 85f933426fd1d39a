package in.lumpsum.funds.internal;

/**
 * Validates an ISIN straight from bytes and packs it into a {@code long}, so that a reader can hold
 * thousands of ISINs without a string each.
 *
 * <p>{@link #pack(byte[], int, int)} accepts exactly what {@code in.lumpsum.core.scheme.Isin.isValid}
 * accepts (twelve characters: two upper-case letters, nine upper-case letters or digits, and the ISO
 * 6166 check digit) and packs the twelve characters in base 36, which fits a {@code long} (36^12 &lt;
 * 2^63). {@code IsinBytesTest} checks both against core.
 */
public final class IsinBytes {

  /** Returned for bytes that are not a valid ISIN as they stand. */
  public static final long NONE = -1;

  private static final long POW36_6 = 36L * 36 * 36 * 36 * 36 * 36;

  // CLASS[byte]: which of the three kinds of position the byte may not stand in.
  private static final int NOT_LETTER = 1;
  private static final int NOT_DIGIT = 2;
  private static final int NOT_ALNUM = 4;
  private static final int[] CLASS = new int[256];
  private static final int[] VALUE = new int[128];
  // LUHN[doubling << 7 | char]: what the char adds to the Luhn sum; FLIP[char]: 1 when it is one digit
  // (the doubling alternates), 0 for a letter (two digits: the doubling comes back where it was).
  private static final int[] LUHN = new int[256];
  private static final int[] FLIP = new int[128];

  static {
    java.util.Arrays.fill(CLASS, NOT_LETTER | NOT_DIGIT | NOT_ALNUM);
    for (int c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = NOT_DIGIT;
      int v = c - 'A' + 10;
      VALUE[c] = v;
      LUHN[128 | c] = luhn(v % 10, true) + luhn(v / 10, false);
      LUHN[c] = luhn(v % 10, false) + luhn(v / 10, true);
    }
    for (int c = '0'; c <= '9'; c++) {
      CLASS[c] = NOT_LETTER;
      VALUE[c] = c - '0';
      LUHN[128 | c] = luhn(c - '0', true);
      LUHN[c] = luhn(c - '0', false);
      FLIP[c] = 1;
    }
  }

  private IsinBytes() {}

  /**
   * Validates and packs {@code b[from, to)}.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @return the packed ISIN, or {@link #NONE} when the bytes are not a valid ISIN as they stand
   */
  public static long pack(byte[] b, int from, int to) {
    if (to - from != 12) {
      return NONE;
    }
    // Character classes: the first two must be letters, the last a digit, all upper-case alphanumeric.
    int bad = CLASS[b[from] & 0xFF] & NOT_LETTER | CLASS[b[from + 1] & 0xFF] & NOT_LETTER
        | CLASS[b[from + 11] & 0xFF] & NOT_DIGIT;
    for (int i = 2; i < 11; i++) {
      bad |= CLASS[b[from + i] & 0xFF] & NOT_ALNUM;
    }
    if (bad != 0) {
      return NONE;
    }
    // ISO 6166: letters become two digits (A = 10 .. Z = 35); Luhn over the digits of the first eleven
    // characters, doubling every second digit from the rightmost. Tables keep it free of branches.
    int sum = 0;
    int dbl = 1;
    for (int i = 10; i >= 0; i--) {
      int c = b[from + i];
      sum += LUHN[dbl << 7 | c];
      dbl ^= FLIP[c];
    }
    int check = (10 - sum % 10) % 10;
    if (b[from + 11] - '0' != check) {
      return NONE;
    }
    // Base 36 in two halves of six characters, to keep the chain of multiplications short.
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 6; i++) {
      hi = hi * 36 + VALUE[b[from + i]];
      lo = lo * 36 + VALUE[b[from + 6 + i]];
    }
    return hi * POW36_6 + lo;
  }

  /**
   * Packs a valid ISIN's text.
   *
   * @param isin twelve upper-case characters of a valid ISIN
   * @return the packed ISIN, or {@link #NONE} when the text is not a valid ISIN
   */
  public static long pack(String isin) {
    byte[] b = isin.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return pack(b, 0, b.length);
  }

  /**
   * Unpacks an ISIN.
   *
   * @param packed a value returned by {@code pack}, not {@link #NONE}
   * @return the twelve characters
   */
  public static String unpack(long packed) {
    byte[] b = new byte[12];
    long v = packed;
    for (int i = 11; i >= 0; i--) {
      int d = (int) (v % 36);
      v /= 36;
      b[i] = (byte) (d < 10 ? '0' + d : 'A' + d - 10);
    }
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static int luhn(int d, boolean dbl) {
    if (!dbl) {
      return d;
    }
    int x = d * 2;
    return x > 9 ? x - 9 : x;
  }
}
