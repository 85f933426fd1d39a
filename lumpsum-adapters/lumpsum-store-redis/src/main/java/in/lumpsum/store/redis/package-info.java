/**
 * API: Redis for lumpsum instances that scale out.
 *
 * <p>{@link in.lumpsum.store.redis.LumpsumRedis} holds one instance's Lettuce client and connections,
 * configured by {@link in.lumpsum.store.redis.RedisSettings} to fail fast. From it come
 * {@link in.lumpsum.store.redis.RedisCache}, a shared NAV and scheme cache that decorates the store of
 * record ({@link in.lumpsum.store.redis.RedisCachedNavStore},
 * {@link in.lumpsum.store.redis.RedisCachedSchemeStore}), and
 * {@link in.lumpsum.store.redis.RedisEventBus}, an {@link in.lumpsum.core.event.EventBus} that carries
 * events to every instance over pub/sub. When Redis is down, reads go to the store and events are
 * delivered in this process only; neither throws to the caller. See {@code docs/REDIS.md}.
 */
package in.lumpsum.store.redis;
