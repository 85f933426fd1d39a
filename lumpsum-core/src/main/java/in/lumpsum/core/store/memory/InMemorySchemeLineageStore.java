package in.lumpsum.core.store.memory;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeRename;
import in.lumpsum.core.store.spi.SchemeLineageStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link SchemeLineageStore} in memory: each scheme's renames in a list kept in lineage order.
 *
 * <p>Thread-safe: one read-write lock guards the store. Renames are rare (a few a month across the
 * whole scheme master), so writers rarely wait.
 *
 * @since 0.2.0
 */
public final class InMemorySchemeLineageStore implements SchemeLineageStore {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final TreeMap<SchemeCode, List<SchemeRename>> byCode = new TreeMap<>();
  private final Set<SchemeRename> seen = new HashSet<>();

  /** Creates an empty store. */
  public InMemorySchemeLineageStore() {}

  @Override
  public void record(SchemeRename rename) {
    Objects.requireNonNull(rename, "rename");
    lock.writeLock().lock();
    try {
      if (!seen.add(rename)) {
        return;
      }
      List<SchemeRename> renames = byCode.computeIfAbsent(rename.code(), c -> new ArrayList<>());
      // After every rename dated on or before this one: by date, then in the order recorded.
      int at = renames.size();
      while (at > 0 && renames.get(at - 1).date().isAfter(rename.date())) {
        at--;
      }
      renames.add(at, rename);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<SchemeRename> lineage(SchemeCode code) {
    Objects.requireNonNull(code, "code");
    lock.readLock().lock();
    try {
      List<SchemeRename> renames = byCode.get(code);
      return renames == null ? List.of() : List.copyOf(renames);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<SchemeRename> all() {
    lock.readLock().lock();
    try {
      List<SchemeRename> out = new ArrayList<>(seen.size());
      byCode.values().forEach(out::addAll);
      return List.copyOf(out);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Returns the number of renames stored; never the names. */
  @Override
  public String toString() {
    lock.readLock().lock();
    try {
      return "InMemorySchemeLineageStore{renames=" + seen.size() + "}";
    } finally {
      lock.readLock().unlock();
    }
  }
}
