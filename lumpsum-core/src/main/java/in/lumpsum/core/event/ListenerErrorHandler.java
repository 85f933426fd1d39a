package in.lumpsum.core.event;

/**
 * Told when a listener throws, so that the host can count, alert, or cancel the faulty subscription.
 *
 * <p>The bus has already caught the exception and logged it (at WARN the first time for each
 * subscription, then at DEBUG, naming the event type and the listener class but never the event's
 * fields) before it calls the handler. The handler runs on the thread that ran the listener, so it
 * must be thread-safe and quick. An exception thrown by the handler itself is caught and logged.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ListenerErrorHandler {

  /**
   * Handles the failure of one delivery.
   *
   * @param event the event the listener was handling; it may carry personal data, so do not log its
   *     fields
   * @param subscription the failing listener's subscription; calling {@link Subscription#cancel()}
   *     stops further deliveries to it
   * @param error what the listener threw
   * @since 0.1.0
   */
  void onListenerError(DomainEvent event, Subscription subscription, Throwable error);
}
