package in.lumpsum.core.event;

/**
 * Receives the events of one type that are published on an {@link EventBus}.
 *
 * <p>A listener should return quickly: on a synchronous bus it runs on the publisher's thread, and on
 * an asynchronous bus it holds a delivery thread. An exception thrown by a listener is caught and
 * reported by the bus (see {@link ListenerErrorHandler}); it never reaches the publisher and never
 * stops the delivery of the event to other listeners.
 *
 * <p>Thread-safety: a bus calls one subscription's listener from one thread at a time, but a
 * listener object subscribed more than once, or on more than one bus, may be called concurrently.
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
