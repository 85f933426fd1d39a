package in.lumpsum.core.store.spi;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavProvider;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Stores NAV history: at most one {@link NavRecord} per scheme and date.
 *
 * <p>Writes are idempotent upserts: storing the same NAVs again changes nothing, and a different NAV for
 * a stored (scheme, date) replaces it and is reported as a correction. A batch is applied atomically per
 * scheme: a reader sees a scheme's history before or after the batch, never part of it.
 * Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface NavStore extends NavProvider {

  /**
   * Inserts or corrects NAVs. When the batch holds several records for one scheme and date, the last one
   * counts and the others are ignored, so that applying a batch twice changes nothing the second time.
   *
   * @param records the NAVs, in any order
   * @return how many were inserted, which were corrected (old and new value) and how many were unchanged
   * @throws NullPointerException if the collection or an element is null; nothing is written
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  NavUpsertResult upsert(Collection<NavRecord> records);

  /**
   * Finds the NAV of a scheme on a date.
   *
   * @param scheme the scheme
   * @param date the date
   * @return the NAV of that date, or empty if none is stored for it
   */
  Optional<NavRecord> exact(SchemeCode scheme, LocalDate date);

  /**
   * Finds the latest NAV of a scheme on or before a date: the NAV that applied on a holiday.
   *
   * @param scheme the scheme
   * @param date the date
   * @return the NAV of the date or the nearest earlier one, or empty if none is stored
   */
  Optional<NavRecord> onOrBefore(SchemeCode scheme, LocalDate date);

  /**
   * Finds the earliest NAV of a scheme on or after a date.
   *
   * @param scheme the scheme
   * @param date the date
   * @return the NAV of the date or the nearest later one, or empty if none is stored
   */
  Optional<NavRecord> onOrAfter(SchemeCode scheme, LocalDate date);

  /**
   * Returns the NAVs of a scheme between two dates, both included.
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the NAVs, ascending by date; empty if none is stored in the range
   * @throws in.lumpsum.core.InvalidValueException if {@code to} is before {@code from}
   */
  List<NavRecord> range(SchemeCode scheme, LocalDate from, LocalDate to);

  /**
   * Returns a scheme's whole stored history as a compact {@link NavSeries}, for analytics and for
   * lookups repeated many times (a back-test, a valuation over many dates).
   *
   * <p>The default reads {@link #range} over every date a {@link NavPoint} allows; an adapter may
   * answer from a cache.
   *
   * @param scheme the scheme
   * @return the series, empty if the store has no NAV of the scheme
   */
  default NavSeries series(SchemeCode scheme) {
    NavSeries.Builder builder = NavSeries.builder();
    for (NavRecord r : range(scheme, NavPoint.MIN_DATE, NavPoint.MAX_DATE)) {
      builder.add(r.date(), r.nav().value());
    }
    return builder.build();
  }

  /**
   * Finds the most recent NAV of a scheme.
   *
   * @param scheme the scheme
   * @return the NAV with the latest date, or empty if none is stored
   */
  Optional<NavRecord> latest(SchemeCode scheme);

  /**
   * Finds the most recent NAV of each of several schemes. The default calls {@link #latest} once per
   * scheme; adapters may do it in one query.
   *
   * @param schemes the schemes
   * @return the latest NAV of each scheme that has one, in the order given; schemes with none are left
   *     out
   */
  default Map<SchemeCode, NavRecord> latest(Collection<SchemeCode> schemes) {
    Objects.requireNonNull(schemes, "schemes");
    Map<SchemeCode, NavRecord> result = new LinkedHashMap<>();
    for (SchemeCode scheme : schemes) {
      latest(scheme).ifPresent(r -> result.put(scheme, r));
    }
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * Finds, for each of several schemes, the NAV on or before a date: what valuing a portfolio needs.
   * The default calls {@link #onOrBefore(SchemeCode, LocalDate)} once per scheme; adapters over a
   * server should answer in one round trip.
   *
   * @param schemes the schemes
   * @param date the date
   * @return the NAV on or before {@code date} of each scheme that has one, in the order given; schemes
   *     with none are left out
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  @Override
  default Map<SchemeCode, NavRecord> onOrBefore(Collection<SchemeCode> schemes, LocalDate date) {
    Objects.requireNonNull(schemes, "schemes");
    Objects.requireNonNull(date, "date");
    Map<SchemeCode, NavRecord> result = new LinkedHashMap<>();
    for (SchemeCode scheme : schemes) {
      onOrBefore(scheme, date).ifPresent(r -> result.put(scheme, r));
    }
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * Returns the schemes that have at least one NAV.
   *
   * @return the scheme codes, ascending
   */
  Set<SchemeCode> schemes();

  /**
   * Returns how many NAVs are stored for a scheme.
   *
   * @param scheme the scheme
   * @return the count, zero if none
   */
  int count(SchemeCode scheme);
}
