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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * are logarithmic and {@link #latest(SchemeCode)} is constant time (the latest NAV is kept beside the
 * series). An upsert of NAVs after a scheme's latest (the daily case) re-encodes only the series' last
 * block of 128 points, one inside the history re-encodes from its block on; either copies the
 * scheme's encoded bits once, so load long histories in batches (one per scheme and file, say) rather
 * than one NAV at a time.
 *
 * @since 0.1.0
 */
public final class InMemoryNavStore implements NavStore {

  /** A scheme's series and its latest NAV, published together; {@code latest} null iff empty. */
  private record State(NavSeries series, NavRecord latest) {}

  private static final State EMPTY = new State(NavSeries.empty(), null);

  /** One scheme's history; writers hold the monitor, readers read the volatile field. */
  private static final class History {
    volatile State state = EMPTY;
  }

  /** A record of a batch, validated as a point. */
  private record Pending(NavRecord record, NavPoint point) {}

  private static final Comparator<NavCorrection> BY_SCHEME_AND_DATE =
      Comparator.comparing(NavCorrection::scheme).thenComparing(NavCorrection::date);

  private final ConcurrentHashMap<SchemeCode, History> histories = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryNavStore() {}

  @Override
  public NavUpsertResult upsert(Collection<NavRecord> records) {
    Objects.requireNonNull(records, "records");
    // Group by scheme; everything is validated before anything is written.
    HashMap<SchemeCode, List<Pending>> batch = new HashMap<>();
    for (NavRecord r : records) {
      Objects.requireNonNull(r, "records element");
      Pending pending = new Pending(r, new NavPoint(r.date(), r.nav().value()));
      batch.computeIfAbsent(r.scheme(), k -> new ArrayList<>(1)).add(pending);
    }
    int inserted = 0;
    int unchanged = 0;
    List<NavCorrection> corrected = new ArrayList<>();
    for (Map.Entry<SchemeCode, List<Pending>> e : batch.entrySet()) {
      SchemeCode scheme = e.getKey();
      List<Pending> pending = byDate(e.getValue());
      History h = histories.computeIfAbsent(scheme, k -> new History());
      synchronized (h) {
        State current = h.state;
        NavSeries series = current.series();
        LocalDate last = current.latest() == null ? null : current.latest().date();
        NavRecord latest = current.latest();
        List<NavPoint> changes = new ArrayList<>(pending.size());
        for (Pending p : pending) {
          LocalDate date = p.record().date();
          if (last == null || date.isAfter(last)) {
            // The daily case: after the latest stored NAV, so new, and no look-up needed.
            inserted++;
            latest = p.record();
          } else {
            int i = series.indexOf(date);
            if (i < 0) {
              inserted++;
            } else {
              boolean isLast = date.equals(last);
              Nav old = isLast ? current.latest().nav() : Nav.of(series.navAt(i));
              // Navs are kept without trailing zeros, so equal values are equal records.
              Nav now = p.record().nav();
              if (old.equals(now)) {
                unchanged++;
                continue;
              }
              corrected.add(new NavCorrection(scheme, date, old, now));
              if (isLast) {
                latest = p.record();
              }
            }
          }
          changes.add(p.point());
        }
        if (!changes.isEmpty()) {
          // Points after the last re-encode only the series' last block; see NavSeries.withPoints.
          h.state = new State(series.withPoints(changes), latest);
        }
      }
    }
    corrected.sort(BY_SCHEME_AND_DATE);
    return new NavUpsertResult(inserted, corrected, unchanged);
  }

  /** Returns a scheme's records sorted by date, the last given winning on a date. */
  private static List<Pending> byDate(List<Pending> pending) {
    boolean sorted = true;
    for (int i = 1; i < pending.size() && sorted; i++) {
      sorted = pending.get(i - 1).record().date().isBefore(pending.get(i).record().date());
    }
    if (sorted) {
      return pending;
    }
    List<Pending> copy = new ArrayList<>(pending);
    copy.sort(Comparator.comparing(p -> p.record().date())); // stable: given order within a date
    List<Pending> out = new ArrayList<>(copy.size());
    for (Pending p : copy) {
      int n = out.size();
      if (n > 0 && out.get(n - 1).record().date().equals(p.record().date())) {
        out.set(n - 1, p);
      } else {
        out.add(p);
      }
    }
    return out;
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
    return Optional.ofNullable(state(scheme).latest());
  }

  @Override
  public Set<SchemeCode> schemes() {
    TreeSet<SchemeCode> out = new TreeSet<>();
    // A history is created just before its first points are written: skip one caught empty.
    histories.forEach((code, h) -> {
      if (!h.state.series().isEmpty()) {
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
    return state(scheme).series();
  }

  private State state(SchemeCode scheme) {
    Objects.requireNonNull(scheme, "scheme");
    History h = histories.get(scheme);
    return h == null ? EMPTY : h.state;
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
