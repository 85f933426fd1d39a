package in.lumpsum.core.store.memory;

import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.spi.SchemeUpsertResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link SchemeStore} in memory: schemes by code, with an index of ISINs.
 *
 * <p>Thread-safe: one read-write lock guards the store, so a batch is applied atomically and readers see
 * it whole or not at all. The scheme master changes once a day, so writers rarely wait.
 *
 * @since 0.1.0
 */
public final class InMemorySchemeStore implements SchemeStore {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final TreeMap<SchemeCode, Scheme> byCode = new TreeMap<>();
  private final Map<Isin, TreeSet<SchemeCode>> byIsin = new HashMap<>();

  /** Creates an empty store. */
  public InMemorySchemeStore() {}

  @Override
  public SchemeUpsertResult putAll(Collection<Scheme> schemes) {
    Objects.requireNonNull(schemes, "schemes");
    // Last one wins within a batch; checked for nulls before anything is written.
    Map<SchemeCode, Scheme> batch = new TreeMap<>();
    for (Scheme s : schemes) {
      Objects.requireNonNull(s, "schemes element");
      batch.put(s.code(), s);
    }
    List<SchemeCode> inserted = new ArrayList<>();
    List<SchemeCode> updated = new ArrayList<>();
    int unchanged = 0;
    lock.writeLock().lock();
    try {
      for (Scheme s : batch.values()) {
        Scheme old = byCode.put(s.code(), s);
        if (old == null) {
          inserted.add(s.code());
        } else if (old.equals(s)) {
          unchanged++;
          continue;
        } else {
          updated.add(s.code());
          unindex(old);
        }
        index(s);
      }
    } finally {
      lock.writeLock().unlock();
    }
    return new SchemeUpsertResult(inserted, updated, unchanged);
  }

  @Override
  public Optional<Scheme> find(SchemeCode code) {
    Objects.requireNonNull(code, "code");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(byCode.get(code));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<Scheme> findByIsin(Isin isin) {
    Objects.requireNonNull(isin, "isin");
    lock.readLock().lock();
    try {
      TreeSet<SchemeCode> codes = byIsin.get(isin);
      return codes == null ? Optional.empty() : Optional.of(byCode.get(codes.first()));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<Scheme> all() {
    lock.readLock().lock();
    try {
      return List.copyOf(byCode.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int count() {
    lock.readLock().lock();
    try {
      return byCode.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void index(Scheme s) {
    s.isinGrowthOrPayout().ifPresent(i -> byIsin.computeIfAbsent(i, k -> new TreeSet<>()).add(s.code()));
    s.isinReinvestment().ifPresent(i -> byIsin.computeIfAbsent(i, k -> new TreeSet<>()).add(s.code()));
  }

  private void unindex(Scheme s) {
    s.isinGrowthOrPayout().ifPresent(i -> unindex(i, s.code()));
    s.isinReinvestment().ifPresent(i -> unindex(i, s.code()));
  }

  private void unindex(Isin isin, SchemeCode code) {
    TreeSet<SchemeCode> codes = byIsin.get(isin);
    if (codes != null) {
      codes.remove(code);
      if (codes.isEmpty()) {
        byIsin.remove(isin);
      }
    }
  }

  /** Returns the number of schemes stored; never the schemes. */
  @Override
  public String toString() {
    return "InMemorySchemeStore{schemes=" + count() + "}";
  }
}
