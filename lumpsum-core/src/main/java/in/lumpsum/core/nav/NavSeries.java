package in.lumpsum.core.nav;

import static in.lumpsum.core.nav.BlockCodec.BLOCK;
import static in.lumpsum.core.nav.BlockCodec.BLOCK_MASK;
import static in.lumpsum.core.nav.BlockCodec.BLOCK_SHIFT;
import static in.lumpsum.core.nav.BlockCodec.HEADER_BITS;
import static in.lumpsum.core.nav.BlockCodec.META_BITS;
import static in.lumpsum.core.nav.BlockCodec.read;
import static in.lumpsum.core.nav.BlockCodec.read64;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The NAV history of one scheme: an immutable, compact series of {@link NavPoint}s sorted by date,
 * at most one point a date.
 *
 * <h2>Scale</h2>
 *
 * <p>A series has one scale, {@link #scale()}: the most decimals among the NAVs it was built from
 * (0 to {@value NavPoint#MAX_SCALE}). Every NAV it hands out has that scale, so a series built from
 * {@code 10.} and {@code 12.3456} returns {@code 10.0000} and {@code 12.3456}. Values are never
 * rounded: raising the scale only appends zeros.
 *
 * <h2>Storage and cost</h2>
 *
 * <p>Points are stored column-wise in a bit-packed stream of blocks of 128 points, without an object
 * a point: a business-day series typically takes 2 to 3 heap bytes a point at 4 decimals, less at 2
 * (a {@code TreeMap<LocalDate, BigDecimal>} takes 104). NAVs are kept as exact scaled
 * integers, never as {@code double}. A date look-up finds the block (a linear guess checked against a
 * small index, else a bisection), then counts bits or bisects inside it: O(log n), and allocation-free
 * for the {@code index*} and {@code nav*AsDouble} methods. A NAV by index is O(1); a date by index
 * is O(1) in a sparse block and a scan of at most a few words of the day bitmap in a dense one.
 *
 * <h2>Dates without a NAV</h2>
 *
 * <p>Look-ups take any {@link LocalDate}; a date with no point (a weekend, a holiday, a date outside
 * the series) is resolved by the {@link NavLookup} policy. The {@code index*} methods return
 * {@code -1} where the {@code Optional} methods return empty.
 *
 * <h2>Building</h2>
 *
 * <p>Use {@link #of(Collection)} or {@link #builder()} with points in any order, and
 * {@link #withPoints(Collection)} or {@link #merge(NavSeries)} to derive an updated series.
 *
 * <p>Instances are immutable and thread-safe. Two series are equal when they hold the same dates with
 * the same NAVs at the same scale.
 *
 * @since 0.1.0
 */
public final class NavSeries {

  private static final long[] POW10 = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };

  private static final double[] POW10_DOUBLE = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

  private static final int MIN_EPOCH_DAY = (int) NavPoint.MIN_DATE.toEpochDay();

  private static final NavSeries EMPTY = new NavSeries(0, 0, new int[0], new long[1], 0);

  private final int size;
  private final int scale;
  private final int firstDay;
  private final int lastDay;
  /** (blocks - 1) / (first day of the last block - first day), in 32.32 fixed point; see block. */
  private final long blockSlope;
  private final int[] index;
  private final long[] words;
  /** The hash code, computed on first use; 0 until then (racy single-check: the value is stable). */
  private int hash;

  private NavSeries(int size, int scale, int[] index, long[] words, int lastDay) {
    this.size = size;
    this.scale = scale;
    this.index = index;
    this.words = words;
    // For the empty series these make every date fall before the first and after the last point.
    this.firstDay = size == 0 ? Integer.MAX_VALUE : index[0];
    this.lastDay = size == 0 ? Integer.MIN_VALUE : lastDay;
    int lastBlock = (index.length >>> 1) - 1;
    // Block starts are at least BLOCK days apart, so the slope stays below 2^25 and a product with a
    // day difference (below 2^22) below 2^47.
    this.blockSlope = lastBlock <= 0
        ? 0
        : ((long) lastBlock << 32) / (index[lastBlock << 1] - index[0]);
  }

  /** Encodes sorted, unique columns. */
  private static NavSeries encode(Columns columns) {
    if (columns.n == 0) {
      return EMPTY;
    }
    BlockCodec.Encoded encoded = BlockCodec.encode(columns.days, columns.values, columns.n);
    return new NavSeries(columns.n, columns.scale, encoded.index(), encoded.words(),
        columns.days[columns.n - 1]);
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * Returns the empty series.
   *
   * @return the series of no points, with scale 0
   * @since 0.1.0
   */
  public static NavSeries empty() {
    return EMPTY;
  }

  /**
   * Creates a series from points in any order.
   *
   * <p>Two points for one date must have equal NAVs (by {@link BigDecimal#compareTo}, so {@code 10.5}
   * and {@code 10.50} agree); they then count once. To let a later point replace an earlier one, use
   * {@link #builder()} with {@link Builder#replaceDuplicates(boolean)}.
   *
   * @param points the points, in any order; may be empty
   * @return the series; its scale is the most decimals among the NAVs
   * @throws NullPointerException if {@code points} or one of its elements is null
   * @throws InvalidValueException for field {@code "nav"} if two points for one date have different
   *     NAVs
   * @since 0.1.0
   */
  public static NavSeries of(Collection<? extends NavPoint> points) {
    Objects.requireNonNull(points, "points");
    return builder().addAll(points).build();
  }

  /**
   * Returns a new builder that accepts points in any order.
   *
   * @return an empty builder that rejects conflicting duplicates
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // Size and range

  /**
   * Returns the number of points, one per distinct date.
   *
   * @return the number of points, 0 or more
   * @since 0.1.0
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the series has no points.
   *
   * @return {@code true} if {@link #size()} is 0
   * @since 0.1.0
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the scale of every NAV this series hands out.
   *
   * @return the most decimals among the NAVs the series was built from, 0 to
   *     {@value NavPoint#MAX_SCALE}; 0 for the empty series
   * @since 0.1.0
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the date of the first (earliest) point.
   *
   * @return the first date, or empty if the series is empty
   * @since 0.1.0
   */
  public Optional<LocalDate> firstDate() {
    return size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(firstDay));
  }

  /**
   * Returns the date of the last (latest) point.
   *
   * @return the last date, or empty if the series is empty
   * @since 0.1.0
   */
  public Optional<LocalDate> lastDate() {
    return size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(lastDay));
  }

  // ---------------------------------------------------------------------------------------------
  // Access by index

  /**
   * Returns the point at an index, points being sorted by date.
   *
   * @param i the index, 0 for the earliest point
   * @return the point, its NAV at {@link #scale()}
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
   * @since 0.1.0
   */
  public NavPoint get(int i) {
    Objects.checkIndex(i, size);
    return point(i);
  }

  /**
   * Returns the date of the point at an index.
   *
   * @param i the index, 0 for the earliest point
   * @return the date
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
   * @since 0.1.0
   */
  public LocalDate dateAt(int i) {
    Objects.checkIndex(i, size);
    return LocalDate.ofEpochDay(day(i));
  }

  /**
   * Returns the date of the point at an index as an epoch day, as {@link LocalDate#toEpochDay()}.
   *
   * @param i the index, 0 for the earliest point
   * @return the number of days from 1970-01-01 to the point's date
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
   * @since 0.1.0
   */
  public long epochDayAt(int i) {
    Objects.checkIndex(i, size);
    return day(i);
  }

  /**
   * Returns the NAV of the point at an index.
   *
   * @param i the index, 0 for the earliest point
   * @return the NAV in rupees per unit, exact, at {@link #scale()}
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
   * @since 0.1.0
   */
  public BigDecimal navAt(int i) {
    Objects.checkIndex(i, size);
    return BigDecimal.valueOf(value(i), scale);
  }

  /**
   * Returns the NAV of the point at an index as an unscaled integer: the NAV times
   * 10<sup>{@link #scale()}</sup>.
   *
   * @param i the index, 0 for the earliest point
   * @return the exact unscaled NAV, positive and below 10<sup>18</sup>
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
   * @since 0.1.0
   */
  public long unscaledNavAt(int i) {
    Objects.checkIndex(i, size);
    return value(i);
  }

  /**
   * Returns the NAV of the point at an index as a {@code double}, for analytics (returns, volatility)
   * rather than money.
   *
   * @param i the index, 0 for the earliest point
   * @return the NAV in rupees per unit: the {@code double} nearest the exact NAV when the unscaled NAV
   *     is below 2<sup>53</sup> (any NAV below 90 million rupees at scale 8), else within one ulp
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
   * @since 0.1.0
   */
  public double navAsDouble(int i) {
    Objects.checkIndex(i, size);
    return toDouble(value(i));
  }

  // ---------------------------------------------------------------------------------------------
  // Look-up by date

  /**
   * Returns the point on exactly a date.
   *
   * @param date any date
   * @return the point, or empty if the series has none on that date
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public Optional<NavPoint> exact(LocalDate date) {
    return pointAt(indexOf(date));
  }

  /**
   * Returns the point on a date, else the latest point before it: the NAV in force on that date.
   *
   * @param date any date
   * @return the point, or empty if every point is after {@code date}
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public Optional<NavPoint> onOrBefore(LocalDate date) {
    return pointAt(indexOnOrBefore(date));
  }

  /**
   * Returns the point on a date, else the earliest point after it.
   *
   * @param date any date
   * @return the point, or empty if every point is before {@code date}
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public Optional<NavPoint> onOrAfter(LocalDate date) {
    return pointAt(indexOnOrAfter(date));
  }

  /**
   * Returns the point for a date under a look-up policy.
   *
   * @param date any date
   * @param policy how to treat a date without a point
   * @return the point, or empty if the policy finds none
   * @throws NullPointerException if {@code date} or {@code policy} is null
   * @since 0.1.0
   */
  public Optional<NavPoint> lookup(LocalDate date, NavLookup policy) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policy, "policy");
    return switch (policy) {
      case EXACT -> exact(date);
      case ON_OR_BEFORE -> onOrBefore(date);
      case ON_OR_AFTER -> onOrAfter(date);
    };
  }

  /**
   * Returns the index of the point on exactly a date; allocation-free.
   *
   * @param date any date
   * @return the index, or -1 if the series has no point on that date
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public int indexOf(LocalDate date) {
    return indexOf(date.toEpochDay());
  }

  /**
   * Returns the index of the point on exactly an epoch day; allocation-free.
   *
   * @param epochDay any day, counted as {@link LocalDate#toEpochDay()}
   * @return the index, or -1 if the series has no point on that day
   * @since 0.1.0
   */
  public int indexOf(long epochDay) {
    if (size == 0 || epochDay < firstDay || epochDay > lastDay) {
      return -1;
    }
    int found = floor((int) epochDay, true);
    return (found & 1) != 0 ? found >> 1 : -1;
  }

  /**
   * Returns the index of the point on a date, else of the latest point before it; allocation-free.
   *
   * @param date any date
   * @return the index, or -1 if every point is after {@code date}
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public int indexOnOrBefore(LocalDate date) {
    return indexOnOrBefore(date.toEpochDay());
  }

  /**
   * Returns the index of the point on an epoch day, else of the latest point before it;
   * allocation-free.
   *
   * @param epochDay any day, counted as {@link LocalDate#toEpochDay()}
   * @return the index, or -1 if every point is after that day
   * @since 0.1.0
   */
  public int indexOnOrBefore(long epochDay) {
    if (size == 0 || epochDay < firstDay) {
      return -1;
    }
    if (epochDay >= lastDay) {
      return size - 1;
    }
    return floor((int) epochDay, false) >> 1;
  }

  /**
   * Returns the index of the point on a date, else of the earliest point after it; allocation-free.
   *
   * @param date any date
   * @return the index, or -1 if every point is before {@code date}
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public int indexOnOrAfter(LocalDate date) {
    return indexOnOrAfter(date.toEpochDay());
  }

  /**
   * Returns the index of the point on an epoch day, else of the earliest point after it;
   * allocation-free.
   *
   * @param epochDay any day, counted as {@link LocalDate#toEpochDay()}
   * @return the index, or -1 if every point is before that day
   * @since 0.1.0
   */
  public int indexOnOrAfter(long epochDay) {
    if (size == 0 || epochDay > lastDay) {
      return -1;
    }
    if (epochDay <= firstDay) {
      return 0;
    }
    int found = floor((int) epochDay, true);
    // Not exact: the next point exists, as the day is before the last point.
    return (found >> 1) + ((found & 1) ^ 1);
  }

  /**
   * Returns the NAV in force on a date (the point on it, else the latest before it) as a
   * {@code double}, for analytics; allocation-free.
   *
   * @param date any date
   * @return the NAV in rupees per unit, as {@link #navAsDouble(int)}, or {@link Double#NaN} if every
   *     point is after {@code date}
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public double navOnOrBeforeAsDouble(LocalDate date) {
    return navOnOrBeforeAsDouble(date.toEpochDay());
  }

  /**
   * Returns the NAV in force on an epoch day (the point on it, else the latest before it) as a
   * {@code double}, for analytics; allocation-free.
   *
   * @param epochDay any day, counted as {@link LocalDate#toEpochDay()}
   * @return the NAV in rupees per unit, as {@link #navAsDouble(int)}, or {@link Double#NaN} if every
   *     point is after that day
   * @since 0.1.0
   */
  public double navOnOrBeforeAsDouble(long epochDay) {
    int i = indexOnOrBefore(epochDay);
    return i < 0 ? Double.NaN : toDouble(value(i));
  }

  // ---------------------------------------------------------------------------------------------
  // Bulk views and derived series

  /**
   * Returns all points, sorted by date.
   *
   * @return an unmodifiable list of {@link #size()} new points, NAVs at {@link #scale()}
   * @since 0.1.0
   */
  public List<NavPoint> toList() {
    Columns columns = columns();
    NavPoint[] points = new NavPoint[size];
    for (int i = 0; i < size; i++) {
      points[i] = new NavPoint(LocalDate.ofEpochDay(columns.days[i]),
          BigDecimal.valueOf(columns.values[i], scale));
    }
    return List.of(points);
  }

  /**
   * Returns a sequential stream of all points, sorted by date; the points are made as the stream is
   * consumed.
   *
   * @return a stream of {@link #size()} points, NAVs at {@link #scale()}
   * @since 0.1.0
   */
  public Stream<NavPoint> stream() {
    return IntStream.range(0, size).mapToObj(this::point);
  }

  /**
   * Returns a series with points added or replaced (upsert): a given point for a date already in
   * this series replaces that date's point.
   *
   * <p>The scale of the result is the larger of this series' scale and the most decimals among the
   * given NAVs; it never decreases. Within {@code points} two points for one date must have equal
   * NAVs, as in {@link #of(Collection)}.
   *
   * @param points the points to add or replace, in any order; may be empty
   * @return the updated series, or this series if {@code points} is empty
   * @throws NullPointerException if {@code points} or one of its elements is null
   * @throws InvalidValueException for field {@code "nav"} if two given points for one date have
   *     different NAVs
   * @since 0.1.0
   */
  public NavSeries withPoints(Collection<? extends NavPoint> points) {
    Objects.requireNonNull(points, "points");
    if (points.isEmpty()) {
      return this;
    }
    return upsert(builder().addAll(points).columns());
  }

  /**
   * Returns a series with the points of both series, those of {@code newer} winning where both have a
   * date.
   *
   * <p>The scale of the result is the larger of the two scales.
   *
   * @param newer the series whose points add to or replace this series' points
   * @return the merged series
   * @throws NullPointerException if {@code newer} is null
   * @since 0.1.0
   */
  public NavSeries merge(NavSeries newer) {
    Objects.requireNonNull(newer, "newer");
    if (newer.size == 0) {
      return this;
    }
    if (size == 0) {
      return newer;
    }
    return upsert(newer.columns());
  }

  /**
   * Returns this series with sorted, unique points added or replaced, {@code newer} winning.
   *
   * <p>The blocks before the first one the new points touch are kept as they are: points after the
   * last (the daily case) re-encode only the last block, a correction inside the history re-encodes
   * from its block on. The result is the series a full encoding would give, array for array, since
   * block boundaries sit at fixed point indexes and a block's bits depend only on its points. A scale
   * change rescales every NAV, so it re-encodes everything.
   */
  private NavSeries upsert(Columns newer) {
    if (newer.n == 0) {
      return this;
    }
    if (size == 0 || newer.scale > scale) {
      return encode(Columns.upsert(columns(), newer));
    }
    // The first point that may change: every point before it stays at its index with its NAV.
    int p = indexOnOrAfter(newer.days[0]);
    int firstChanged = p < 0 ? size : p;
    // A block wholly before it is kept; the last block is always re-encoded, as the stream's end is
    // where the kept blocks' bits stop only when a following block's start says so.
    int keep = Math.min(firstChanged >>> BLOCK_SHIFT, (index.length >>> 1) - 1);
    Columns merged = Columns.upsert(columns(keep), newer);
    BlockCodec.Encoded encoded =
        BlockCodec.encodeAfter(index, words, keep, merged.days, merged.values, merged.n);
    return new NavSeries((keep << BLOCK_SHIFT) + merged.n, scale, encoded.index(), encoded.words(),
        merged.days[merged.n - 1]);
  }

  // ---------------------------------------------------------------------------------------------
  // Object methods

  /**
   * Tells whether another object is a series with the same dates, NAVs and scale.
   *
   * @param other any object
   * @return {@code true} if {@code other} is an equal {@code NavSeries}
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    // The encoding is deterministic: equal content gives equal arrays.
    return other instanceof NavSeries that
        && size == that.size
        && scale == that.scale
        && hashCode() == that.hashCode()
        && Arrays.equals(index, that.index)
        && Arrays.equals(words, that.words);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code, computed once on first use
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      // Computed lazily: an upsert that only appends would otherwise read the whole stream again.
      h = 31 * (31 * (31 * size + scale) + Arrays.hashCode(index)) + Arrays.hashCode(words);
      hash = h;
    }
    return h;
  }

  /**
   * Returns a short description: the size, scale and date range, not the points.
   *
   * @return text such as {@code NavSeries[size=5252, scale=2, 1995-01-02..2016-06-03]}
   * @since 0.1.0
   */
  @Override
  public String toString() {
    if (size == 0) {
      return "NavSeries[size=0]";
    }
    return "NavSeries[size=" + size + ", scale=" + scale + ", " + LocalDate.ofEpochDay(firstDay)
        + ".." + LocalDate.ofEpochDay(lastDay) + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Decoding (see BlockCodec for the layout)

  private Optional<NavPoint> pointAt(int i) {
    return i < 0 ? Optional.empty() : Optional.of(point(i));
  }

  private NavPoint point(int i) {
    return new NavPoint(LocalDate.ofEpochDay(day(i)), BigDecimal.valueOf(value(i), scale));
  }

  private double toDouble(long unscaled) {
    // With the unscaled value below 2^53 both operands are exact doubles, so the quotient is the
    // double nearest the NAV.
    return unscaled / POW10_DOUBLE[scale];
  }

  private int blockLength(int block) {
    return Math.min(BLOCK, size - (block << BLOCK_SHIFT));
  }

  /**
   * Returns the last block whose first day is on or before {@code day}, given day >= firstDay.
   *
   * <p>Blocks hold a fixed number of points, so in a regular series (daily or business-day NAVs)
   * they start at nearly even intervals: a linear guess from the day is right or one off, and one
   * cache line of the index confirms it. Where the guess is further off, as in a history that turns
   * from weekly to daily NAVs, a bisection of the remaining range keeps the worst case O(log n).
   */
  private int block(int day) {
    int[] idx = index;
    int last = (idx.length >>> 1) - 1;
    int b = (int) Math.min(last, ((long) (day - firstDay) * blockSlope) >>> 32);
    if (idx[b << 1] > day) {
      b--;
      if (idx[b << 1] > day) {
        return bisect(idx, day, 0, b - 1);
      }
    } else if (b < last && idx[(b + 1) << 1] <= day) {
      b++;
      if (b < last && idx[(b + 1) << 1] <= day) {
        return bisect(idx, day, b + 1, last);
      }
    }
    return b;
  }

  /** Returns the last block in [lo, hi] starting on or before {@code day}, given idx[lo] <= day. */
  private static int bisect(int[] idx, int day, int lo, int hi) {
    // The trip count depends only on the range, and the step is a select the JIT can compile to a
    // conditional move: random dates cause no branch mispredictions.
    int n = hi - lo + 1;
    while (n > 1) {
      int half = n >>> 1;
      int mid = lo + half;
      lo = idx[mid << 1] <= day ? mid : lo;
      n -= half;
    }
    return lo;
  }

  /**
   * Finds the last point on or before a day within [firstDay, lastDay].
   *
   * @param checkExact whether to find out if the point is on {@code day}; if not, bit 0 is undefined
   * @return the point's index shifted left by one, with bit 0 set if the point is on {@code day}
   */
  private int floor(int day, boolean checkExact) {
    int b = block(day);
    int t = day - index[b << 1];
    int start = b << BLOCK_SHIFT;
    if (t == 0) {
      return (start << 1) | 1;
    }
    long[] w = words;
    int at = index[(b << 1) + 1];
    long meta = read(w, at + 64, META_BITS);
    int param = dateParam(meta);
    int dates = at + HEADER_BITS;
    int j;
    boolean exact;
    if (isBitmap(meta)) {
      if (t >= param) {
        // On or after the block's last point (param is the block's span).
        j = blockLength(b) - 1;
        exact = t == param;
      } else {
        // Bit q stands for day first + q + 1: the points up to day first + t are point 0 and the set
        // bits below t.
        j = rank(w, dates, t);
        exact = checkExact && (read64(w, dates + t - 1) & 1) != 0;
      }
    } else {
      int lo = 0;
      int hi = blockLength(b) - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (read(w, dates + (mid - 1) * param, param) <= t) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      j = lo;
      exact = checkExact && j > 0 && read(w, dates + (j - 1) * param, param) == t;
    }
    return ((start + j) << 1) | (exact ? 1 : 0);
  }

  /** Returns the unscaled NAV of point {@code i}. */
  private long value(int i) {
    int b = i >>> BLOCK_SHIFT;
    int j = i & BLOCK_MASK;
    long[] w = words;
    int at = index[(b << 1) + 1];
    long base = read64(w, at);
    long meta = read(w, at + 64, META_BITS);
    int slope = (int) meta;
    int width = (int) (meta >>> 32) & 63;
    int param = dateParam(meta);
    int navs = at + HEADER_BITS + (isBitmap(meta) ? param : (blockLength(b) - 1) * param);
    return base + (long) slope * j + read(w, navs + j * width, width);
  }

  /** Returns the epoch day of point {@code i}. */
  private int day(int i) {
    int b = i >>> BLOCK_SHIFT;
    int j = i & BLOCK_MASK;
    int first = index[b << 1];
    if (j == 0) {
      return first;
    }
    long[] w = words;
    int at = index[(b << 1) + 1];
    long meta = read(w, at + 64, META_BITS);
    int param = dateParam(meta);
    int dates = at + HEADER_BITS;
    if (isBitmap(meta)) {
      return first + 1 + select(w, dates, j);
    }
    return first + (int) read(w, dates + (j - 1) * param, param);
  }

  /** Decodes every point into sorted columns. */
  private Columns columns() {
    return columns(0);
  }

  /** Decodes the points from block {@code fromBlock} on into sorted columns. */
  private Columns columns(int fromBlock) {
    int from = Math.min(size, fromBlock << BLOCK_SHIFT);
    int n = size - from;
    int[] days = new int[n];
    long[] values = new long[n];
    long[] w = words;
    for (int b = fromBlock, start = 0; start < n; start += BLOCK, b++) {
      int m = blockLength(b);
      int first = index[b << 1];
      int at = index[(b << 1) + 1];
      long base = read64(w, at);
      long meta = read(w, at + 64, META_BITS);
      int slope = (int) meta;
      int width = (int) (meta >>> 32) & 63;
      int param = dateParam(meta);
      int dates = at + HEADER_BITS;
      days[start] = first;
      int navs;
      if (isBitmap(meta)) {
        int q = 0;
        for (int j = 1; j < m; j++) {
          long x = read64(w, dates + q);
          while (x == 0) {
            q += 64;
            x = read64(w, dates + q);
          }
          q += Long.numberOfTrailingZeros(x);
          days[start + j] = first + 1 + q;
          q++;
        }
        navs = dates + param;
      } else {
        for (int j = 1; j < m; j++) {
          days[start + j] = first + (int) read(w, dates + (j - 1) * param, param);
        }
        navs = dates + (m - 1) * param;
      }
      for (int j = 0; j < m; j++) {
        values[start + j] = base + (long) slope * j + read(w, navs + j * width, width);
      }
    }
    return new Columns(days, values, n, scale);
  }

  private static boolean isBitmap(long meta) {
    return (meta & (1L << 38)) == 0;
  }

  private static int dateParam(long meta) {
    return (int) (meta >>> 39) & 0xFFFF;
  }

  /** Counts the set bits among the {@code count} bits from {@code bit}. */
  private static int rank(long[] w, int bit, int count) {
    int r = 0;
    while (count >= 64) {
      r += Long.bitCount(read64(w, bit));
      bit += 64;
      count -= 64;
    }
    return r + Long.bitCount(read64(w, bit) & ((1L << count) - 1));
  }

  /** Returns the offset from {@code bit} of the {@code j}-th set bit (j >= 1), which must exist. */
  private static int select(long[] w, int bit, int j) {
    int offset = 0;
    while (true) {
      long x = read64(w, bit + offset);
      int c = Long.bitCount(x);
      if (c >= j) {
        for (int k = 1; k < j; k++) {
          x &= x - 1;
        }
        return offset + Long.numberOfTrailingZeros(x);
      }
      j -= c;
      offset += 64;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Columns and builder

  /** Sorted, unique points as primitive columns: epoch days and unscaled NAVs at one scale. */
  private static final class Columns {
    final int[] days;
    final long[] values;
    final int n;
    final int scale;

    Columns(int[] days, long[] values, int n, int scale) {
      this.days = days;
      this.values = values;
      this.n = n;
      this.scale = scale;
    }

    /** Returns the values at a scale not below this one; appends zeros, so exact. */
    long[] valuesAt(int toScale) {
      if (toScale == scale) {
        return values;
      }
      long factor = POW10[toScale - scale];
      long[] scaled = new long[n];
      for (int i = 0; i < n; i++) {
        scaled[i] = values[i] * factor;
      }
      return scaled;
    }

    /** Merges two sorted column sets, {@code newer} winning on a shared date. */
    static Columns upsert(Columns older, Columns newer) {
      int s = Math.max(older.scale, newer.scale);
      long[] ov = older.valuesAt(s);
      long[] nv = newer.valuesAt(s);
      if (older.n == 0 || newer.n > 0 && newer.days[0] > older.days[older.n - 1]) {
        // Every new point follows the older ones: a concatenation.
        int[] days = Arrays.copyOf(older.days, older.n + newer.n);
        long[] values = Arrays.copyOf(ov, older.n + newer.n);
        System.arraycopy(newer.days, 0, days, older.n, newer.n);
        System.arraycopy(nv, 0, values, older.n, newer.n);
        return new Columns(days, values, older.n + newer.n, s);
      }
      int[] days = new int[older.n + newer.n];
      long[] values = new long[older.n + newer.n];
      int i = 0;
      int k = 0;
      int n = 0;
      while (i < older.n || k < newer.n) {
        int od = i < older.n ? older.days[i] : Integer.MAX_VALUE;
        int nd = k < newer.n ? newer.days[k] : Integer.MAX_VALUE;
        if (nd <= od) {
          days[n] = nd;
          values[n++] = nv[k++];
          if (nd == od) {
            i++;
          }
        } else {
          days[n] = od;
          values[n++] = ov[i++];
        }
      }
      return new Columns(days, values, n, s);
    }
  }

  /**
   * Collects points in any order and builds a {@link NavSeries}.
   *
   * <p>By default two points for one date must have equal NAVs (by {@link BigDecimal#compareTo}), and
   * {@link #build()} rejects the series otherwise; with {@link #replaceDuplicates(boolean)
   * replaceDuplicates(true)} the point added last wins instead. The builder stores each point in 13
   * bytes of primitive arrays, so it can take a long history cheaply.
   *
   * <p>A builder is not thread-safe. It may be used again after {@link #build()}: further points add to
   * those already given.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private int[] days = new int[16];
    private long[] unscaled = new long[16];
    private byte[] scales = new byte[16];
    private int count;
    private boolean replaceDuplicates;

    private Builder() {}

    /**
     * Adds a point.
     *
     * @param point the point to add
     * @return this builder
     * @throws NullPointerException if {@code point} is null
     * @since 0.1.0
     */
    public Builder add(NavPoint point) {
      Objects.requireNonNull(point, "point");
      if (count == days.length) {
        grow(count + 1);
      }
      BigDecimal nav = point.nav();
      days[count] = (int) point.date().toEpochDay();
      // NavPoint bounds the NAV below 10^10 at scale <= 8, so the unscaled value fits a long.
      // Shifting the point out keeps a small decimal compact: no BigInteger is made.
      unscaled[count] = nav.scaleByPowerOfTen(nav.scale()).longValueExact();
      scales[count] = (byte) nav.scale();
      count++;
      return this;
    }

    /**
     * Adds a point made from a date and a NAV.
     *
     * @param date the date of the NAV
     * @param nav the NAV in rupees per unit, kept at its scale
     * @return this builder
     * @throws NullPointerException if {@code date} or {@code nav} is null
     * @throws InvalidValueException if the date or NAV breaks a limit of {@link NavPoint}
     * @since 0.1.0
     */
    public Builder add(LocalDate date, BigDecimal nav) {
      return add(new NavPoint(date, nav));
    }

    /**
     * Adds points in iteration order, which matters only with {@link #replaceDuplicates(boolean)
     * replaceDuplicates(true)}.
     *
     * @param points the points to add
     * @return this builder
     * @throws NullPointerException if {@code points} or one of its elements is null
     * @since 0.1.0
     */
    public Builder addAll(Iterable<? extends NavPoint> points) {
      Objects.requireNonNull(points, "points");
      if (points instanceof Collection<?> collection && count + collection.size() > days.length) {
        grow(count + collection.size());
      }
      for (NavPoint point : points) {
        add(point);
      }
      return this;
    }

    /**
     * Sets what {@link #build()} does with two points for one date and different NAVs.
     *
     * @param replace {@code true} to keep the point added last; {@code false} (the default) to reject
     *     the series
     * @return this builder
     * @since 0.1.0
     */
    public Builder replaceDuplicates(boolean replace) {
      this.replaceDuplicates = replace;
      return this;
    }

    /**
     * Builds the series of the points added so far.
     *
     * @return the series, sorted by date with one point a date, at the most decimals among the NAVs
     * @throws InvalidValueException for field {@code "nav"} if two points for one date have different
     *     NAVs and duplicates are not replaced
     * @since 0.1.0
     */
    public NavSeries build() {
      return encode(columns());
    }

    private void grow(int needed) {
      int capacity = Math.max(needed, days.length + (days.length >>> 1));
      days = Arrays.copyOf(days, capacity);
      unscaled = Arrays.copyOf(unscaled, capacity);
      scales = Arrays.copyOf(scales, capacity);
    }

    /** Sorts by date, keeping insertion order within a date, and resolves duplicates. */
    private Columns columns() {
      int s = 0;
      boolean ascending = true;
      for (int i = 0; i < count; i++) {
        s = Math.max(s, scales[i]);
        ascending &= i == 0 || days[i - 1] < days[i];
      }
      if (ascending) {
        // Already sorted with unique dates (a daily point, a history read in order): no sort needed.
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
          values[i] = unscaled[i] * POW10[s - scales[i]];
        }
        return new Columns(Arrays.copyOf(days, count), values, count, s);
      }
      // Day relative to 1900-01-01 (22 bits) above the insertion number: one primitive sort, stable.
      long[] keys = new long[count];
      for (int i = 0; i < count; i++) {
        keys[i] = ((long) (days[i] - MIN_EPOCH_DAY) << 32) | i;
      }
      Arrays.sort(keys);
      int[] sortedDays = new int[count];
      long[] values = new long[count];
      int n = 0;
      for (long key : keys) {
        int i = (int) key;
        long value = unscaled[i] * POW10[s - scales[i]];
        if (n > 0 && sortedDays[n - 1] == days[i]) {
          if (values[n - 1] != value) {
            if (!replaceDuplicates) {
              throw new InvalidValueException("nav", BigDecimal.valueOf(value, s).toPlainString(),
                  "conflicts with NAV " + BigDecimal.valueOf(values[n - 1], s).toPlainString()
                      + " given earlier for " + LocalDate.ofEpochDay(days[i])
                      + "; use replaceDuplicates(true) to keep the later point");
            }
            values[n - 1] = value;
          }
        } else {
          sortedDays[n] = days[i];
          values[n++] = value;
        }
      }
      return new Columns(sortedDays, values, n, s);
    }
  }
}
