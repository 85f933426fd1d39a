package in.lumpsum.core.event;

import in.lumpsum.core.InvalidValueException;

/**
 * A snapshot of the counters of an {@link InProcessEventBus}.
 *
 * <p>Immutable. The counters are read one after the other while the bus runs, so a snapshot is not
 * atomic: {@code delivered} may briefly include a delivery whose publish is not yet in
 * {@code published}. A {@link java.util.concurrent.Flow} subscriber counts as one listener.
 *
 * @param published events accepted by {@code publish}
 * @param delivered deliveries of an event to a listener that returned normally
 * @param failed deliveries whose listener threw
 * @param dropped deliveries discarded: by the overflow policy, because the executor rejected the
 *     delivery task, or because a {@link java.util.concurrent.Flow} subscriber's buffer overflowed
 * @since 0.1.0
 */
public record EventBusMetrics(long published, long delivered, long failed, long dropped) {

  /**
   * Validates the counters.
   *
   * @throws InvalidValueException if a counter is negative
   * @since 0.1.0
   */
  public EventBusMetrics {
    check("published", published);
    check("delivered", delivered);
    check("failed", failed);
    check("dropped", dropped);
  }

  private static void check(String field, long value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "must be zero or more");
    }
  }
}
