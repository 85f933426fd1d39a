package in.lumpsum.store.redis;

import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.spi.SchemeUpsertResult;
import in.lumpsum.store.redis.internal.Codecs;
import in.lumpsum.store.redis.internal.TwoLevelCache;
import in.lumpsum.store.redis.internal.TwoLevelCache.Slot;
import in.lumpsum.store.redis.internal.ValueCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link SchemeStore} that answers look-ups from a {@link RedisCache} and writes to the store of
 * record.
 *
 * <p><b>What is cached.</b> {@link #find} per scheme code, absent codes included, under
 * {@code <prefix>:c1:{scheme:<code>}}; {@link #findByIsin} and {@link #count} in one group that every
 * changing write drops, since a write can move an ISIN from one scheme to another. Schemes are cached
 * as their JSON. {@link #all()} is a bulk read and goes to the store.
 *
 * <p><b>Writes</b> go to the store first; then the changed codes and the group are invalidated here,
 * in Redis and in the other instances. <b>Failures</b> of Redis send reads to the store and never
 * reach the caller.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class RedisCachedSchemeStore implements SchemeStore {

  private final SchemeStore delegate;
  private final TwoLevelCache cache;
  private final String prefix;
  private final String group;
  private final ValueCodec<Optional<Scheme>> codec;

  RedisCachedSchemeStore(SchemeStore delegate, TwoLevelCache cache, String prefix, JsonCodec json) {
    this.delegate = delegate;
    this.cache = cache;
    this.prefix = prefix;
    this.group = prefix + "{schemedir}:gen";
    this.codec = Codecs.optionalScheme(json);
  }

  /**
   * Returns the store of record behind the cache.
   *
   * @return the delegate
   */
  public SchemeStore delegate() {
    return delegate;
  }

  @Override
  public SchemeUpsertResult putAll(Collection<Scheme> schemes) {
    Objects.requireNonNull(schemes, "schemes");
    SchemeUpsertResult result;
    try {
      result = delegate.putAll(schemes);
    } catch (RuntimeException e) {
      List<SchemeCode> codes = new ArrayList<>();
      for (Scheme s : schemes) {
        if (s != null) {
          codes.add(s.code());
        }
      }
      cache.invalidate(slotsOf(codes));
      throw e;
    }
    if (result.changed()) {
      List<SchemeCode> codes = new ArrayList<>(result.inserted());
      codes.addAll(result.updated());
      cache.invalidate(slotsOf(codes));
    }
    return result;
  }

  @Override
  public Optional<Scheme> find(SchemeCode code) {
    Objects.requireNonNull(code, "code");
    return cache.get(Slot.own(prefix + "{scheme:" + code.value() + "}"), codec,
        () -> delegate.find(code));
  }

  @Override
  public Optional<Scheme> findByIsin(Isin isin) {
    Objects.requireNonNull(isin, "isin");
    return cache.get(Slot.inGroup(prefix + "{schemedir}:isin:" + isin.value(), group), codec,
        () -> delegate.findByIsin(isin));
  }

  @Override
  public List<Scheme> all() {
    return delegate.all();
  }

  @Override
  public int count() {
    return cache.get(Slot.inGroup(prefix + "{schemedir}:count", group), Codecs.COUNT, delegate::count);
  }

  @Override
  public String toString() {
    return "RedisCachedSchemeStore[" + prefix + " in front of " + delegate + "]";
  }

  private List<Slot> slotsOf(Collection<SchemeCode> codes) {
    Set<Slot> slots = new LinkedHashSet<>();
    for (SchemeCode code : codes) {
      slots.add(Slot.own(prefix + "{scheme:" + code.value() + "}"));
    }
    // ISIN look-ups and the count share one generation: any change may move them.
    slots.add(Slot.inGroup(prefix + "{schemedir}:any", group));
    return new ArrayList<>(slots);
  }
}
