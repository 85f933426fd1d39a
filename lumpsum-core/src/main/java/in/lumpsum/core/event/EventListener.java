package in.lumpsum.core.event;

/**
 * Receives the events of one type that are published on an {@link EventBus}.
 *
 * <p>A listener should return quickly: on a synchronous bus it runs on the publisher's thread, and on
 * an asynchronous bus it holds a delivery thread. An exception thrown by a listener is caught and
 * reported by the bus (see {@link ListenerErrorHandler}); it never reaches the publisher and never
 * stops the delivery of the event to other listeners.
 *
 * <p>Thread-safety depends on the bus. On a synchronous {@link InProcessEventBus} a listener runs on
 * each publishing thread, so it is called concurrently when several threads publish at once. On an
 * asynchronous one, a subscription's listener is called by one thread at a time, with
 * happens-before between calls; a listener object subscribed more than once, or on more than one
 * bus, may still be called concurrently.
 *
 * @param <E> the type of event received
 * @since 0.1.0
 */
@FunctionalInterface
public interface EventListener<E extends DomainEvent> {

  /**
   * Handles one event.
   *
   * @param event the event, never null
   * @since 0.1.0
   */
  void onEvent(E event);
}
