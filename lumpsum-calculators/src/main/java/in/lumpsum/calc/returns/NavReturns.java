package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavSeries;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Point-to-point returns of a NAV series as a fund fact sheet shows them: trailing
 * ({@link TrailingPeriod}), calendar-year, year-to-date and since-inception.
 *
 * <h2>Date conventions</h2>
 * <ul>
 *   <li>Each end of a period takes the NAV <em>on or before</em> its date, the NAV in force that
 *       day: a period ending on a Sunday ends at Friday's NAV.</li>
 *   <li>A trailing period is measured back from the date of the end NAV (not from the date asked
 *       about), with calendar arithmetic ({@code LocalDate.minus(Period)}: 31 May less three months
 *       is 28 or 29 February); its start NAV is the one on or before that date.</li>
 *   <li>Calendar year {@code Y} runs from the NAV on or before 31 December {@code Y - 1} to the NAV
 *       on or before 31 December {@code Y}; year to date from the former to the end NAV.</li>
 *   <li>Since inception runs from the series' first NAV (the first one held, which is the scheme's
 *       inception only if the series goes back that far).</li>
 *   <li>Periods up to one year are absolute returns; longer ones are CAGR on calendar days / 365
 *       between the two NAV dates ({@link Returns#cagr(double, double, LocalDate, LocalDate)}), as
 *       on AMFI's and fund-research sites' performance tables (see {@link TrailingPeriod}). A
 *       calendar year is always absolute; since inception is annualised once it spans more than a
 *       year.</li>
 * </ul>
 *
 * <p>A period the series does not cover is a {@link PeriodReturn.NotAvailable} with its reason
 * ({@link PeriodReturn.Reason#SERIES_TOO_SHORT} when the series starts after the period's start),
 * never {@code NaN} and never a shorter period silently.
 *
 * <p>NAVs are read as {@code double} ({@link NavSeries#navAsDouble(int)}); results are
 * {@code double} fractions. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class NavReturns {

  private NavReturns() {
  }

  /**
   * Returns the trailing return over one period ending at the NAV in force on a date.
   *
   * @param series the NAV series
   * @param asOf the date of the end of the period (its NAV is the one on or before it)
   * @param period the trailing period
   * @return the return (absolute up to one year, CAGR beyond), or why it is not available
   * @throws NullPointerException if an argument is null
   */
  public static PeriodReturn trailing(NavSeries series, LocalDate asOf, TrailingPeriod period) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(period, "period");
    int end = series.indexOnOrBefore(asOf);
    if (end < 0) {
      return noEnd(series, asOf);
    }
    LocalDate endDate = series.dateAt(end);
    LocalDate from = endDate.minus(period.period());
    int start = series.indexOnOrBefore(from);
    if (start < 0) {
      return new PeriodReturn.NotAvailable(PeriodReturn.Reason.SERIES_TOO_SHORT,
          period.label() + " to " + endDate + " starts " + from + ", before the first NAV on "
              + series.dateAt(0));
    }
    return value(series, start, end, period.annualised());
  }

  /**
   * Returns every trailing return ending at the NAV in force on a date.
   *
   * @param series the NAV series
   * @param asOf the date of the end of the periods
   * @return an unmodifiable map with one entry per {@link TrailingPeriod}, in their order
   * @throws NullPointerException if an argument is null
   */
  public static Map<TrailingPeriod, PeriodReturn> trailing(NavSeries series, LocalDate asOf) {
    Map<TrailingPeriod, PeriodReturn> returns = new EnumMap<>(TrailingPeriod.class);
    for (TrailingPeriod p : TrailingPeriod.values()) {
      returns.put(p, trailing(series, asOf, p));
    }
    return Collections.unmodifiableMap(returns);
  }

  /**
   * Returns the absolute return of one calendar year, from the NAV on or before 31 December of the
   * year before to the NAV on or before 31 December of the year.
   *
   * @param series the NAV series
   * @param year the calendar year
   * @param asOf the date asked about: a year that has not ended by then is
   *     {@link PeriodReturn.Reason#PERIOD_NOT_ENDED}
   * @return the absolute return, or why it is not available
   * @throws NullPointerException if {@code series} or {@code asOf} is null
   */
  public static PeriodReturn calendarYear(NavSeries series, int year, LocalDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate yearEnd = LocalDate.of(year, Month.DECEMBER, 31);
    if (asOf.isBefore(yearEnd)) {
      return new PeriodReturn.NotAvailable(PeriodReturn.Reason.PERIOD_NOT_ENDED,
          year + " has not ended on " + asOf);
    }
    return between(series, yearEnd.minusYears(1), yearEnd, false, Integer.toString(year));
  }

  /**
   * Returns the return of every calendar year from the year of the series' first NAV to the year of
   * {@code asOf}: the first year is usually {@link PeriodReturn.Reason#SERIES_TOO_SHORT} (the series
   * starts inside it) and the last {@link PeriodReturn.Reason#PERIOD_NOT_ENDED} unless {@code asOf}
   * is 31 December (see {@link #yearToDate(NavSeries, LocalDate)}).
   *
   * @param series the NAV series
   * @param asOf the date asked about
   * @return an unmodifiable map from year to return, ascending; empty for an empty series or one
   *     that starts after {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public static SortedMap<Integer, PeriodReturn> calendarYears(NavSeries series, LocalDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    SortedMap<Integer, PeriodReturn> years = new TreeMap<>();
    if (series.isEmpty() || series.dateAt(0).isAfter(asOf)) {
      return Collections.unmodifiableSortedMap(years);
    }
    for (int y = series.dateAt(0).getYear(); y <= asOf.getYear(); y++) {
      years.put(y, calendarYear(series, y, asOf));
    }
    return Collections.unmodifiableSortedMap(years);
  }

  /**
   * Returns the absolute return from the NAV on or before 31 December of the previous year to the
   * NAV on or before {@code asOf}.
   *
   * @param series the NAV series
   * @param asOf the end of the period
   * @return the absolute return, or why it is not available
   * @throws NullPointerException if an argument is null
   */
  public static PeriodReturn yearToDate(NavSeries series, LocalDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    return between(series, LocalDate.of(asOf.getYear() - 1, Month.DECEMBER, 31), asOf, false,
        "year to date");
  }

  /**
   * Returns the return from the series' first NAV to the NAV on or before {@code asOf}: absolute
   * when the two are at most a year apart, else CAGR.
   *
   * @param series the NAV series
   * @param asOf the end of the period
   * @return the return, or why it is not available
   * @throws NullPointerException if an argument is null
   */
  public static PeriodReturn sinceInception(NavSeries series, LocalDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    int end = series.indexOnOrBefore(asOf);
    if (end < 0) {
      return noEnd(series, asOf);
    }
    if (end == 0) {
      return new PeriodReturn.NotAvailable(PeriodReturn.Reason.EMPTY_PERIOD,
          "the only NAV on or before " + asOf + " is the first, on " + series.dateAt(0));
    }
    LocalDate first = series.dateAt(0);
    return value(series, 0, end, series.dateAt(end).isAfter(first.plusYears(1)));
  }

  /**
   * Returns the return between the NAVs in force on two dates: absolute up to one year apart,
   * CAGR beyond when {@code annualiseBeyondOneYear}.
   *
   * @param series the NAV series
   * @param from the start of the period (its NAV is the one on or before it)
   * @param to the end of the period (its NAV is the one on or before it), after {@code from}
   * @param annualiseBeyondOneYear whether to report a CAGR when the two NAV dates are more than a
   *     year apart
   * @return the return, or why it is not available
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code to} is not after {@code from}
   */
  public static PeriodReturn between(NavSeries series, LocalDate from, LocalDate to,
      boolean annualiseBeyondOneYear) {
    return between(series, from, to, annualiseBeyondOneYear, from + " to " + to);
  }

  private static PeriodReturn between(NavSeries series, LocalDate from, LocalDate to,
      boolean annualiseBeyondOneYear, String label) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new InvalidValueException("to", to, "must be after " + from);
    }
    int end = series.indexOnOrBefore(to);
    if (end < 0) {
      return noEnd(series, to);
    }
    int start = series.indexOnOrBefore(from);
    if (start < 0) {
      return new PeriodReturn.NotAvailable(PeriodReturn.Reason.SERIES_TOO_SHORT,
          label + " starts " + from + ", before the first NAV on " + series.dateAt(0));
    }
    if (start == end) {
      return new PeriodReturn.NotAvailable(PeriodReturn.Reason.EMPTY_PERIOD,
          label + ": the NAV in force at both ends is the one of " + series.dateAt(end));
    }
    boolean annualised = annualiseBeyondOneYear
        && series.dateAt(end).isAfter(series.dateAt(start).plusYears(1));
    return value(series, start, end, annualised);
  }

  private static PeriodReturn noEnd(NavSeries series, LocalDate asOf) {
    return new PeriodReturn.NotAvailable(PeriodReturn.Reason.NO_END_NAV, series.isEmpty()
        ? "the series is empty"
        : "no NAV on or before " + asOf + "; the first is on " + series.dateAt(0));
  }

  private static PeriodReturn value(NavSeries series, int start, int end, boolean annualised) {
    LocalDate startDate = series.dateAt(start);
    LocalDate endDate = series.dateAt(end);
    double startNav = series.navAsDouble(start);
    double endNav = series.navAsDouble(end);
    double value = annualised
        ? Returns.cagr(startNav, endNav, startDate, endDate)
        : endNav / startNav - 1.0;
    return new PeriodReturn.Value(startDate, startNav, endDate, endNav, value, annualised);
  }
}
