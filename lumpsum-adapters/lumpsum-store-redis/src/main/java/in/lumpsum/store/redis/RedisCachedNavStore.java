package in.lumpsum.store.redis;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import in.lumpsum.store.redis.internal.Codecs;
import in.lumpsum.store.redis.internal.TwoLevelCache;
import in.lumpsum.store.redis.internal.TwoLevelCache.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link NavStore} that answers reads from a {@link RedisCache} and writes to the store of record.
 *
 * <p><b>What is cached.</b> Each scheme's whole history, as one compact {@link NavSeries} (in Redis
 * 2 to 4 bytes a NAV), under {@code <prefix>:c1:{nav:<code>}}; every per-scheme read
 * ({@link #exact}, {@link #onOrBefore}, {@link #onOrAfter}, {@link #range}, {@link #latest},
 * {@link #count}, {@link #series}) is answered from it, so each sees a whole batch or none of it, as
 * the contract asks. The set of schemes with NAVs is cached under {@code <prefix>:c1:{navdir}}.
 *
 * <p><b>Writes.</b> {@link #upsert} writes to the store first; then, if anything changed (or the write
 * failed), it invalidates the batch's schemes in Redis and in this process and tells the other
 * instances to drop theirs. A reader that loaded an old history while the write ran cannot put it
 * back (see {@code docs/REDIS.md}).
 *
 * <p><b>Failures.</b> When Redis is down or slow, reads go to the store, with a warning once per
 * outage; they never throw because of Redis. The store's own exceptions reach the caller.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class RedisCachedNavStore implements NavStore {

  private final NavStore delegate;
  private final TwoLevelCache cache;
  private final String prefix;
  private final Slot schemesSlot;

  RedisCachedNavStore(NavStore delegate, TwoLevelCache cache, String prefix) {
    this.delegate = delegate;
    this.cache = cache;
    this.prefix = prefix;
    this.schemesSlot = Slot.inGroup(prefix + "{navdir}:schemes", prefix + "{navdir}:gen");
  }

  /**
   * Returns the store of record behind the cache.
   *
   * @return the delegate
   */
  public NavStore delegate() {
    return delegate;
  }

  @Override
  public NavUpsertResult upsert(Collection<NavRecord> records) {
    Objects.requireNonNull(records, "records");
    NavUpsertResult result;
    try {
      result = delegate.upsert(records);
    } catch (RuntimeException e) {
      // The store may have written part of the batch before failing: drop what it may have touched.
      cache.invalidate(slotsOf(records, true));
      throw e;
    }
    if (result.changed()) {
      cache.invalidate(slotsOf(records, result.inserted() > 0));
    }
    return result;
  }

  @Override
  public Optional<NavRecord> exact(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return record(scheme, series(scheme).exact(date));
  }

  @Override
  public Optional<NavRecord> onOrBefore(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return record(scheme, series(scheme).onOrBefore(date));
  }

  @Override
  public Optional<NavRecord> onOrAfter(SchemeCode scheme, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return record(scheme, series(scheme).onOrAfter(date));
  }

  @Override
  public List<NavRecord> range(SchemeCode scheme, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to, "must not be before from, " + from);
    }
    NavSeries s = series(scheme);
    int i = s.indexOnOrAfter(from);
    if (i < 0) {
      return List.of();
    }
    List<NavRecord> out = new ArrayList<>();
    for (; i < s.size() && !s.dateAt(i).isAfter(to); i++) {
      out.add(NavRecord.of(scheme, s.dateAt(i), new Nav(s.navAt(i))));
    }
    return List.copyOf(out);
  }

  /**
   * Returns a scheme's whole history: from this process, else Redis, else the store (then cached).
   *
   * @param scheme the scheme
   * @return the series, empty if the store has no NAV of the scheme
   */
  @Override
  public NavSeries series(SchemeCode scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return cache.get(slotOf(scheme), Codecs.SERIES, () -> delegate.series(scheme));
  }

  @Override
  public Optional<NavRecord> latest(SchemeCode scheme) {
    NavSeries s = series(scheme);
    return s.isEmpty() ? Optional.empty() : record(scheme, Optional.of(s.get(s.size() - 1)));
  }

  @Override
  public Set<SchemeCode> schemes() {
    return cache.get(schemesSlot, Codecs.CODES, delegate::schemes);
  }

  @Override
  public int count(SchemeCode scheme) {
    return series(scheme).size();
  }

  @Override
  public String toString() {
    return "RedisCachedNavStore[" + prefix + " in front of " + delegate + "]";
  }

  private Slot slotOf(SchemeCode scheme) {
    return Slot.own(prefix + "{nav:" + scheme.value() + "}");
  }

  private List<Slot> slotsOf(Collection<NavRecord> records, boolean schemesMayChange) {
    Set<Slot> slots = new LinkedHashSet<>();
    for (NavRecord r : records) {
      if (r != null) {
        slots.add(slotOf(r.scheme()));
      }
    }
    if (schemesMayChange && !slots.isEmpty()) {
      slots.add(schemesSlot);
    }
    return new ArrayList<>(slots);
  }

  private static Optional<NavRecord> record(SchemeCode scheme, Optional<NavPoint> point) {
    return point.map(p -> NavRecord.of(scheme, p.date(), new Nav(p.nav())));
  }
}
