package in.lumpsum.core.event;

/**
 * Carries {@link DomainEvent}s from publishers to the listeners subscribed to their types: the
 * contract every transport implements.
 *
 * <p>{@link InProcessEventBus} is the default, in-process implementation; adapters (a Redis transport,
 * for instance) implement the same contract. The rules every implementation follows:
 *
 * <ul>
 *   <li><b>Matching.</b> A listener subscribed to a type receives every published event that is an
 *       instance of that type; subscribing to {@link DomainEvent} receives every event.
 *   <li><b>Order per publisher.</b> A <em>publisher</em> is a sequence of {@code publish} calls each
 *       of which happens-before the next, typically the calls of one thread. Every listener that is
 *       subscribed throughout receives such a sequence's events in publication order (apart from
 *       events dropped by a documented overflow policy). Events of different publishers may
 *       interleave differently at different listeners.
 *   <li><b>Isolation.</b> An exception thrown by a listener is caught, reported and otherwise
 *       ignored: the publisher does not see it and the other listeners still receive the event.
 *   <li><b>Threads.</b> All methods are thread-safe and may be called from inside a listener.
 *   <li><b>Closing.</b> After {@link #close()}, {@code publish} and {@code subscribe} throw
 *       {@link IllegalStateException}.
 * </ul>
 *
 * @since 0.1.0
 */
public interface EventBus extends AutoCloseable {

  /**
   * Publishes an event to every listener subscribed to its type or a supertype.
   *
   * <p>Whether delivery has happened when this method returns depends on the implementation; see
   * {@link DeliveryMode} for the in-process bus.
   *
   * @param event the event to publish
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalStateException if the bus is closed
   * @since 0.1.0
   */
  void publish(DomainEvent event);

  /**
   * Subscribes a listener to the events of one type and its subtypes.
   *
   * <p>Each call makes a new, independent subscription, even for a listener already subscribed. A
   * subscription made while an event is being published may or may not receive that event.
   *
   * @param <E> the event type
   * @param type the event type, such as {@code NavPublished.class}, or {@code DomainEvent.class} for
   *     every event
   * @param listener the listener
   * @return the subscription, active until cancelled or until the bus closes
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the bus is closed
   * @since 0.1.0
   */
  <E extends DomainEvent> Subscription subscribe(Class<E> type, EventListener<? super E> listener);

  /**
   * Subscribes a listener to every event; the same as {@code subscribe(DomainEvent.class, listener)}.
   *
   * @param listener the listener
   * @return the subscription
   * @throws NullPointerException if {@code listener} is null
   * @throws IllegalStateException if the bus is closed
   * @since 0.1.0
   */
  default Subscription subscribeAll(EventListener<? super DomainEvent> listener) {
    return subscribe(DomainEvent.class, listener);
  }

  /**
   * Tells whether {@link #close()} has been called.
   *
   * @return {@code true} once the bus is closed
   * @since 0.1.0
   */
  boolean isClosed();

  /**
   * Closes the bus: refuses new events and subscriptions and releases what the bus owns.
   *
   * <p>Idempotent. Each implementation documents what happens to events already published but not
   * yet delivered.
   *
   * @since 0.1.0
   */
  @Override
  void close();
}
