package in.lumpsum.core.event;

/**
 * The registration of one listener on an {@link EventBus}; cancelling it stops deliveries.
 *
 * <p>{@link #close()} is the same as {@link #cancel()}, so a subscription can be scoped with
 * try-with-resources. Both are idempotent and may be called from any thread, including from inside
 * the listener itself. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface Subscription extends AutoCloseable {

  /**
   * Stops deliveries to this subscription's listener.
   *
   * <p>Once this method returns, no new delivery to the listener begins. A delivery already running,
   * on this or another thread, is not interrupted. Events queued for the listener and not yet
   * delivered are discarded. Calling it again has no effect.
   *
   * @since 0.1.0
   */
  void cancel();

  /**
   * Tells whether the subscription still receives events.
   *
   * @return {@code false} once the subscription is cancelled or its bus is closed
   * @since 0.1.0
   */
  boolean isActive();

  /**
   * Cancels the subscription; the same as {@link #cancel()}.
   *
   * @since 0.1.0
   */
  @Override
  default void close() {
    cancel();
  }
}
