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
import java.util.Arrays;
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
 * <p>Thread-safe. Reads take no lock: each scheme's history is immutable and published through a
 * volatile reference. Writers to one scheme take turns; an upsert builds the new history and swaps it
 * in, so a reader sees a scheme's history before or after a batch, never part of it. Lookups by date
 * are logarithmic and {@link #latest(SchemeCode)} is constant time.
 *
 * <p>Writes are cheap in the daily case. NAVs after a scheme's latest are kept aside, up to
 * {@value #APPEND_BUFFER} a scheme, and encoded together when they reach that many or when a read other
 * than {@code latest} or {@code count} needs the series (that read then takes the scheme's lock once to
 * fold them in). Encoding NAVs after the last re-writes only the series' last block of 128 points, and
 * a NAV inside the history re-writes from its block on; either copies the scheme's encoded bits once,
 * so load long histories in batches (one per scheme and file, say) rather than one NAV at a time.
 *
 * @since 0.1.0
 */
public final class InMemoryNavStore implements NavStore {

  /** The most NAVs after a scheme's series kept unencoded before they are folded into it. */
  private static final int APPEND_BUFFER = 16;

  private static final NavRecord[] NONE = {};

  /**
   * A scheme's history, published as one: the encoded series and the NAVs appended after it and not
   * yet encoded (sorted by date, at most {@value #APPEND_BUFFER}).
   */
  private static final class State {
    final NavSeries series;
    final NavRecord[] appended;

    State(NavSeries series, NavRecord[] appended) {
      this.series = series;
      this.appended = appended;
    }

    int count() {
      return series.size() + appended.length;
    }

    /** Returns the date of the latest NAV, or null if there is none. */
    LocalDate lastDate() {
      return appended.length > 0 ? appended[appended.length - 1].date()
          : series.lastDate().orElse(null);
    }

    /** Returns the latest NAV, or null if there is none; constant time. */
    NavRecord latest(SchemeCode scheme) {
      if (appended.length > 0) {
        return appended[appended.length - 1];
      }
      int last = series.size() - 1;
      return last < 0 ? null
          : new NavRecord(scheme, series.dateAt(last), Nav.of(series.navAt(last)));
    }

    /** Returns the series with the appended NAVs and then {@code more} (all points) folded in. */
    NavSeries whole(List<NavPoint> more) {
      if (appended.length == 0) {
        return series.withPoints(more);
      }
      List<NavPoint> points = new ArrayList<>(appended.length + more.size());
      for (NavRecord r : appended) {
        points.add(new NavPoint(r.date(), r.nav().value()));
      }
      points.addAll(more);
      return series.withPoints(points);
    }
  }

  private static final State EMPTY = new State(NavSeries.empty(), NONE);

  /** One scheme's history; writers hold the monitor, readers read the volatile field. */
  private static final class History {
    volatile State state = EMPTY;

    /** Returns the whole series, folding in (and publishing) any appended NAVs. */
    NavSeries series() {
      State st = state;
      if (st.appended.length == 0) {
        return st.series;
      }
      synchronized (this) {
        st = state;
        if (st.appended.length > 0) {
          st = new State(st.whole(List.of()), NONE);
          state = st;
        }
        return st.series;
      }
    }
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
        LocalDate last = current.lastDate();
        if (last != null && pending.get(0).record().date().equals(last)
            && pending.get(0).record().equals(current.latest(scheme))) {
          // The latest NAV given again (a scheme that did not publish that day): unchanged.
          unchanged++;
          pending = pending.subList(1, pending.size());
          if (pending.isEmpty()) {
            continue;
          }
        }
        if (last == null || pending.get(0).record().date().isAfter(last)) {
          // The daily case: every NAV after the latest stored, so new, and no look-up needed. A few
          // are kept aside and encoded together (an encoding re-writes the series' last block); a
          // scheme's first NAVs are encoded at once.
          inserted += pending.size();
          int n = current.appended.length;
          if (last != null && n + pending.size() <= APPEND_BUFFER) {
            NavRecord[] appended = Arrays.copyOf(current.appended, n + pending.size());
            for (int i = 0; i < pending.size(); i++) {
              appended[n + i] = pending.get(i).record();
            }
            h.state = new State(current.series, appended);
          } else {
            h.state = new State(current.whole(points(pending)), NONE);
          }
          continue;
        }
        NavSeries series = current.whole(List.of());
        List<NavPoint> changes = new ArrayList<>(pending.size());
        for (Pending p : pending) {
          int i = series.indexOf(p.record().date());
          if (i < 0) {
            inserted++;
          } else {
            Nav old = Nav.of(series.navAt(i));
            // Navs are kept without trailing zeros, so equal values are equal records.
            Nav now = p.record().nav();
            if (old.equals(now)) {
              unchanged++;
              continue;
            }
            corrected.add(new NavCorrection(scheme, p.record().date(), old, now));
          }
          changes.add(p.point());
        }
        // Points after the last re-encode only the series' last block; see NavSeries.withPoints.
        if (!changes.isEmpty() || current.appended.length > 0) {
          h.state = new State(series.withPoints(changes), NONE);
        }
      }
    }
    corrected.sort(BY_SCHEME_AND_DATE);
    return new NavUpsertResult(inserted, corrected, unchanged);
  }

  private static List<NavPoint> points(List<Pending> pending) {
    List<NavPoint> points = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      points.add(p.point());
    }
    return points;
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
    History h = history(scheme);
    return h == null ? Optional.empty() : Optional.ofNullable(h.state.latest(scheme));
  }

  @Override
  public Set<SchemeCode> schemes() {
    TreeSet<SchemeCode> out = new TreeSet<>();
    // A history is created just before its first points are written: skip one caught empty.
    histories.forEach((code, h) -> {
      if (h.state.count() > 0) {
        out.add(code);
      }
    });
    return Collections.unmodifiableSet(out);
  }

  @Override
  public int count(SchemeCode scheme) {
    History h = history(scheme);
    if (h == null) {
      return 0;
    }
    return h.state.count();
  }

  /**
   * Returns a scheme's history as held: no copy is made.
   *
   * @param scheme the scheme
   * @return the series, empty if the store has no NAV of the scheme
   */
  @Override
  public NavSeries series(SchemeCode scheme) {
    History h = history(scheme);
    return h == null ? NavSeries.empty() : h.series();
  }

  private History history(SchemeCode scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return histories.get(scheme);
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
