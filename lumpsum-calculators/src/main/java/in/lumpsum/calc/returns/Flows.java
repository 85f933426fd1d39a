package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cash flows merged by date and laid out for the solver: ascending distinct time offsets (days, or
 * periods) from the first non-zero flow, with non-zero net amounts.
 *
 * <p>Flows on the same date are added together first, so same-day opposite flows (a switch out and
 * in, a reversal) cancel exactly instead of giving the solver two terms with equal discount factors.
 * Zero net amounts are dropped. Sorted input is merged in one pass; unsorted input is bucketed by
 * day when the date range is dense, or sorted otherwise.
 */
final class Flows {

  /** The widest span of dates accepted, about 5,800 years: offsets must fit an {@code int}. */
  static final long MAX_SPAN_DAYS = Integer.MAX_VALUE / 2;

  final int[] time;
  final double[] amount;
  final int size;
  /** Years per unit of {@link #time}: 1/365 for dated flows, 1 for periodic values. */
  final double unit;

  private Flows(int[] time, double[] amount, int size, double unit) {
    this.time = time;
    this.amount = amount;
    this.size = size;
    this.unit = unit;
  }

  /** Merges dated flows; time unit 1/365 of a year. */
  static Flows ofDated(List<CashFlow> flows) {
    Objects.requireNonNull(flows, "flows");
    int n = flows.size();
    if (n == 0) {
      return new Flows(new int[0], new double[0], 0, 1.0 / Xirr.DAYS_PER_YEAR);
    }
    long origin = flow(flows, 0).date().toEpochDay();
    // Sorted input has at most one merged flow per day of its span, and never more than n: sized
    // so, the arrays need not grow (30 years of daily flows merge to about 11,000 dates).
    long span = flow(flows, n - 1).date().toEpochDay() - origin;
    int capacity = span >= 0 ? (int) Math.min(n, span + 1) : Math.min(n, 1024);
    int[] time = new int[capacity];
    double[] amount = new double[capacity];
    int m = 0;
    int last = Integer.MIN_VALUE;
    // The epoch day of the first of the current month, cached: most dates then cost three field
    // reads instead of LocalDate.toEpochDay()'s leap-year arithmetic.
    int year = Integer.MIN_VALUE;
    int month = 0;
    long monthStart = 0;
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      CashFlow cf = flows.get(i);
      LocalDate date = cf.date();
      int y = date.getYear();
      int mo = date.getMonthValue();
      int d = date.getDayOfMonth();
      if (y != year || mo != month) {
        if (mo == month + 1 && y == year) {
          // The next month of the same year: no need for toEpochDay's leap-year arithmetic.
          monthStart = checkSpan(monthStart + daysInMonth(year, month));
        } else {
          year = y;
          monthStart = checkSpan(date.toEpochDay() - (d - 1) - origin);
        }
        month = mo;
      }
      int t = (int) (monthStart + d - 1);
      if (t == last) {
        amount[m - 1] += cf.amount();
      } else if (t > last) {
        if (m == capacity) {
          capacity = Math.min(n, capacity * 2);
          time = Arrays.copyOf(time, capacity);
          amount = Arrays.copyOf(amount, capacity);
        }
        time[m] = t;
        amount[m] = cf.amount();
        m++;
        last = t;
      } else {
        sorted = false;
        break;
      }
    }
    if (!sorted) {
      return unsorted(flows, origin);
    }
    return compact(time, amount, m, 1.0 / Xirr.DAYS_PER_YEAR);
  }

  /** Periodic values: value {@code i} at time {@code i}; time unit one period. */
  static Flows ofPeriodic(double[] values) {
    Objects.requireNonNull(values, "values");
    int n = values.length;
    int[] time = new int[n];
    double[] amount = new double[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        throw new InvalidValueException("values[" + i + "]", values[i], "must be a finite number");
      }
      time[i] = i;
      amount[i] = values[i];
    }
    return compact(time, amount, n, 1.0);
  }

  private static CashFlow flow(List<CashFlow> flows, int i) {
    return Objects.requireNonNull(flows.get(i), "flows contains null");
  }

  /** Unsorted input: collect every offset, then bucket (dense range) or sort (sparse range). */
  private static Flows unsorted(List<CashFlow> flows, long origin) {
    int n = flows.size();
    int[] raw = new int[n];
    double[] amounts = new double[n];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      CashFlow cf = flow(flows, i);
      int last = (int) checkSpan(cf.date().toEpochDay() - origin);
      raw[i] = last;
      amounts[i] = cf.amount();
      min = Math.min(min, last);
      max = Math.max(max, last);
    }
    long range = (long) max - min + 1;
    if (range <= 4L * n + 4096) {
      // Dense: one bucket per day, O(n + range), no comparison sort.
      double[] bucket = new double[(int) range];
      boolean[] present = new boolean[(int) range];
      for (int i = 0; i < n; i++) {
        int b = raw[i] - min;
        bucket[b] += amounts[i];
        present[b] = true;
      }
      int m = 0;
      for (int b = 0; b < range; b++) {
        if (present[b]) {
          m++;
        }
      }
      int[] time = new int[m];
      double[] amount = new double[m];
      int k = 0;
      for (int b = 0; b < range; b++) {
        if (present[b]) {
          time[k] = b;
          amount[k] = bucket[b];
          k++;
        }
      }
      return compact(time, amount, m, 1.0 / Xirr.DAYS_PER_YEAR);
    }
    // Sparse: sort (offset, index) pairs packed in longs; the index keeps the sort stable.
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) (raw[i] - min) << 32) | i;
    }
    Arrays.sort(keys);
    int[] time = new int[n];
    double[] amount = new double[n];
    int m = 0;
    int prev = -1;
    for (int j = 0; j < n; j++) {
      int t = (int) (keys[j] >>> 32);
      double a = amounts[(int) keys[j]];
      if (m > 0 && t == prev) {
        amount[m - 1] += a;
      } else {
        time[m] = t;
        amount[m] = a;
        m++;
        prev = t;
      }
    }
    return compact(time, amount, m, 1.0 / Xirr.DAYS_PER_YEAR);
  }

  /** The length of a month of the proleptic Gregorian calendar, as {@code LocalDate} has it. */
  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static long checkSpan(long days) {
    if (days > MAX_SPAN_DAYS || days < -MAX_SPAN_DAYS) {
      throw new InvalidValueException("flows", days + " days",
          "dates must lie within " + MAX_SPAN_DAYS + " days of each other");
    }
    return days;
  }

  /** Drops zero net amounts and rebases times so the first non-zero flow is at time 0. */
  private static Flows compact(int[] time, double[] amount, int m, double unit) {
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (amount[i] != 0.0) {
        time[k] = time[i];
        amount[k] = amount[i];
        k++;
      }
    }
    if (k > 0 && time[0] != 0) {
      int base = time[0];
      for (int i = 0; i < k; i++) {
        time[i] -= base;
      }
    }
    return new Flows(time, amount, k, unit);
  }
}
