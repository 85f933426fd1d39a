package in.lumpsum.core.event;

/**
 * How an {@link InProcessEventBus} delivers events to its listeners.
 *
 * @since 0.1.0
 */
public enum DeliveryMode {
  /**
   * On the publisher's thread, to every matching listener in subscription order, before
   * {@code publish} returns. The default.
   */
  SYNCHRONOUS,
  /**
   * On an {@link java.util.concurrent.Executor}, through a bounded queue per subscription;
   * {@code publish} returns once the event is queued.
   */
  ASYNCHRONOUS
}
