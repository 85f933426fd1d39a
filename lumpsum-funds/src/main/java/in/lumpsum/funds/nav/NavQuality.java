package in.lumpsum.funds.nav;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.time.BusinessCalendar;
import in.lumpsum.funds.history.NavHistoryFile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * Checks the data quality of a NAV series: gaps, jumps, a stale tail, and (for rows read from a
 * history file) duplicates and non-positive NAVs.
 *
 * <ul>
 *   <li><b>Gap</b>: more than {@link Builder#maxMissingDays(int) maxMissingDays} publishing days
 *       without a NAV between two NAVs. Publishing days follow the {@link PublishingCalendar}:
 *       weekends never count for a business-day scheme; holidays count unless a holiday test or a
 *       {@link BusinessCalendar} is given, which is why the default threshold
 *       (3) leaves room for a holiday or two beside a weekend.
 *   <li><b>Jump</b>: a change from one NAV to the next of more than
 *       {@link Builder#jumpThreshold(double) jumpThreshold} (default 0.15, that is 15%) either way.
 *   <li><b>Stale tail</b>: more than {@link Builder#staleAfterDays(int) staleAfterDays} publishing
 *       days (default 3) after the last NAV up to the as-of date.
 * </ul>
 *
 * <p>Stateless and thread-safe; {@link #DEFAULT} has the defaults above and the
 * {@link PublishingCalendar#AUTO} calendar.
 *
 * @since 0.1.0
 */
public final class NavQuality {

  /** The checker with the default thresholds. */
  public static final NavQuality DEFAULT = builder().build();

  /** The share of weekend points at or above which {@link PublishingCalendar#AUTO} picks every day. */
  static final double WEEKEND_SHARE_FOR_DAILY = 0.15;

  private final int maxMissingDays;
  private final double jumpThreshold;
  private final int staleAfterDays;
  private final PublishingCalendar calendar;
  /** Tests an epoch day for a weekday holiday. */
  private final LongPredicate holiday;

  private NavQuality(Builder b) {
    this.maxMissingDays = b.maxMissingDays;
    this.jumpThreshold = b.jumpThreshold;
    this.staleAfterDays = b.staleAfterDays;
    this.calendar = b.calendar;
    this.holiday = b.holiday;
  }

  /**
   * Returns a builder with the defaults of {@link #DEFAULT}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a series for gaps, jumps and a stale tail.
   *
   * @param series the series
   * @param asOf the date the stale-tail check measures to, such as today
   * @return the report
   */
  public NavQualityReport check(NavSeries series, LocalDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    return check(series, asOf, new ArrayList<>());
  }

  /**
   * Checks the rows read from a per-scheme history file ({@link NavHistoryFile}): the duplicates among
   * them and the non-positive and conflicting rows the reader reported, then the series they make
   * (the first row of a date counting) for gaps, jumps and a stale tail.
   *
   * @param read the rows read and the reader's problems
   * @param asOf the date the stale-tail check measures to
   * @return the report
   */
  public NavQualityReport check(ParseResult<NavPoint> read, LocalDate asOf) {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(asOf, "asOf");
    Map<LocalDate, Integer> rows = new HashMap<>();
    Set<LocalDate> conflicting = new HashSet<>();
    NavSeries.Builder builder = NavSeries.builder();
    for (NavPoint p : read.values()) {
      if (rows.merge(p.date(), 1, Integer::sum) == 1) {
        builder.add(p);
      }
    }
    List<QualityIssue> issues = new ArrayList<>();
    List<QualityIssue> nonPositive = new ArrayList<>();
    for (Problem p : read.problems()) {
      if (p.reason().startsWith(NavHistoryFile.REASON_CONFLICT)) {
        // The reader's raw text of a conflicting row starts with its DD/MM/YYYY date.
        parseDate(p.raw()).ifPresent(d -> {
          rows.merge(d, 1, Integer::sum);
          conflicting.add(d);
        });
      } else if (p.reason().equals(NavHistoryFile.REASON_NON_POSITIVE)) {
        nonPositive.add(new QualityIssue.NonPositive(p.line(), p.raw()));
      }
    }
    new TreeMap<>(rows).forEach((date, n) -> {
      if (n > 1) {
        issues.add(new QualityIssue.Duplicate(date, n, conflicting.contains(date)));
      }
    });
    issues.addAll(nonPositive);
    return check(builder.build(), asOf, issues);
  }

  private NavQualityReport check(NavSeries series, LocalDate asOf, List<QualityIssue> issues) {
    PublishingCalendar used = resolve(series);
    for (int i = 1; i < series.size(); i++) {
      long a = series.epochDayAt(i - 1);
      long b = series.epochDayAt(i);
      int missing = publishingDays(a + 1, b - 1, used);
      if (missing > maxMissingDays) {
        issues.add(new QualityIssue.Gap(LocalDate.ofEpochDay(a), LocalDate.ofEpochDay(b), missing));
      }
      double change = series.navAsDouble(i) / series.navAsDouble(i - 1) - 1;
      if (Math.abs(change) > jumpThreshold) {
        issues.add(new QualityIssue.Jump(LocalDate.ofEpochDay(a), series.navAt(i - 1),
            LocalDate.ofEpochDay(b), series.navAt(i), change));
      }
    }
    if (!series.isEmpty()) {
      LocalDate last = series.lastDate().orElseThrow();
      int missing = publishingDays(last.toEpochDay() + 1, asOf.toEpochDay(), used);
      if (missing > staleAfterDays) {
        issues.add(new QualityIssue.StaleTail(last, asOf, missing));
      }
    }
    return new NavQualityReport(series.size(), series.firstDate(), series.lastDate(), used, issues);
  }

  private PublishingCalendar resolve(NavSeries series) {
    if (calendar != PublishingCalendar.AUTO) {
      return calendar;
    }
    int weekend = 0;
    for (int i = 0; i < series.size(); i++) {
      if (isWeekend(series.epochDayAt(i))) {
        weekend++;
      }
    }
    return series.size() > 0 && weekend >= WEEKEND_SHARE_FOR_DAILY * series.size()
        ? PublishingCalendar.EVERY_DAY
        : PublishingCalendar.BUSINESS_DAYS;
  }

  /** Counts the publishing days from {@code from} to {@code to}, both epoch days, both included. */
  private int publishingDays(long from, long to, PublishingCalendar used) {
    int n = 0;
    for (long d = from; d <= to; d++) {
      if (used == PublishingCalendar.EVERY_DAY || !isWeekend(d) && !holiday.test(d)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isWeekend(long epochDay) {
    // 1970-01-01 was a Thursday: epochDay + 3 is 0 on a Monday.
    int dow = (int) Math.floorMod(epochDay + 3, 7L);
    return dow == DayOfWeek.SATURDAY.ordinal() || dow == DayOfWeek.SUNDAY.ordinal();
  }

  private static Optional<LocalDate> parseDate(String raw) {
    if (raw.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(raw.substring(6, 10)),
          Integer.parseInt(raw.substring(3, 5)), Integer.parseInt(raw.substring(0, 2))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Builds a {@link NavQuality}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private int maxMissingDays = 3;
    private double jumpThreshold = 0.15;
    private int staleAfterDays = 3;
    private PublishingCalendar calendar = PublishingCalendar.AUTO;
    private LongPredicate holiday = d -> false;

    private Builder() {}

    /**
     * Sets the most publishing days without a NAV between two NAVs that is not a gap.
     *
     * @param days 0 or more; 3 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Builder maxMissingDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("days: must not be negative (got " + days + ")");
      }
      this.maxMissingDays = days;
      return this;
    }

    /**
     * Sets the largest relative change from one NAV to the next that is not a jump.
     *
     * @param threshold a fraction above 0 ({@code 0.15} is 15%); 0.15 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code threshold} is not above 0 or not finite
     */
    public Builder jumpThreshold(double threshold) {
      if (!(threshold > 0) || Double.isInfinite(threshold)) {
        throw new IllegalArgumentException("threshold: must be above 0 and finite (got "
            + threshold + ")");
      }
      this.jumpThreshold = threshold;
      return this;
    }

    /**
     * Sets the most publishing days after the last NAV, up to the as-of date, that is not a stale
     * tail.
     *
     * @param days 0 or more; 3 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Builder staleAfterDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("days: must not be negative (got " + days + ")");
      }
      this.staleAfterDays = days;
      return this;
    }

    /**
     * Sets the publishing calendar.
     *
     * @param calendar the calendar; {@link PublishingCalendar#AUTO} by default
     * @return this builder
     */
    public Builder calendar(PublishingCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets the test for market holidays on weekdays, which are then not publishing days of a
     * business-day scheme.
     *
     * @param holiday true for a holiday; none by default
     * @return this builder
     */
    public Builder holidays(Predicate<LocalDate> holiday) {
      Objects.requireNonNull(holiday, "holiday");
      this.holiday = d -> holiday.test(LocalDate.ofEpochDay(d));
      return this;
    }

    /**
     * Takes the market holidays from a business calendar, such as one
     * {@link BusinessCalendar#learnedFrom(NavSeries) learned} from the NIFTY 50 index: its
     * {@link BusinessCalendar#isHoliday(long) holidays} are then not publishing days of a business-day
     * scheme. Replaces a test given to {@link #holidays(Predicate)}, and is looked up without
     * allocating.
     *
     * <p>The calendar's {@link BusinessCalendar#specialTradingDays() special trading days} stay
     * non-publishing days: fund houses do not publish a NAV for the exchanges' weekend sessions (the
     * 2016 archive's UTI Nifty Fund has no NAV on any of the 20 weekend sessions of the NIFTY 50 from
     * 2000 to 2016), so a gap or stale tail is never seen across one.
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder holidays(BusinessCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      this.holiday = calendar::isHoliday;
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return the checker
     */
    public NavQuality build() {
      return new NavQuality(this);
    }
  }
}
