package in.lumpsum.funds.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Validates an ISIN straight from bytes and packs it into a {@code long}, so that a reader can hold
 * thousands of ISINs without a string each.
 *
 * <p>{@link #pack(byte[], int, int)} accepts exactly what {@code in.lumpsum.core.scheme.Isin.isValid}
 * accepts (twelve characters: two upper-case letters, nine upper-case letters or digits, and the ISO
 * 6166 check digit) and packs it into a {@code long}: the two-letter country as a number below 676 in
 * the top ten bits, six bits for each of the nine characters of the national code, and the check
 * digit, which follows from them, left out. {@code ByteHelpersPropertyTest} checks both against core.
 */
public final class IsinBytes {

  /** Returned for bytes that are not a valid ISIN as they stand. */
  public static final long NONE = -1;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

  private static final int[] VALUE = new int[128];
  // LUHN[char]: bits 0-7 what the char adds to the Luhn sum when the doubling starts on it, bits 8-15
  // when it does not, bits 16-19 how far to move the shift for the next char: 8 for a digit (the
  // doubling alternates), 0 for a letter (two digits: the doubling comes back where it was).
  private static final int[] LUHN = new int[128];
  // PAIRS[(left - '0') * PAIR_WIDTH + (right - '0')]: the two characters' contributions, laid out as in
  // LUHN, for the doubling as it stands at the right one.
  private static final int PAIR_WIDTH = 'Z' - '0' + 1;
  private static final int[] PAIRS = new int[PAIR_WIDTH * PAIR_WIDTH];

  static {
    for (int c = 'A'; c <= 'Z'; c++) {
      int v = c - 'A' + 10;
      VALUE[c] = v;
      LUHN[c] = (luhn(v % 10, true) + luhn(v / 10, false))
          | (luhn(v % 10, false) + luhn(v / 10, true)) << 8;
    }
    for (int c = '0'; c <= '9'; c++) {
      VALUE[c] = c - '0';
      LUHN[c] = luhn(c - '0', true) | luhn(c - '0', false) << 8 | 8 << 16;
    }
    for (int left = '0'; left <= 'Z'; left++) {
      for (int right = '0'; right <= 'Z'; right++) {
        int l = LUHN[left];
        int r = LUHN[right];
        int flipR = r >>> 16;
        int doubled = (r & 0xFF) + ((l >>> flipR) & 0xFF);
        int notDoubled = ((r >>> 8) & 0xFF) + ((l >>> (8 ^ flipR)) & 0xFF);
        PAIRS[(left - '0') * PAIR_WIDTH + (right - '0')] =
            doubled | notDoubled << 8 | (flipR ^ (l >>> 16)) << 16;
      }
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
    // Character classes, eight and four bytes at a time: every byte an upper-case letter or a digit,
    // the first two letters, the last a digit.
    long head = (long) LONGS.get(b, from);
    long tail = (int) INTS.get(b, from + 8) & 0xFFFF_FFFFL;
    long headLetters = letters(head);
    long tailDigits = digits(tail);
    if (((headLetters | digits(head)) != HIGHS)
        || (((letters(tail) | tailDigits) | 0xFFFF_FFFF_0000_0000L & HIGHS) != HIGHS)
        || (headLetters & 0x8080L) != 0x8080L || (tailDigits & 0x8000_0000L) == 0) {
      return NONE;
    }
    // ISO 6166: letters become two digits (A = 10 .. Z = 35); Luhn over the digits of the first eleven
    // characters, doubling every second digit from the rightmost. Each character's two possible
    // contributions come from one table look-up that does not wait for the doubling before it.
    // Two characters a look-up, from the right: (9, 10), (7, 8), (5, 6), (3, 4), (1, 2), then 0.
    int sum = 0;
    int shift = 0;
    for (int i = 9; i >= 1; i -= 2) {
      int t = PAIRS[(b[from + i] - '0') * PAIR_WIDTH + (b[from + i + 1] - '0')];
      sum += (t >>> shift) & 0xFF;
      shift ^= t >>> 16;
    }
    int t0 = LUHN[b[from] & 0x7F];
    sum += (t0 >>> shift) & 0xFF;
    // The check digit makes the sum a multiple of ten.
    if ((sum + b[from + 11] - '0') % 10 != 0) {
      return NONE;
    }
    // The country as 0 to 675 in the top ten bits, then six bits for each of the nine characters of
    // the national code; the check digit follows from them and is not kept.
    long packed = (VALUE[b[from] & 0x7F] - 10) * 26 + (VALUE[b[from + 1] & 0x7F] - 10);
    for (int i = 2; i < 11; i++) {
      packed = packed << 6 | VALUE[b[from + i] & 0x7F];
    }
    return packed;
  }

  /**
   * {@link IsinBytes#pack(byte[], int, int)} with the work on an ISIN's first eight characters (country,
   * issuer and the start of the security code) remembered: the ISINs of one fund house share them, so
   * a file of thousands of ISINs holds a few hundred distinct beginnings. What is remembered for a
   * beginning is its character check, its two possible Luhn sums (the doubling at its last character
   * depends on the three characters after it) and its packed bits. Accepts and returns exactly what
   * the static method does ({@code ByteHelpersPropertyTest}). Not thread-safe: one per reader.
   */
  public static final class Cache {

    private static final int BITS = 10;
    private final long[] heads = new long[1 << BITS];
    // Per slot: the Luhn sum of the eight characters when the doubling falls on the eighth (bits
    // 0-7) and when it does not (bits 8-15); bit 16 set once the slot is filled.
    private final int[] sums = new int[1 << BITS];
    private final long[] packedHeads = new long[1 << BITS];

    /** Creates an empty cache. */
    public Cache() {}

    /**
     * Validates and packs {@code b[from, to)}, as {@link IsinBytes#pack(byte[], int, int)} does.
     *
     * @param b the bytes
     * @param from the first byte
     * @param to one past the last byte
     * @return the packed ISIN, or {@link #NONE} when the bytes are not a valid ISIN as they stand
     */
    public long pack(byte[] b, int from, int to) {
      if (to - from != 12) {
        return NONE;
      }
      long head = (long) LONGS.get(b, from);
      int slot = (int) ((head * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
      int s8 = sums[slot];
      if (heads[slot] != head || s8 == 0) {
        s8 = fill(slot, head, b, from);
        if (s8 == 0) {
          return NONE;
        }
      }
      long tail = (int) INTS.get(b, from + 8) & 0xFFFF_FFFFL;
      long tailDigits = digits(tail);
      if ((((letters(tail) | tailDigits) | 0xFFFF_FFFF_0000_0000L & HIGHS) != HIGHS)
          || (tailDigits & 0x8000_0000L) == 0) {
        return NONE;
      }
      // Characters 10, 9 and 8 from the right, then the remembered sum of the first eight for the
      // doubling as it then stands.
      int c10 = b[from + 10];
      int c9 = b[from + 9];
      int c8 = b[from + 8];
      int t = LUHN[c10];
      int sum = t & 0xFF;
      int shift = t >>> 16;
      t = LUHN[c9];
      sum += (t >>> shift) & 0xFF;
      shift ^= t >>> 16;
      t = LUHN[c8];
      sum += (t >>> shift) & 0xFF;
      shift ^= t >>> 16;
      sum += (s8 >>> shift) & 0xFF;
      if ((sum + b[from + 11] - '0') % 10 != 0) {
        return NONE;
      }
      return packedHeads[slot] << 18 | VALUE[c8] << 12 | VALUE[c9] << 6 | VALUE[c10];
    }

    /** Checks and remembers the first eight characters; their sums as in {@link #sums}, 0 if invalid. */
    private int fill(int slot, long head, byte[] b, int from) {
      long headLetters = letters(head);
      if ((headLetters | digits(head)) != HIGHS || (headLetters & 0x8080L) != 0x8080L) {
        return 0;
      }
      int doubled = 0;
      int notDoubled = 0;
      int shift = 0;
      for (int i = 7; i >= 0; i--) {
        int t = LUHN[b[from + i]];
        doubled += (t >>> shift) & 0xFF;
        notDoubled += (t >>> (8 ^ shift)) & 0xFF;
        shift ^= t >>> 16;
      }
      long packed = (VALUE[b[from]] - 10) * 26 + (VALUE[b[from + 1]] - 10);
      for (int i = 2; i < 8; i++) {
        packed = packed << 6 | VALUE[b[from + i]];
      }
      int s8 = doubled | notDoubled << 8 | 1 << 16;
      heads[slot] = head;
      sums[slot] = s8;
      packedHeads[slot] = packed;
      return s8;
    }
  }

  // Per byte of x, 0x80 where the byte is an upper-case letter (resp. a digit): the byte is below 0x80
  // and within the range, tested with additions that cannot carry across bytes.
  private static long letters(long x) {
    return ~x & ((x | HIGHS) - repeat('A')) & ((repeat('Z') | HIGHS) - (x & LOWS)) & HIGHS;
  }

  private static long digits(long x) {
    return ~x & ((x | HIGHS) - repeat('0')) & ((repeat('9') | HIGHS) - (x & LOWS)) & HIGHS;
  }

  private static long repeat(int c) {
    return 0x0101010101010101L * c;
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
    for (int i = 10; i >= 2; i--) {
      int d = (int) (v & 63);
      v >>>= 6;
      b[i] = (byte) (d < 10 ? '0' + d : 'A' + d - 10);
    }
    b[0] = (byte) ('A' + v / 26);
    b[1] = (byte) ('A' + v % 26);
    int sum = 0;
    int shift = 0;
    for (int i = 10; i >= 0; i--) {
      int t = LUHN[b[i]];
      sum += (t >>> shift) & 0xFF;
      shift ^= t >>> 16;
    }
    b[11] = (byte) ('0' + (10 - sum % 10) % 10);
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
