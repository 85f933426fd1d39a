package in.lumpsum.funds.index;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The daily closing values of a benchmark index (Nifty 50, Sensex, a total return index), for
 * comparing a fund's returns with the index over the same dates.
 *
 * <p>The values are held in a compact {@link NavSeries}, which fits index values as it fits NAVs
 * (positive decimals below 10<sup>10</sup>, at most 8 places): {@link #values()} gives it whole, for
 * analytics with the same tools as a fund's NAVs. Values keep the precision published (2 decimals).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IndexSeries {

  private final String name;
  private final NavSeries values;

  private IndexSeries(String name, NavSeries values) {
    this.name = name;
    this.values = values;
  }

  /**
   * Creates a series.
   *
   * @param name the index's name, such as {@code "NIFTY50"}; not blank
   * @param values the closing values by date
   * @return the series
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static IndexSeries of(String name, NavSeries values) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank (got '" + name + "')");
    }
    return new IndexSeries(name, values);
  }

  /**
   * Returns the index's name.
   *
   * @return the name given when imported (by default the file name without extension)
   */
  public String name() {
    return name;
  }

  /**
   * Returns the closing values as a compact series, the value of each point being the close.
   *
   * @return the series, sorted by date
   */
  public NavSeries values() {
    return values;
  }

  /**
   * Returns the number of closing values.
   *
   * @return the number of dates
   */
  public int size() {
    return values.size();
  }

  /**
   * Returns the close on exactly a date.
   *
   * @param date the date
   * @return the close, or empty on a day without one
   */
  public Optional<BigDecimal> closeOn(LocalDate date) {
    return values.exact(date).map(NavPoint::nav);
  }

  /**
   * Returns the last close on or before a date: the index level in force on that date.
   *
   * @param date the date
   * @return the close, or empty if the series starts after the date
   */
  public Optional<NavPoint> closeOnOrBefore(LocalDate date) {
    return values.onOrBefore(date);
  }

  /**
   * Returns the index's return between two dates, each taken at the close on or before it (so a
   * weekend or holiday takes the last close before it).
   *
   * @param from the start date
   * @param to the end date, not before {@code from}
   * @return {@code close(to) / close(from) - 1} as a {@code double} for analytics ({@code 0.12} is
   *     12%), or empty if the series has no close on or before {@code from}, or ends before
   *     {@code to} (its last close would stand for a later date it does not cover)
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public OptionalDouble returnBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from " + from + " (got " + to + ")");
    }
    double start = values.navOnOrBeforeAsDouble(from);
    if (Double.isNaN(start) || values.lastDate().orElseThrow().isBefore(to)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(values.navOnOrBeforeAsDouble(to) / start - 1);
  }

  /** Two series are equal when their names and values are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof IndexSeries s && s.name.equals(name) && s.values.equals(values);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + values.hashCode();
  }

  /** Returns the name, size and date range. */
  @Override
  public String toString() {
    return "IndexSeries{" + name + ", " + values.size() + " closes"
        + values.firstDate().map(d -> ", " + d + ".." + values.lastDate().orElseThrow()).orElse("")
        + "}";
  }
}
