package in.lumpsum.core.event;

import in.lumpsum.core.LumpsumException;

/**
 * Signalled to a {@link java.util.concurrent.Flow.Subscriber} of an {@link InProcessEventBus} whose
 * buffer filled up because it did not request events as fast as they were published.
 *
 * <p>The subscriber can act on it: subscribe again, request more at a time, or ask for a larger
 * buffer with {@link InProcessEventBus.Builder#flowBufferSize(int)}.
 *
 * @since 0.1.0
 */
public final class EventOverflowException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final int capacity;

  /**
   * Creates the exception.
   *
   * @param eventType the simple name of the subscribed event type
   * @param capacity the buffer's capacity in events
   * @since 0.1.0
   */
  public EventOverflowException(String eventType, int capacity) {
    super(
        "Flow subscriber of "
            + eventType
            + " fell behind: its buffer of "
            + capacity
            + " events is full; the subscription is cancelled");
    this.capacity = capacity;
  }

  /**
   * Returns the capacity of the buffer that overflowed.
   *
   * @return the capacity, in events
   * @since 0.1.0
   */
  public int capacity() {
    return capacity;
  }
}
