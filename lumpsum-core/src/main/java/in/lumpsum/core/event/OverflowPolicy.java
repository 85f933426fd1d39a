package in.lumpsum.core.event;

/**
 * What an asynchronous {@link InProcessEventBus} does when a subscription's queue is full.
 *
 * @since 0.1.0
 */
public enum OverflowPolicy {
  /**
   * Drop the new event for that subscription only, count it in {@link EventBusMetrics#dropped()} and
   * log at WARN the first time for each subscription, then at DEBUG. {@code publish} never waits.
   * The default.
   */
  DROP_NEWEST,
  /**
   * Make {@code publish} wait for room in the queue. Two cases drop (and count) instead of waiting,
   * because waiting could never end: a publish from a delivery thread of the same bus (a listener
   * publishing), and a publish whose thread is interrupted while it waits (its interrupt status is
   * kept).
   */
  BLOCK
}
