package in.lumpsum.core.time;

import in.lumpsum.core.nav.NavSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The business days of Indian markets: Monday to Friday less a set of holidays, plus the odd weekend
 * session, known over a span of dates.
 *
 * <h2>Where the holidays come from</h2>
 *
 * <p>lumpsum ships no holiday list: the exchanges publish one each December, and a copied list would
 * need a source a year and go stale. A calendar is instead
 * <ul>
 *   <li>{@link #learnedFrom(NavSeries) learned} from a reference series that has a point on every
 *       business day, such as the NIFTY 50 index or the NAVs of an equity index fund: every weekday
 *       from its first to its last date without a point is a holiday, and every Saturday or Sunday
 *       with a point is a {@link #specialTradingDays() special trading day} (the exchanges have held
 *       weekend sessions, for a Union Budget presented on a Saturday or for Muhurat trading at Diwali);
 *   <li>or {@link #of(Collection) given} as dates, such as an exchange's published list;
 *   <li>or {@link #union(BusinessCalendar) combined} from both.
 * </ul>
 * A learned calendar is only as good as its reference: a weekday the reference misses for want of data
 * is learned as a holiday.
 *
 * <h2>The span</h2>
 *
 * <p>A calendar knows holidays over one span of dates, {@link #knownFrom()} to {@link #knownTo()}
 * (both included): the reference's first to last date, or the first to last date given. <b>Outside
 * the span it knows no holidays</b>: every weekday there is a business day and every weekend day is
 * not. {@link #weekdays()} has no span at all.
 *
 * <h2>Cost</h2>
 *
 * <p>{@link #isBusinessDay(long)} and {@link #isHoliday(long)} are O(1) and allocation-free (a bit
 * set over the span's epoch days); {@link #businessDaysBetween(long, long)} is O(log n) in the
 * holidays and allocation-free. A learned calendar of 26 years takes about 2 KB.
 *
 * <p>Instances are immutable and thread-safe. Two calendars are equal when they have the same span,
 * holidays and special trading days.
 *
 * @since 0.1.0
 */
public final class BusinessCalendar {

  private static final BusinessCalendar WEEKDAYS =
      new BusinessCalendar(1, 0, new long[0], new long[0]);

  /** Epoch day of 1970-01-05, a Monday. */
  private static final long MONDAY = 4;

  /** The span, both epoch days included; empty when {@code first > last}. */
  private final long first;
  private final long last;
  /** Weekday holidays inside the span, sorted, as epoch days. */
  private final long[] holidays;
  /** Weekend business days inside the span, sorted, as epoch days. */
  private final long[] special;
  /** Bit {@code d - first} is set for a holiday or a special trading day. */
  private final BitSet exceptions;

  private BusinessCalendar(long first, long last, long[] holidays, long[] special) {
    this.first = first;
    this.last = last;
    this.holidays = holidays;
    this.special = special;
    this.exceptions = new BitSet(first > last ? 0 : (int) (last - first + 1));
    for (long d : holidays) {
      exceptions.set((int) (d - first));
    }
    for (long d : special) {
      exceptions.set((int) (d - first));
    }
  }

  /**
   * Returns the calendar of Monday to Friday, with no holidays and no span.
   *
   * @return the calendar
   */
  public static BusinessCalendar weekdays() {
    return WEEKDAYS;
  }

  /**
   * Returns a calendar of the given holidays, known from the earliest to the latest of them. Weekend
   * dates among them are ignored: they are not business days anyway.
   *
   * @param holidays the holidays, in any order, duplicates allowed
   * @return the calendar; {@link #weekdays()} when no weekday is given
   * @throws NullPointerException if {@code holidays} or one of its dates is null
   */
  public static BusinessCalendar of(Collection<LocalDate> holidays) {
    return of(holidays, List.of());
  }

  /**
   * Returns a calendar of the given holidays and special trading days, known from the earliest to the
   * latest date of the two. Weekend dates among the holidays and weekdays among the special trading
   * days are ignored: they change nothing.
   *
   * @param holidays weekdays that are not business days, in any order
   * @param specialTradingDays Saturdays and Sundays that are business days, in any order
   * @return the calendar
   * @throws NullPointerException if an argument or one of its dates is null
   * @throws IllegalArgumentException if a weekend date is both a holiday and a special trading day
   *     (naming {@code specialTradingDays})
   */
  public static BusinessCalendar of(Collection<LocalDate> holidays,
      Collection<LocalDate> specialTradingDays) {
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(specialTradingDays, "specialTradingDays");
    TreeSet<Long> h = new TreeSet<>();
    TreeSet<Long> weekendHolidays = new TreeSet<>();
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (LocalDate date : holidays) {
      long d = Objects.requireNonNull(date, "holidays: null date").toEpochDay();
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
      (isWeekend(d) ? weekendHolidays : h).add(d);
    }
    TreeSet<Long> s = new TreeSet<>();
    for (LocalDate date : specialTradingDays) {
      long d = Objects.requireNonNull(date, "specialTradingDays: null date").toEpochDay();
      if (weekendHolidays.contains(d)) {
        throw new IllegalArgumentException("specialTradingDays: " + date
            + " is also given as a holiday");
      }
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
      if (isWeekend(d)) {
        s.add(d);
      }
    }
    if (h.isEmpty() && s.isEmpty()) {
      return WEEKDAYS;
    }
    return create(lo, hi, toArray(h), toArray(s));
  }

  /**
   * Learns a calendar from a reference series that has a point on every business day, such as the
   * NIFTY 50 index or the NAVs of an equity index fund: see the class description.
   *
   * @param reference the reference series
   * @return the calendar, known from the reference's first to its last date; {@link #weekdays()}
   *     when the reference is empty
   * @throws NullPointerException if {@code reference} is null
   */
  public static BusinessCalendar learnedFrom(NavSeries reference) {
    Objects.requireNonNull(reference, "reference");
    long[] days = new long[reference.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = reference.epochDayAt(i);
    }
    return learned(days);
  }

  /**
   * Learns a calendar from the dates of a reference series that has a point on every business day:
   * see the class description.
   *
   * @param referenceDates the dates, in any order, duplicates allowed
   * @return the calendar, known from the earliest to the latest date; {@link #weekdays()} when there
   *     is none
   * @throws NullPointerException if {@code referenceDates} or one of its dates is null
   */
  public static BusinessCalendar learnedFrom(Collection<LocalDate> referenceDates) {
    Objects.requireNonNull(referenceDates, "referenceDates");
    long[] days = new long[referenceDates.size()];
    int n = 0;
    for (LocalDate d : referenceDates) {
      days[n++] = Objects.requireNonNull(d, "referenceDates: null date").toEpochDay();
    }
    Arrays.sort(days);
    int distinct = 0;
    for (int i = 0; i < days.length; i++) {
      if (distinct == 0 || days[i] != days[distinct - 1]) {
        days[distinct++] = days[i];
      }
    }
    return learned(Arrays.copyOf(days, distinct));
  }

  /**
   * Learns a calendar from the dates of a reference series, as epoch days: see
   * {@link #learnedFrom(Collection)}.
   *
   * @param referenceEpochDays the dates as {@link LocalDate#toEpochDay() epoch days}, strictly
   *     increasing; not modified
   * @return the calendar; {@link #weekdays()} when the array is empty
   * @throws NullPointerException if {@code referenceEpochDays} is null
   * @throws IllegalArgumentException if the days are not strictly increasing or are not valid dates
   *     (naming {@code referenceEpochDays})
   */
  public static BusinessCalendar learnedFrom(long[] referenceEpochDays) {
    Objects.requireNonNull(referenceEpochDays, "referenceEpochDays");
    for (int i = 0; i < referenceEpochDays.length; i++) {
      long d = referenceEpochDays[i];
      if (i > 0 && d <= referenceEpochDays[i - 1]) {
        throw new IllegalArgumentException("referenceEpochDays: not strictly increasing at index " + i
            + " (" + referenceEpochDays[i - 1] + " then " + d + ")");
      }
    }
    if (referenceEpochDays.length > 0) {
      try {
        LocalDate.ofEpochDay(referenceEpochDays[0]);
        LocalDate.ofEpochDay(referenceEpochDays[referenceEpochDays.length - 1]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("referenceEpochDays: outside the range of LocalDate", e);
      }
    }
    return learned(referenceEpochDays.clone());
  }

  /** Learns from strictly increasing epoch days. */
  private static BusinessCalendar learned(long[] days) {
    if (days.length == 0) {
      return WEEKDAYS;
    }
    long lo = days[0];
    long hi = days[days.length - 1];
    checkSpan(lo, hi);
    List<Long> h = new ArrayList<>();
    List<Long> s = new ArrayList<>();
    long expected = lo;
    for (long d : days) {
      for (long m = expected; m < d; m++) {
        if (!isWeekend(m)) {
          h.add(m);
        }
      }
      if (isWeekend(d)) {
        s.add(d);
      }
      expected = d + 1;
    }
    return new BusinessCalendar(lo, hi, toArray(h), toArray(s));
  }

  private static BusinessCalendar create(long lo, long hi, long[] holidays, long[] special) {
    checkSpan(lo, hi);
    return new BusinessCalendar(lo, hi, holidays, special);
  }

  private static void checkSpan(long lo, long hi) {
    if (hi - lo >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("span: more than " + Integer.MAX_VALUE + " days ("
          + LocalDate.ofEpochDay(lo) + " to " + LocalDate.ofEpochDay(hi) + ")");
    }
  }

  private static long[] toArray(Collection<Long> days) {
    long[] a = new long[days.size()];
    int i = 0;
    for (long d : days) {
      a[i++] = d;
    }
    return a;
  }

  /**
   * Returns the first date of the span, from which the calendar knows holidays.
   *
   * @return the first date; empty for a calendar without a span, such as {@link #weekdays()}
   */
  public Optional<LocalDate> knownFrom() {
    return first > last ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(first));
  }

  /**
   * Returns the last date of the span, up to which the calendar knows holidays.
   *
   * @return the last date; empty for a calendar without a span
   */
  public Optional<LocalDate> knownTo() {
    return first > last ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(last));
  }

  /**
   * Tells whether a date lies in the span, where the calendar knows holidays.
   *
   * @param date the date
   * @return true from {@link #knownFrom()} to {@link #knownTo()}, both included
   */
  public boolean knows(LocalDate date) {
    long d = date.toEpochDay();
    return d >= first && d <= last;
  }

  /**
   * Tells whether a date is a business day: a weekday that is not a holiday, or a special trading day.
   *
   * @param date the date
   * @return true for a business day
   */
  public boolean isBusinessDay(LocalDate date) {
    return isBusinessDay(date.toEpochDay());
  }

  /**
   * Tells whether a date, as an epoch day, is a business day. O(1), allocation-free.
   *
   * @param epochDay the date as {@link LocalDate#toEpochDay()}
   * @return true for a business day
   */
  public boolean isBusinessDay(long epochDay) {
    return isWeekend(epochDay) == isException(epochDay);
  }

  /**
   * Tells whether a date is a holiday: a weekday that is not a business day. Weekends are not
   * holidays.
   *
   * @param date the date
   * @return true for a holiday
   */
  public boolean isHoliday(LocalDate date) {
    return isHoliday(date.toEpochDay());
  }

  /**
   * Tells whether a date, as an epoch day, is a holiday. O(1), allocation-free.
   *
   * @param epochDay the date as {@link LocalDate#toEpochDay()}
   * @return true for a holiday
   */
  public boolean isHoliday(long epochDay) {
    return !isWeekend(epochDay) && isException(epochDay);
  }

  private boolean isException(long epochDay) {
    return epochDay >= first && epochDay <= last && exceptions.get((int) (epochDay - first));
  }

  /**
   * Returns the holidays: the weekdays in the span that are not business days.
   *
   * @return the holidays, sorted; unmodifiable
   */
  public List<LocalDate> holidays() {
    return dates(holidays);
  }

  /**
   * Returns the special trading days: the Saturdays and Sundays in the span that are business days.
   *
   * @return the special trading days, sorted; unmodifiable
   */
  public List<LocalDate> specialTradingDays() {
    return dates(special);
  }

  private static List<LocalDate> dates(long[] days) {
    LocalDate[] a = new LocalDate[days.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = LocalDate.ofEpochDay(days[i]);
    }
    return List.of(a);
  }

  /**
   * Returns the first business day after a date.
   *
   * @param date the date
   * @return the next business day, strictly after {@code date}
   */
  public LocalDate nextBusinessDay(LocalDate date) {
    long d = date.toEpochDay() + 1;
    while (!isBusinessDay(d)) {
      d++;
    }
    return LocalDate.ofEpochDay(d);
  }

  /**
   * Returns the last business day before a date.
   *
   * @param date the date
   * @return the previous business day, strictly before {@code date}
   */
  public LocalDate previousBusinessDay(LocalDate date) {
    long d = date.toEpochDay() - 1;
    while (!isBusinessDay(d)) {
      d--;
    }
    return LocalDate.ofEpochDay(d);
  }

  /**
   * Counts the business days after {@code from} up to and including {@code to}: for a NAV dated
   * {@code from}, the business days without a newer one as seen on {@code to}. From a Friday to the
   * next Monday is 1; from a date to itself is 0.
   *
   * @param from the start, excluded
   * @param to the end, included
   * @return the count; 0 when {@code to} is not after {@code from}
   */
  public long businessDaysBetween(LocalDate from, LocalDate to) {
    return businessDaysBetween(from.toEpochDay(), to.toEpochDay());
  }

  /**
   * Counts the business days after {@code fromEpochDay} up to and including {@code toEpochDay}, as
   * {@link #businessDaysBetween(LocalDate, LocalDate)}. O(log n), allocation-free.
   *
   * @param fromEpochDay the start, excluded
   * @param toEpochDay the end, included
   * @return the count; 0 when {@code toEpochDay} is not after {@code fromEpochDay}
   */
  public long businessDaysBetween(long fromEpochDay, long toEpochDay) {
    if (toEpochDay <= fromEpochDay) {
      return 0;
    }
    return weekdaysUpTo(toEpochDay) - weekdaysUpTo(fromEpochDay)
        - countIn(holidays, fromEpochDay, toEpochDay) + countIn(special, fromEpochDay, toEpochDay);
  }

  /** The weekdays from the Monday 1970-01-05 to {@code epochDay}, negative before it. */
  private static long weekdaysUpTo(long epochDay) {
    long offset = epochDay - MONDAY;
    return 5 * Math.floorDiv(offset, 7L) + Math.min(Math.floorMod(offset, 7L) + 1, 5);
  }

  /** Counts the days in a sorted array after {@code from} up to and including {@code to}. */
  private static int countIn(long[] days, long from, long to) {
    return upperBound(days, to) - upperBound(days, from);
  }

  /** The number of days in a sorted array at or before {@code day}. */
  private static int upperBound(long[] days, long day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the holiday test of this calendar, for APIs that take a {@code Predicate<LocalDate>}.
   *
   * @return a test that is true for a {@link #isHoliday(LocalDate) holiday}
   */
  public Predicate<LocalDate> asHolidayPredicate() {
    return this::isHoliday;
  }

  /**
   * Combines two calendars, such as one learned from history and one of an exchange's list for the
   * coming year. The result knows the span from the earlier start to the later end (days between two
   * spans that do not meet have no holidays); its holidays are those of either, as are its special
   * trading days.
   *
   * @param other the other calendar
   * @return the union
   * @throws NullPointerException if {@code other} is null
   */
  public BusinessCalendar union(BusinessCalendar other) {
    Objects.requireNonNull(other, "other");
    if (other.first > other.last) {
      return this;
    }
    if (first > last) {
      return other;
    }
    long lo = Math.min(first, other.first);
    long hi = Math.max(last, other.last);
    return create(lo, hi, merge(holidays, other.holidays), merge(special, other.special));
  }

  private static long[] merge(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      long next;
      if (j == b.length || i < a.length && a[i] <= b[j]) {
        next = a[i++];
      } else {
        next = b[j++];
      }
      if (n == 0 || out[n - 1] != next) {
        out[n++] = next;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isWeekend(long epochDay) {
    // 1970-01-01 was a Thursday: epochDay + 3 is 0 on a Monday.
    int dow = (int) Math.floorMod(epochDay + 3, 7L);
    return dow == DayOfWeek.SATURDAY.ordinal() || dow == DayOfWeek.SUNDAY.ordinal();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof BusinessCalendar c)) {
      return false;
    }
    boolean noSpan = first > last;
    return noSpan == (c.first > c.last)
        && (noSpan || first == c.first && last == c.last)
        && Arrays.equals(holidays, c.holidays) && Arrays.equals(special, c.special);
  }

  @Override
  public int hashCode() {
    if (first > last) {
      return 0;
    }
    return Objects.hash(first, last, Arrays.hashCode(holidays), Arrays.hashCode(special));
  }

  @Override
  public String toString() {
    if (first > last) {
      return "BusinessCalendar[weekdays, no holidays known]";
    }
    return "BusinessCalendar[" + LocalDate.ofEpochDay(first) + ".." + LocalDate.ofEpochDay(last)
        + ", " + holidays.length + " holidays, " + special.length + " special trading days]";
  }
}
