package in.lumpsum.core.store.memory;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Nav;
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
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * A {@link NavStore} in memory: per scheme, a sorted map from date to NAV.
 *
 * <p>Thread-safe: schemes are held in a {@link ConcurrentHashMap}, and each scheme's history has its own
 * read-write lock, so a batch is applied atomically per scheme while different schemes are written and
 * read in parallel. Lookups by date are logarithmic in the length of the history.
 *
 * @since 0.1.0
 */
public final class InMemoryNavStore implements NavStore {

  /** One scheme's history; {@code points} is guarded by {@code lock}. */
  private static final class History {
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final TreeMap<LocalDate, Nav> points = new TreeMap<>();
  }

  private final ConcurrentHashMap<SchemeCode, History> histories = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryNavStore() {}

  @Override
  public NavUpsertResult upsert(Collection<NavRecord> records) {
    Objects.requireNonNull(records, "records");
    // Group by scheme, last record wins per date; all nulls are rejected before anything is written.
    TreeMap<SchemeCode, TreeMap<LocalDate, Nav>> batch = new TreeMap<>();
    for (NavRecord r : records) {
      Objects.requireNonNull(r, "records element");
      batch.computeIfAbsent(r.scheme(), k -> new TreeMap<>()).put(r.date(), r.nav());
    }
    int inserted = 0;
    int unchanged = 0;
    List<NavCorrection> corrected = new ArrayList<>();
    for (Map.Entry<SchemeCode, TreeMap<LocalDate, Nav>> e : batch.entrySet()) {
      History h = histories.computeIfAbsent(e.getKey(), k -> new History());
      h.lock.writeLock().lock();
      try {
        for (Map.Entry<LocalDate, Nav> p : e.getValue().entrySet()) {
          Nav old = h.points.put(p.getKey(), p.getValue());
          if (old == null) {
            inserted++;
          } else if (old.equals(p.getValue())) {
            unchanged++;
          } else {
            corrected.add(new NavCorrection(e.getKey(), p.getKey(), old, p.getValue()));
          }
        }
      } finally {
        h.lock.writeLock().unlock();
      }
    }
    return new NavUpsertResult(inserted, corrected, unchanged);
  }

  @Override
  public Optional<NavRecord> exact(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return read(scheme, points -> {
      Nav nav = points.get(date);
      return nav == null ? Optional.empty() : Optional.of(new NavRecord(scheme, date, nav));
    }, Optional.empty());
  }

  @Override
  public Optional<NavRecord> onOrBefore(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return read(scheme, points -> record(scheme, points.floorEntry(date)), Optional.empty());
  }

  @Override
  public Optional<NavRecord> onOrAfter(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return read(scheme, points -> record(scheme, points.ceilingEntry(date)), Optional.empty());
  }

  @Override
  public List<NavRecord> range(SchemeCode scheme, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to, "must not be before from, " + from);
    }
    return read(scheme, points -> {
      List<NavRecord> out = new ArrayList<>();
      for (Map.Entry<LocalDate, Nav> p : points.subMap(from, true, to, true).entrySet()) {
        out.add(new NavRecord(scheme, p.getKey(), p.getValue()));
      }
      return Collections.unmodifiableList(out);
    }, List.of());
  }

  @Override
  public Optional<NavRecord> latest(SchemeCode scheme) {
    return read(scheme, points -> record(scheme, points.lastEntry()), Optional.empty());
  }

  @Override
  public Set<SchemeCode> schemes() {
    TreeSet<SchemeCode> out = new TreeSet<>();
    // A history is created just before its first points are written: skip one caught empty.
    histories.forEach((code, h) -> {
      if (read(code, points -> !points.isEmpty(), false)) {
        out.add(code);
      }
    });
    return Collections.unmodifiableSet(out);
  }

  @Override
  public int count(SchemeCode scheme) {
    return read(scheme, TreeMap::size, 0);
  }

  private <T> T read(SchemeCode scheme, Function<TreeMap<LocalDate, Nav>, T> query, T absent) {
    Objects.requireNonNull(scheme, "scheme");
    History h = histories.get(scheme);
    if (h == null) {
      return absent;
    }
    h.lock.readLock().lock();
    try {
      return query.apply(h.points);
    } finally {
      h.lock.readLock().unlock();
    }
  }

  private static Optional<NavRecord> record(SchemeCode scheme, Map.Entry<LocalDate, Nav> e) {
    return e == null ? Optional.empty() : Optional.of(new NavRecord(scheme, e.getKey(), e.getValue()));
  }

  /** Returns the number of schemes with NAVs; never the NAVs. */
  @Override
  public String toString() {
    return "InMemoryNavStore{schemes=" + histories.size() + "}";
  }
}
