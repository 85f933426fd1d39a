package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rolling returns of a NAV series over one window length: one annual rate per window, in the
 * order of the windows' end dates, with their distribution.
 *
 * <p>Made by {@link RollingReturns}. Values are kept in primitive arrays; {@link #windows()} is a
 * view that makes a {@link RollingWindow} per access. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RollingResult {

  /** What each window measures. */
  public enum Kind {
    /** A lumpsum invested at the window's start: the CAGR from start to end NAV. */
    LUMPSUM,
    /** Monthly instalments over the window, valued at its end: the XIRR of the flows. */
    SIP
  }

  private final Kind kind;
  private final Period window;
  private final int[] startDays;
  private final int[] endDays;
  private final double[] values;
  private final double[] sorted;
  private final int unsolved;

  RollingResult(Kind kind, Period window, int[] startDays, int[] endDays, double[] values,
      int size, int unsolved) {
    this.kind = kind;
    this.window = window;
    this.startDays = Arrays.copyOf(startDays, size);
    this.endDays = Arrays.copyOf(endDays, size);
    this.values = Arrays.copyOf(values, size);
    this.sorted = this.values.clone();
    Arrays.sort(this.sorted);
    this.unsolved = unsolved;
  }

  /**
   * Returns what each window measures.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the window length.
   *
   * @return the window, whole months or years
   */
  public Period window() {
    return window;
  }

  /**
   * Returns the number of windows.
   *
   * @return zero when the series is shorter than one window
   */
  public int size() {
    return values.length;
  }

  /**
   * Tells whether there is no window: the series is shorter than the window length.
   *
   * @return true when {@link #size()} is zero
   */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * Returns the number of SIP windows left out because no rate was found for them (a rate beyond
   * the range of a {@code double}); zero in practice and always for lumpsum.
   *
   * @return the number of windows left out
   */
  public int unsolved() {
    return unsolved;
  }

  /**
   * Returns one window.
   *
   * @param i the index, 0 for the earliest end date
   * @return the window
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public RollingWindow get(int i) {
    Objects.checkIndex(i, values.length);
    return new RollingWindow(LocalDate.ofEpochDay(startDays[i]), LocalDate.ofEpochDay(endDays[i]),
        values[i]);
  }

  /**
   * Returns the annual rate of one window without making a {@link RollingWindow}.
   *
   * @param i the index, 0 for the earliest end date
   * @return the rate as a fraction
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double value(int i) {
    Objects.checkIndex(i, values.length);
    return values[i];
  }

  /**
   * Returns every window, ordered by end date.
   *
   * @return an unmodifiable list view
   */
  public List<RollingWindow> windows() {
    return new AbstractList<>() {
      @Override
      public RollingWindow get(int index) {
        return RollingResult.this.get(index);
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }

  /**
   * Returns a percentile of the windows' returns, interpolated linearly between order statistics
   * (see {@link RollingSummary}).
   *
   * @param p the probability, 0 to 1 ({@code 0.5} for the median)
   * @return the percentile as a fraction
   * @throws InvalidValueException if {@code p} is outside 0 to 1
   * @throws IllegalStateException if there is no window
   */
  public double percentile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new InvalidValueException("p", p, "must be from 0 to 1");
    }
    requireWindows();
    return percentileOfSorted(sorted, p);
  }

  /**
   * Returns the share of windows whose return is strictly below a threshold.
   *
   * @param threshold the threshold as a fraction ({@code 0} for the share of losing windows)
   * @return the share, 0 to 1
   * @throws IllegalStateException if there is no window
   */
  public double shareBelow(double threshold) {
    requireWindows();
    return (double) lowerBound(threshold) / sorted.length;
  }

  /**
   * Returns the share of windows whose return is strictly above a threshold.
   *
   * @param threshold the threshold as a fraction, such as {@code 0.12}
   * @return the share, 0 to 1
   * @throws IllegalStateException if there is no window
   */
  public double shareAbove(double threshold) {
    requireWindows();
    return (double) (sorted.length - upperBound(threshold)) / sorted.length;
  }

  /**
   * Returns the distribution of the windows' returns.
   *
   * @param threshold the threshold for {@link RollingSummary#shareAboveThreshold()}, as a fraction
   * @return the summary, or empty when there is no window
   */
  public Optional<RollingSummary> summary(double threshold) {
    if (isEmpty()) {
      return Optional.empty();
    }
    int worst = 0;
    int best = 0;
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i];
      if (values[i] < values[worst]) {
        worst = i;
      }
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return Optional.of(new RollingSummary(values.length, sorted[0], sorted[sorted.length - 1],
        sum / values.length, percentile(0.5), percentile(0.05), percentile(0.25),
        percentile(0.75), percentile(0.95), shareBelow(0.0), threshold, shareAbove(threshold),
        get(worst), get(best)));
  }

  /** Type 7 percentile of sorted values (Hyndman and Fan, 1996). */
  static double percentileOfSorted(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private int lowerBound(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int upperBound(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void requireWindows() {
    if (isEmpty()) {
      throw new IllegalStateException("no " + window + " window: the series is shorter");
    }
  }

  @Override
  public String toString() {
    return "RollingResult[" + kind + " " + window + ", " + values.length + " windows]";
  }
}
