package in.lumpsum.calc.charges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dated rates of one charge, without overlaps, oldest first: the rate in force on each date.
 *
 * @param rates the rates, sorted by {@link DatedRate#from()} on creation
 * @since 0.1.0
 */
public record RateSchedule(List<DatedRate> rates) {

  /**
   * Creates a schedule.
   *
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if two rates overlap, or an open-ended rate is followed by another
   */
  public RateSchedule {
    List<DatedRate> sorted = new ArrayList<>(rates);
    sorted.sort(Comparator.comparing(DatedRate::from));
    for (int i = 1; i < sorted.size(); i++) {
      DatedRate before = sorted.get(i - 1);
      DatedRate after = sorted.get(i);
      if (before.until().map(u -> u.isAfter(after.from())).orElse(true)) {
        throw new IllegalArgumentException("rates: " + before + " overlaps " + after);
      }
    }
    rates = List.copyOf(sorted);
  }

  /**
   * Returns a schedule of the given rates.
   *
   * @param rates the rates, in any order
   * @return the schedule
   */
  public static RateSchedule of(DatedRate... rates) {
    return new RateSchedule(List.of(rates));
  }

  /**
   * Returns the rate in force on a date.
   *
   * @param date the transaction date
   * @return the rate, or empty when no rate applies on that date (before the charge existed)
   */
  public Optional<DatedRate> on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (DatedRate r : rates) {
      if (r.appliesOn(date)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
