package in.lumpsum.core.store.memory;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavCorrection;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link NavStore} in memory: per scheme, one immutable compact {@link NavSeries}.
 *
 * <p>A history takes a few heap bytes per NAV (see {@link NavSeries}) instead of the hundred or so of a
 * map of boxed dates and decimals, so decades of daily NAVs for every scheme fit in an ordinary heap.
 *
 * <p>Thread-safe. Reads take no lock: each scheme's series is immutable and published through a
 * volatile reference. Writers to one scheme take turns; an upsert builds the new series and swaps it
 * in, so a reader sees a scheme's history before or after a batch, never part of it. Lookups by date
 * are logarithmic; an upsert re-encodes the scheme's series, so load history in batches (one per
 * scheme and file, say) rather than one NAV at a time.
 *
 * @since 0.1.0
 */
public final class InMemoryNavStore implements NavStore {

  /** One scheme's history; writers hold the monitor, readers read the volatile field. */
  private static final class History {
    volatile NavSeries series = NavSeries.empty();
  }

  private final ConcurrentHashMap<SchemeCode, History> histories = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryNavStore() {}

  @Override
  public NavUpsertResult upsert(Collection<NavRecord> records) {
    Objects.requireNonNull(records, "records");
    // Group by scheme, last record wins per date; everything is validated before anything is written.
    TreeMap<SchemeCode, TreeMap<LocalDate, NavPoint>> batch = new TreeMap<>();
    for (NavRecord r : records) {
      Objects.requireNonNull(r, "records element");
      batch.computeIfAbsent(r.scheme(), k -> new TreeMap<>())
          .put(r.date(), new NavPoint(r.date(), r.nav().value()));
    }
    int inserted = 0;
    int unchanged = 0;
    List<NavCorrection> corrected = new ArrayList<>();
    for (Map.Entry<SchemeCode, TreeMap<LocalDate, NavPoint>> e : batch.entrySet()) {
      SchemeCode scheme = e.getKey();
      History h = histories.computeIfAbsent(scheme, k -> new History());
      synchronized (h) {
        NavSeries current = h.series;
        List<NavPoint> changes = new ArrayList<>(e.getValue().size());
        for (NavPoint p : e.getValue().values()) {
          int i = current.indexOf(p.date());
          if (i < 0) {
            inserted++;
          } else {
            Nav old = Nav.of(current.navAt(i));
            Nav now = Nav.of(p.nav());
            if (old.equals(now)) {
              unchanged++;
              continue;
            }
            corrected.add(new NavCorrection(scheme, p.date(), old, now));
          }
          changes.add(p);
        }
        if (!changes.isEmpty()) {
          h.series = current.withPoints(changes);
        }
      }
    }
    return new NavUpsertResult(inserted, corrected, unchanged);
  }

  @Override
  public Optional<NavRecord> exact(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    NavSeries s = series(scheme);
    return record(scheme, s, s.indexOf(date));
  }

  @Override
  public Optional<NavRecord> onOrBefore(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    NavSeries s = series(scheme);
    return record(scheme, s, s.indexOnOrBefore(date));
  }

  @Override
  public Optional<NavRecord> onOrAfter(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    NavSeries s = series(scheme);
    return record(scheme, s, s.indexOnOrAfter(date));
  }

  @Override
  public List<NavRecord> range(SchemeCode scheme, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to, "must not be before from, " + from);
    }
    NavSeries s = series(scheme);
    int first = s.indexOnOrAfter(from);
    int last = s.indexOnOrBefore(to);
    if (first < 0 || last < first) {
      return List.of();
    }
    List<NavRecord> out = new ArrayList<>(last - first + 1);
    for (int i = first; i <= last; i++) {
      out.add(new NavRecord(scheme, s.dateAt(i), Nav.of(s.navAt(i))));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public Optional<NavRecord> latest(SchemeCode scheme) {
    NavSeries s = series(scheme);
    return record(scheme, s, s.size() - 1);
  }

  @Override
  public Set<SchemeCode> schemes() {
    TreeSet<SchemeCode> out = new TreeSet<>();
    // A history is created just before its first points are written: skip one caught empty.
    histories.forEach((code, h) -> {
      if (!h.series.isEmpty()) {
        out.add(code);
      }
    });
    return Collections.unmodifiableSet(out);
  }

  @Override
  public int count(SchemeCode scheme) {
    return series(scheme).size();
  }

  /**
   * Returns a scheme's history as held: no copy is made.
   *
   * @param scheme the scheme
   * @return the series, empty if the store has no NAV of the scheme
   */
  @Override
  public NavSeries series(SchemeCode scheme) {
    Objects.requireNonNull(scheme, "scheme");
    History h = histories.get(scheme);
    return h == null ? NavSeries.empty() : h.series;
  }

  private static Optional<NavRecord> record(SchemeCode scheme, NavSeries s, int i) {
    return i < 0 ? Optional.empty()
        : Optional.of(new NavRecord(scheme, s.dateAt(i), Nav.of(s.navAt(i))));
  }

  /** Returns the number of schemes with NAVs; never the NAVs. */
  @Override
  public String toString() {
    return "InMemoryNavStore{schemes=" + histories.size() + "}";
  }
}
