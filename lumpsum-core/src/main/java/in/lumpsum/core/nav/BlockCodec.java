package in.lumpsum.core.nav;

import java.util.Arrays;

/**
 * The bit layout behind {@link NavSeries}: points in blocks of {@value #BLOCK} with a small index.
 *
 * <h2>Layout</h2>
 *
 * <p>A series of {@code n} points, sorted by date with unique dates, is cut into blocks of
 * {@value #BLOCK} points (the last one may be shorter). Two arrays hold it:
 *
 * <ul>
 *   <li>{@code index}, an {@code int[]} of two entries per block: the epoch day of the block's first
 *       point, and the bit position in {@code words} where the block starts. A binary search over the
 *       first days finds the block of a date.
 *   <li>{@code words}, a {@code long[]} bit stream of the blocks one after the other, padded with zero
 *       bits so that a read of 64 bits at any position up to the end can load two words.
 * </ul>
 *
 * <p>Each block holds, in this order:
 *
 * <ol>
 *   <li>a header of {@value #HEADER_BITS} bits: the NAV base (64 bits, signed), the NAV slope (32 bits,
 *       signed), the NAV width (6 bits), the date form (1 bit) and a date parameter (16 bits);
 *   <li>the dates of points 1..m-1 (point 0's date is in the index), in one of two forms, whichever is
 *       smaller (the bitmap on a tie, as it is faster to search):
 *       <ul>
 *         <li>bitmap: one bit per calendar day after the first, set where a point falls; the date
 *             parameter is the number of bits, the span in days from the first to the last point. A
 *             business-day series costs about 1.4 bits a point, and a look-up counts bits;
 *         <li>offsets: each point's day minus the first day, in a fixed width that is the date
 *             parameter. For sparse series, searched by bisection;
 *       </ul>
 *   <li>the NAVs as scaled integers (unscaled values at the series scale) in frame-of-reference form:
 *       point {@code j} stores {@code nav[j] - slope * j - base} in the NAV width, where {@code base}
 *       is the least {@code nav[j] - slope * j}. The slope is either 0 or the chord from the first to
 *       the last NAV of the block, whichever needs fewer bits: the chord takes the steady growth out of
 *       a liquid or debt fund. Any NAV is read in constant time.
 * </ol>
 *
 * <p>Encoding is deterministic, so two series with the same points and scale have equal arrays.
 *
 * <p>Bounds that keep the arithmetic exact: a NAV point's unscaled value at scale 8 or less lies in
 * [1, 10<sup>18</sup>) (see {@link NavPoint#NAV_LIMIT}), so residuals and their ranges fit a
 * {@code long}; epoch days of dates 1900..9999 fit an {@code int}, and at most about 85 bits a point over
 * at most 2,958,464 distinct dates keep bit positions within an {@code int}.
 */
final class BlockCodec {

  /** log2 of the number of points in a block. */
  static final int BLOCK_SHIFT = 7;

  /** The number of points in a full block. */
  static final int BLOCK = 1 << BLOCK_SHIFT;

  /** Mask giving a point's position inside its block. */
  static final int BLOCK_MASK = BLOCK - 1;

  /** Bits of the header after the base: slope 32, NAV width 6, date form 1, date parameter 16. */
  static final int META_BITS = 32 + 6 + 1 + 16;

  /** Bits of the block header: the 64-bit base, then the meta fields. */
  static final int HEADER_BITS = 64 + META_BITS;

  private static final int DATE_PARAM_LIMIT = 0xFFFF;

  private BlockCodec() {}

  /** The encoded arrays of one series. */
  record Encoded(int[] index, long[] words) {}

  /**
   * Encodes a sorted series.
   *
   * @param days epoch days, strictly increasing, each within the {@link NavPoint} date range
   * @param values unscaled NAVs at the series scale, each in [1, 10^18)
   * @param n the number of points to take from the arrays, at least 1
   * @return the index and bit stream
   */
  static Encoded encode(int[] days, long[] values, int n) {
    int blocks = (n + BLOCK_MASK) >>> BLOCK_SHIFT;
    int[] index = new int[blocks << 1];
    BitWriter out = new BitWriter(Math.max(4, n / 2));
    for (int b = 0; b < blocks; b++) {
      int from = b << BLOCK_SHIFT;
      int m = Math.min(BLOCK, n - from);
      index[b << 1] = days[from];
      index[(b << 1) + 1] = Math.toIntExact(out.position());
      encodeBlock(days, values, from, m, out);
    }
    return new Encoded(index, out.toWords());
  }

  /**
   * Encodes a series that keeps the first blocks of an encoded one: the same result as encoding the
   * kept points followed by the given ones, without reading the kept blocks.
   *
   * @param index the encoded series' index
   * @param words the encoded series' bit stream
   * @param keep how many of its blocks to keep, each full ({@value #BLOCK} points), fewer than it has
   * @param days epoch days of the points after the kept blocks, strictly increasing, each after the
   *     last kept point
   * @param values their unscaled NAVs at the series scale, each in [1, 10^18)
   * @param n the number of points to take from the arrays, at least 1
   * @return the index and bit stream
   */
  static Encoded encodeAfter(int[] index, long[] words, int keep, int[] days, long[] values, int n) {
    int blocks = (n + BLOCK_MASK) >>> BLOCK_SHIFT;
    int[] newIndex = Arrays.copyOf(index, (keep + blocks) << 1);
    // The kept blocks end where the first replaced block starts.
    BitWriter out = new BitWriter(words, index[(keep << 1) + 1], Math.max(4, n / 2));
    for (int b = 0; b < blocks; b++) {
      int from = b << BLOCK_SHIFT;
      int m = Math.min(BLOCK, n - from);
      newIndex[(keep + b) << 1] = days[from];
      newIndex[((keep + b) << 1) + 1] = Math.toIntExact(out.position());
      encodeBlock(days, values, from, m, out);
    }
    return new Encoded(newIndex, out.toWords());
  }

  private static void encodeBlock(int[] days, long[] values, int from, int m, BitWriter out) {
    int firstDay = days[from];
    int span = days[from + m - 1] - firstDay;
    int offsetWidth = bitsFor(span);
    boolean bitmap = span <= (long) (m - 1) * offsetWidth && span <= DATE_PARAM_LIMIT;

    // The frames with slope 0 and with the chord, in one pass and without allocating.
    long chord = m > 1 ? (values[from + m - 1] - values[from]) / (m - 1) : 0;
    boolean tryChord = chord != 0 && chord == (int) chord;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long chordMin = Long.MAX_VALUE;
    long chordMax = Long.MIN_VALUE;
    for (int j = 0; j < m; j++) {
      long v = values[from + j];
      min = Math.min(min, v);
      max = Math.max(max, v);
      long r = v - chord * j;
      chordMin = Math.min(chordMin, r);
      chordMax = Math.max(chordMax, r);
    }
    long slope = 0;
    long base = min;
    int navWidth = bitsFor(max - min);
    if (tryChord && bitsFor(chordMax - chordMin) < navWidth) {
      slope = chord;
      base = chordMin;
      navWidth = bitsFor(chordMax - chordMin);
    }

    out.write(base, 64);
    out.write(slope & 0xFFFF_FFFFL, 32);
    out.write(navWidth, 6);
    out.write(bitmap ? 0 : 1, 1);
    out.write(bitmap ? span : offsetWidth, 16);
    if (bitmap) {
      for (int j = 1; j < m; j++) {
        out.skip(days[from + j] - days[from + j - 1] - 1);
        out.write(1, 1);
      }
    } else {
      for (int j = 1; j < m; j++) {
        out.write(days[from + j] - firstDay, offsetWidth);
      }
    }
    for (int j = 0; j < m; j++) {
      out.write(values[from + j] - slope * j - base, navWidth);
    }
  }

  /** The number of bits needed for a non-negative value: 0 for 0. */
  static int bitsFor(long nonNegative) {
    return 64 - Long.numberOfLeadingZeros(nonNegative);
  }

  /** Reads 64 bits starting at a bit position; the stream's padding word makes this safe at its end. */
  static long read64(long[] words, int bit) {
    int i = bit >>> 6;
    int s = bit & 63;
    // (x << 1) << (63 - s) is x << (64 - s) for s in 1..63 and 0 for s == 0, without a branch.
    return (words[i] >>> s) | ((words[i + 1] << 1) << (63 - s));
  }

  /** Reads an unsigned field of 0..63 bits. */
  static long read(long[] words, int bit, int width) {
    return read64(words, bit) & ((1L << width) - 1);
  }

  /** Appends bit fields to a growing {@code long[]}. */
  private static final class BitWriter {
    private long[] words;
    private long position;

    BitWriter(int initialWords) {
      words = new long[initialWords];
    }

    /** Starts after the first {@code bits} bits of a stream, with room for {@code moreWords}. */
    BitWriter(long[] stream, int bits, int moreWords) {
      int whole = bits >>> 6;
      int partial = bits & 63;
      words = new long[whole + 2 + moreWords];
      System.arraycopy(stream, 0, words, 0, whole);
      if (partial != 0) {
        // Writes OR bits in: keep only the stream's bits below the position.
        words[whole] = stream[whole] & ((1L << partial) - 1);
      }
      position = bits;
    }

    long position() {
      return position;
    }

    /** Appends the low {@code width} bits of {@code value}, which must have no higher bits set. */
    void write(long value, int width) {
      if (width == 0) {
        return;
      }
      ensure(position + width);
      int i = (int) (position >>> 6);
      int s = (int) (position & 63);
      words[i] |= value << s;
      if (s + width > 64) {
        words[i + 1] |= value >>> (64 - s);
      }
      position += width;
    }

    /** Appends zero bits. */
    void skip(int bits) {
      ensure(position + bits);
      position += bits;
    }

    private void ensure(long bits) {
      // Room for the straddling write and the padding that toWords keeps.
      int needed = (int) (bits >>> 6) + 2;
      if (needed > words.length) {
        words = Arrays.copyOf(words, Math.max(needed, words.length + (words.length >>> 1)));
      }
    }

    /**
     * Returns the stream trimmed to its length plus zero padding, so that {@code read64} may load the
     * two words at any position up to and including the end (a zero-width field may sit there).
     */
    long[] toWords() {
      return Arrays.copyOf(words, (int) (position >>> 6) + 2);
    }
  }
}
