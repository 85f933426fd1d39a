package in.lumpsum.funds.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An interest rate in force from dates on: each rate applies from its date until the next one, such
 * as a bank's fixed-deposit rate for one tenor.
 *
 * <p>Not an {@link IndexSeries}: a rate is not a level whose ratio is a return, and a change of rate
 * is rare (77 changes in 17 years in the SBI table). Compare a debt fund with it by compounding the
 * rate in force over the period.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RateSeries {

  private final String name;
  private final NavigableMap<LocalDate, BigDecimal> rates;

  private RateSeries(String name, NavigableMap<LocalDate, BigDecimal> rates) {
    this.name = name;
    this.rates = rates;
  }

  /**
   * Creates a series.
   *
   * @param name the series' name, such as {@code "FD 1 year"}; not blank
   * @param rates each rate as a fraction ({@code 0.0725} is 7.25% a year) by the date it applies from
   * @return the series
   * @throws IllegalArgumentException if {@code name} is blank or a rate is negative
   */
  public static RateSeries of(String name, Map<LocalDate, BigDecimal> rates) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rates, "rates");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank (got '" + name + "')");
    }
    TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>();
    rates.forEach((date, rate) -> {
      Objects.requireNonNull(date, "rates key");
      if (Objects.requireNonNull(rate, "rates value").signum() < 0) {
        throw new IllegalArgumentException("rates: must not be negative (got " + rate + " on "
            + date + ")");
      }
      copy.put(date, rate);
    });
    return new RateSeries(name, Collections.unmodifiableNavigableMap(copy));
  }

  /**
   * Returns the series' name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the rates by the date each applies from.
   *
   * @return an unmodifiable map, ascending by date
   */
  public NavigableMap<LocalDate, BigDecimal> rates() {
    return rates;
  }

  /**
   * Returns the rate in force on a date: the one set on it or last before it.
   *
   * @param date the date
   * @return the rate as a fraction, or empty if the series starts after the date
   */
  public Optional<BigDecimal> rateOn(LocalDate date) {
    Map.Entry<LocalDate, BigDecimal> e = rates.floorEntry(Objects.requireNonNull(date, "date"));
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateSeries s && s.name.equals(name) && s.rates.equals(rates);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + rates.hashCode();
  }

  /** Returns the name and the number of rates. */
  @Override
  public String toString() {
    return "RateSeries{" + name + ", " + rates.size() + " rates}";
  }
}
