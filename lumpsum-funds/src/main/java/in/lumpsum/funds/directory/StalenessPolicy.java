package in.lumpsum.funds.directory;

import in.lumpsum.core.time.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * When a scheme counts as stale or dead: after how many business days without a NAV.
 *
 * <p><b>Business days</b> are Monday to Friday less the {@link #holidays()} given. AMFI publishes NAVs
 * for the days the markets and fund houses work (SEBI's Master Circular for Mutual Funds, May 2024,
 * on the computation and disclosure of NAV: a NAV for every business day). lumpsum ships no
 * holiday list: the host passes the year's trading holidays (the exchanges publish them each December)
 * when it has them, or a {@link BusinessCalendar} learned from a series it holds (see
 * {@link #of(int, int, BusinessCalendar)}). Without them a holiday counts as a business day, so a
 * scheme is seen stale one day early across each holiday; the defaults leave room for that (a week for stale), and weekends never
 * count. AMFI's weekend-dated rows (some liquid and overnight schemes publish Saturday NAVs) only make a
 * scheme fresher.
 *
 * <p>Immutable and thread-safe.
 *
 * @param staleAfter business days without a NAV after which a scheme is stale; at least 1
 * @param deadAfter business days without a NAV after which a scheme is dead; at least
 *     {@code staleAfter}
 * @param holidays week days that are not business days
 * @since 0.1.0
 */
public record StalenessPolicy(int staleAfter, int deadAfter, Set<LocalDate> holidays) {

  /** Stale after 5 business days (a working week) without a NAV, dead after 60 (about three months). */
  public static final StalenessPolicy DEFAULT = new StalenessPolicy(5, 60, Set.of());

  /**
   * Creates a policy.
   *
   * @throws IllegalArgumentException if {@code staleAfter} is below 1 or {@code deadAfter} below
   *     {@code staleAfter}
   * @throws NullPointerException if {@code holidays} is null
   */
  public StalenessPolicy {
    holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    if (staleAfter < 1) {
      throw new IllegalArgumentException("staleAfter: must be at least 1 (got " + staleAfter + ")");
    }
    if (deadAfter < staleAfter) {
      throw new IllegalArgumentException("deadAfter: must be at least staleAfter " + staleAfter
          + " (got " + deadAfter + ")");
    }
  }

  /**
   * Returns a policy with other thresholds and no holidays.
   *
   * @param staleAfter business days without a NAV after which a scheme is stale
   * @param deadAfter business days without a NAV after which a scheme is dead
   * @return the policy
   * @throws IllegalArgumentException if the thresholds are out of range
   */
  public static StalenessPolicy of(int staleAfter, int deadAfter) {
    return new StalenessPolicy(staleAfter, deadAfter, Set.of());
  }

  /**
   * Returns a policy with other thresholds and the holidays of a business calendar, such as one
   * {@link BusinessCalendar#learnedFrom(in.lumpsum.core.nav.NavSeries) learned} from the NIFTY 50
   * index.
   *
   * <p>Only the calendar's {@link BusinessCalendar#holidays() holidays} are taken, and only within its
   * span: a date the calendar does not know counts as a business day when it is a weekday. Its
   * {@link BusinessCalendar#specialTradingDays() special trading days} (weekend exchange sessions) do
   * not count, so weekends never count here: fund houses publish no NAV for them (the 2016 archive's
   * UTI Nifty Fund has none on any of the NIFTY 50's 20 weekend sessions from 2000 to 2016).
   *
   * @param staleAfter business days without a NAV after which a scheme is stale
   * @param deadAfter business days without a NAV after which a scheme is dead
   * @param calendar the calendar whose holidays to take
   * @return the policy
   * @throws IllegalArgumentException if the thresholds are out of range
   * @throws NullPointerException if {@code calendar} is null
   */
  public static StalenessPolicy of(int staleAfter, int deadAfter, BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new StalenessPolicy(staleAfter, deadAfter, Set.copyOf(calendar.holidays()));
  }

  /**
   * Returns this policy with the holidays of a business calendar in place of its own, as
   * {@link #of(int, int, BusinessCalendar)}.
   *
   * @param calendar the calendar whose holidays to take
   * @return the policy
   * @throws NullPointerException if {@code calendar} is null
   */
  public StalenessPolicy withCalendar(BusinessCalendar calendar) {
    return of(staleAfter, deadAfter, calendar);
  }

  /**
   * Returns this policy with holidays.
   *
   * @param holidays week days that are not business days
   * @return the policy
   */
  public StalenessPolicy withHolidays(Set<LocalDate> holidays) {
    return new StalenessPolicy(staleAfter, deadAfter, holidays);
  }

  /**
   * Tells whether a date is a business day: a week day that is not a holiday.
   *
   * @param date the date
   * @return true for a business day
   */
  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * Counts the business days after {@code from} up to and including {@code to}: the business days a
   * scheme whose latest NAV is dated {@code from} has gone without one, seen on {@code to}.
   *
   * @param from the date of the latest NAV
   * @param to the day it is seen
   * @return the count; 0 when {@code to} is not after {@code from}
   */
  public int businessDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    // Whole weeks hold five week days; the rest is walked. Holidays inside are then taken off.
    long days = to.toEpochDay() - from.toEpochDay();
    long weeks = days / 7;
    long count = weeks * 5;
    LocalDate d = from.plusDays(weeks * 7);
    while (d.isBefore(to)) {
      d = d.plusDays(1);
      DayOfWeek w = d.getDayOfWeek();
      if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
        count++;
      }
    }
    for (LocalDate h : holidays) {
      if (h.isAfter(from) && !h.isAfter(to) && h.getDayOfWeek() != DayOfWeek.SATURDAY
          && h.getDayOfWeek() != DayOfWeek.SUNDAY) {
        count--;
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, count);
  }

  /**
   * Judges a scheme by the date of its latest NAV.
   *
   * @param lastNavDate the date of the latest NAV
   * @param asOf the day it is judged
   * @return active, stale or dead
   */
  public SchemeStatus statusOf(LocalDate lastNavDate, LocalDate asOf) {
    int n = businessDaysBetween(lastNavDate, asOf);
    return n >= deadAfter ? SchemeStatus.DEAD : n >= staleAfter ? SchemeStatus.STALE : SchemeStatus.ACTIVE;
  }
}
