package in.lumpsum.store.redis;

/**
 * Counters of a {@link RedisEventBus}, for monitoring and tests.
 *
 * @param published events published on this bus
 * @param sent events Redis accepted for the other instances
 * @param sendFailures events that reached only this instance's listeners (Redis down, or not
 *     writable as JSON)
 * @param received events from other instances delivered to this instance's listeners
 * @param duplicates events from other instances received again and dropped
 * @param missed events from other instances known, from their sequence numbers, never to have arrived
 * @param dropped events from other instances dropped because the delivery queue was full
 * @since 0.1.0
 */
public record RedisEventBusMetrics(long published, long sent, long sendFailures, long received,
    long duplicates, long missed, long dropped) {}
