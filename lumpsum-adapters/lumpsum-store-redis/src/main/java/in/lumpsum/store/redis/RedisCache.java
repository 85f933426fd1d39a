package in.lumpsum.store.redis;

import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.store.Stores;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.store.redis.internal.TwoLevelCache;
import java.util.Objects;

/**
 * A NAV and scheme cache shared by every lumpsum instance that uses the same Redis and key prefix:
 * an in-process Caffeine cache in front of Redis in front of the store of record.
 *
 * <p>Get one from {@link LumpsumRedis#cache()}, then decorate the stores with it:
 * {@link #decorate(Stores)}, or {@link #navs(NavStore)} and {@link #schemes(SchemeStore)}. What is
 * cached, how writes invalidate it and how Redis failures are survived is described on
 * {@link RedisCachedNavStore}, {@link RedisCachedSchemeStore} and in {@code docs/REDIS.md}.
 *
 * <p>Thread-safe. Closing it unsubscribes its invalidation channel and empties its in-process level;
 * the decorated stores still answer afterwards, through Redis and the store, without the in-process
 * level. Close it with the instance.
 *
 * @since 0.1.0
 */
public final class RedisCache implements AutoCloseable {

  private final LumpsumRedis redis;
  private final String keyPrefix;
  private final TwoLevelCache cache;

  RedisCache(LumpsumRedis redis, String keyPrefix) {
    this.redis = redis;
    this.keyPrefix = keyPrefix;
    RedisSettings s = redis.settings();
    this.cache = new TwoLevelCache(redis.commands(), redis.hub(), keyPrefix + ":c1:invalidate",
        s.cacheTtl(), s.localCacheTtl(), s.localCacheMaxBytes(), s.retryBackoff());
  }

  /**
   * Returns a NAV store that reads through this cache and writes to {@code delegate} first.
   *
   * @param delegate the store of record
   * @return the caching store
   */
  public RedisCachedNavStore navs(NavStore delegate) {
    return new RedisCachedNavStore(Objects.requireNonNull(delegate, "delegate"), cache,
        keyPrefix + ":c1:");
  }

  /**
   * Returns a scheme store that reads through this cache and writes to {@code delegate} first.
   *
   * @param delegate the store of record
   * @param json the codec the schemes are cached in, normally {@link JsonCodec#standard()}
   * @return the caching store
   */
  public RedisCachedSchemeStore schemes(SchemeStore delegate, JsonCodec json) {
    return new RedisCachedSchemeStore(Objects.requireNonNull(delegate, "delegate"), cache,
        keyPrefix + ":c1:", Objects.requireNonNull(json, "json"));
  }

  /**
   * Returns a scheme store that caches schemes as {@link JsonCodec#standard()} JSON.
   *
   * @param delegate the store of record
   * @return the caching store
   */
  public RedisCachedSchemeStore schemes(SchemeStore delegate) {
    return schemes(delegate, JsonCodec.standard());
  }

  /**
   * Returns the stores with their NAV and scheme stores decorated by this cache; the others as given.
   *
   * @param stores the stores of record
   * @return the decorated stores
   */
  public Stores decorate(Stores stores) {
    Objects.requireNonNull(stores, "stores");
    return stores.withNavs(navs(stores.navs())).withSchemes(schemes(stores.schemes()));
  }

  /**
   * Returns the counters since this cache was made.
   *
   * @return the metrics
   */
  public RedisCacheMetrics metrics() {
    long[] c = cache.counters();
    return new RedisCacheMetrics(c[0], c[1], c[2], c[3], (int) c[4], cache.localInUse());
  }

  /**
   * Returns the key prefix.
   *
   * @return the prefix of this cache's keys and channel
   */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** Unsubscribes the invalidation channel and empties the in-process level. Idempotent. */
  @Override
  public void close() {
    cache.close();
    redis.forget(this);
  }

  @Override
  public String toString() {
    return "RedisCache[" + keyPrefix + "]";
  }
}
