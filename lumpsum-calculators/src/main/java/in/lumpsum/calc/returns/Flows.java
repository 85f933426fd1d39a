package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

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
    if (!(flows instanceof RandomAccess)) {
      // get(i) below must be O(1): a LinkedList would make the merge quadratic.
      flows = Arrays.asList(flows.toArray(new CashFlow[0]));
    }
    int n = flows.size();
    if (n == 0) {
      return new Flows(new int[0], new double[0], 0, 1.0 / Xirr.DAYS_PER_YEAR);
    }
    LocalDate first = flow(flows, 0).date();
    LocalDate lastDate = flow(flows, n - 1).date();
    long origin = first.toEpochDay();
    long span = lastDate.toEpochDay() - origin;
    long years = (long) lastDate.getYear() - first.getYear() + 1;
    // Sorted input has at most one merged flow per day of its span, and never more than n: sized
    // so, the arrays need not grow (30 years of daily flows merge to about 11,000 dates).
    Flows merged = span < 0 ? null
        : 12 * years * 4 <= n ? byMonthTable(flows, first, origin, checkSpan(span), (int) years)
        : byCachedYear(flows, origin, (int) Math.min(n, checkSpan(span) + 1));
    return merged != null ? merged : unsorted(flows, origin);
  }

  /**
   * Merges sorted flows, four or more a month on average, with a table of the offsets of the
   * first of each month: one load per date instead of a branch on the change of month. Returns null
   * if the flows are not sorted: a date before its predecessor or outside {@code [first, first +
   * span]}.
   *
   * <p>Whether a flow starts a new date is a branch that at a few flows a day no predictor gets
   * right, and each miss also stalls the loads of the flows after it. So the flows are merged in
   * two halves at once, split where a date starts, in one loop: the halves' loads and misses
   * overlap. The first half's dates, all before the second half's first date {@code tb} and at most
   * {@code h} in number, fit below offset {@code min(tb, h)}, where the second half writes; it is
   * moved down after. Each half keeps its current date's running sum in a register and stores
   * only a date's total.
   */
  private static Flows byMonthTable(List<CashFlow> flows, LocalDate first, long origin, long span,
      int years) {
    int n = flows.size();
    int h = n / 2;
    LocalDate before = flows.get(h - 1).date();
    while (h < n && flows.get(h).date().equals(before)) {
      h++;
    }
    if (h == n) {
      return byCachedYear(flows, origin, (int) Math.min(n, span + 1));
    }
    int capacity = (int) Math.min(n, span + 1);
    int[] time = new int[capacity];
    double[] amount = new double[capacity];
    int y0 = first.getYear();
    int[] monthStart = monthStarts(y0, origin, years);
    int maxT = (int) span;
    int tb = offset(flows.get(h).date(), y0, years, monthStart);
    if (tb <= 0 || tb > maxT) {
      return null;
    }
    int mA = 0;
    int lastA = 0;
    double sumA = flows.get(0).amount();
    int base = Math.min(tb, h);
    int mB = base;
    int lastB = tb;
    double sumB = flows.get(h).amount();
    time[base] = tb;
    int lengthB = n - h;
    for (int i = 1; i < lengthB; i++) {
      CashFlow fa = flows.get(i);
      CashFlow fb = flows.get(h + i);
      int ta = offset(fa.date(), y0, years, monthStart);
      int t = offset(fb.date(), y0, years, monthStart);
      double a = fa.amount();
      double b = fb.amount();
      if (ta == lastA) {
        sumA += a;
      } else if (ta > lastA && ta < tb) {
        amount[mA] = sumA;
        time[++mA] = ta;
        sumA = a;
        lastA = ta;
      } else {
        return null;
      }
      if (t == lastB) {
        sumB += b;
      } else if (t > lastB && t <= maxT) {
        amount[mB] = sumB;
        time[++mB] = t;
        sumB = b;
        lastB = t;
      } else {
        return null;
      }
    }
    for (int i = Math.max(1, lengthB); i < h; i++) {
      CashFlow fa = flows.get(i);
      int ta = offset(fa.date(), y0, years, monthStart);
      if (ta == lastA) {
        sumA += fa.amount();
      } else if (ta > lastA && ta < tb) {
        amount[mA] = sumA;
        time[++mA] = ta;
        sumA = fa.amount();
        lastA = ta;
      } else {
        return null;
      }
    }
    amount[mA] = sumA;
    amount[mB] = sumB;
    int countA = mA + 1;
    int countB = mB + 1 - base;
    System.arraycopy(time, base, time, countA, countB);
    System.arraycopy(amount, base, amount, countA, countB);
    return compact(time, amount, countA + countB, 1.0 / Xirr.DAYS_PER_YEAR);
  }

  /** The offset of a date from the month table, or -1 outside its years. */
  private static int offset(LocalDate date, int y0, int years, int[] monthStart) {
    int dy = date.getYear() - y0;
    return Integer.compareUnsigned(dy, years) < 0
        ? monthStart[dy * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1
        : -1;
  }

  /**
   * Merges sorted flows, fewer than four a month, caching the offset of the first of January of
   * the current year: a date then costs a load of its month's start from a table for common or
   * leap years, with a branch only on the change of year (the change of month, at a few flows a
   * month, is a branch no predictor gets right). Returns null if the flows are not sorted.
   */
  private static Flows byCachedYear(List<CashFlow> flows, long origin, int capacity) {
    int n = flows.size();
    int[] time = new int[capacity];
    double[] amount = new double[capacity];
    int m = 0;
    int last = Integer.MIN_VALUE;
    int year = Integer.MIN_VALUE;
    long yearStart = 0;
    int[] cumulative = CUMULATIVE_DAYS;
    for (int i = 0; i < n; i++) {
      CashFlow cf = flows.get(i);
      LocalDate date = cf.date();
      int y = date.getYear();
      if (y != year) {
        if (y == year + 1) {
          yearStart = checkSpan(yearStart + (isLeap(year) ? 366 : 365));
        } else {
          yearStart = checkSpan(CivilDays.epochDay(y, 1, 1) - origin);
        }
        year = y;
        cumulative = isLeap(y) ? CUMULATIVE_DAYS_LEAP : CUMULATIVE_DAYS;
      }
      int t = (int) (yearStart + cumulative[date.getMonthValue() - 1] + date.getDayOfMonth() - 1);
      if (t == last) {
        amount[m - 1] += cf.amount();
      } else if (t > last && m < capacity) {
        time[m] = t;
        amount[m] = cf.amount();
        m++;
        last = t;
      } else {
        return null;
      }
    }
    return compact(time, amount, m, 1.0 / Xirr.DAYS_PER_YEAR);
  }

  /** Days from {@code origin} to the first of each month of {@code years} years from {@code y0}. */
  private static int[] monthStarts(int y0, long origin, int years) {
    int[] start = new int[12 * years];
    int day = (int) (LocalDate.of(y0, 1, 1).toEpochDay() - origin);
    for (int y = 0, k = 0; y < years; y++, k += 12) {
      int leap = isLeap(y0 + y) ? 1 : 0;
      for (int month = 0; month < 12; month++) {
        start[k + month] = day + CUMULATIVE_DAYS[month] + (month >= 2 ? leap : 0);
      }
      day += 365 + leap;
    }
    return start;
  }

  /** Days in a common year before the first of each month. */
  private static final int[] CUMULATIVE_DAYS = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304,
      334};
  /** Days in a leap year before the first of each month. */
  private static final int[] CUMULATIVE_DAYS_LEAP = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274,
      305, 335};

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
    for (int i = 0; i < n; i++) {
      CashFlow cf = flow(flows, i);
      raw[i] = (int) checkSpan(cf.date().toEpochDay() - origin);
      amounts[i] = cf.amount();
    }
    return unsorted(raw, amounts);
  }

  /**
   * Merges flows given as arrays: {@code epochDays[i]} (days since 1970-01-01, as
   * {@link LocalDate#toEpochDay()}) and {@code amounts[i]}, in any order. Sorted input is merged in
   * one pass, with no object read per flow.
   */
  static Flows ofEpochDays(long[] epochDays, double[] amounts) {
    Objects.requireNonNull(epochDays, "epochDays");
    Objects.requireNonNull(amounts, "amounts");
    int n = epochDays.length;
    if (amounts.length != n) {
      throw new InvalidValueException("amounts", amounts.length + " amounts",
          "must be as many as the " + n + " dates");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(amounts[i])) {
        throw new InvalidValueException("amounts[" + i + "]", amounts[i], "must be a finite number");
      }
    }
    if (n == 0) {
      return new Flows(new int[0], new double[0], 0, 1.0 / Xirr.DAYS_PER_YEAR);
    }
    long origin = epochDays[0];
    long span = epochDays[n - 1] - origin;
    if (span >= 0 && span <= MAX_SPAN_DAYS) {
      int capacity = (int) Math.min(n, span + 1);
      int[] time = new int[capacity];
      double[] amount = new double[capacity];
      int m = 0;
      long last = Long.MIN_VALUE;
      boolean sorted = true;
      for (int i = 0; i < n && sorted; i++) {
        long d = epochDays[i];
        if (d == last) {
          amount[m - 1] += amounts[i];
        } else if (d > last && d - origin <= span && m < capacity) {
          time[m] = (int) (d - origin);
          amount[m] = amounts[i];
          m++;
          last = d;
        } else {
          sorted = false;
        }
      }
      if (sorted) {
        return compact(time, amount, m, 1.0 / Xirr.DAYS_PER_YEAR);
      }
    }
    int[] raw = new int[n];
    for (int i = 0; i < n; i++) {
      raw[i] = (int) checkSpan(epochDays[i] - origin);
    }
    return unsorted(raw, amounts);
  }

  /** Unsorted offsets from an origin: bucketed by day (dense range) or sorted (sparse range). */
  private static Flows unsorted(int[] raw, double[] amounts) {
    int n = raw.length;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int t : raw) {
      min = Math.min(min, t);
      max = Math.max(max, t);
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

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
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
