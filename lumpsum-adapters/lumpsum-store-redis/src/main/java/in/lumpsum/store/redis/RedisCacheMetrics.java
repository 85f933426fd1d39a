package in.lumpsum.store.redis;

/**
 * Counters of a {@link RedisCache}, for monitoring and tests.
 *
 * @param localHits reads answered by the in-process level
 * @param redisHits reads answered by Redis
 * @param loads reads answered by the store of record (misses, and every read while Redis is down)
 * @param redisFailures Redis calls that failed (timeouts, connection refused, rejected while
 *     disconnected)
 * @param pendingInvalidations invalidations that could not reach Redis yet and will be sent when it
 *     answers
 * @param localInUse whether the in-process level is in use: only while the invalidation channel is
 *     subscribed
 * @since 0.1.0
 */
public record RedisCacheMetrics(long localHits, long redisHits, long loads, long redisFailures,
    int pendingInvalidations, boolean localInUse) {}
