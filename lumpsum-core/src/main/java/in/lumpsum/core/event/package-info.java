/**
 * API: domain events and the bus that carries them between the parts of an application.
 *
 * <p>{@link in.lumpsum.core.event.DomainEvent} is the closed (sealed) root of every event lumpsum
 * publishes: NAV publications and corrections, scheme changes, feed and data-quality alerts, goal,
 * portfolio and risk events. Each event is an immutable record that validates its fields and carries
 * the {@link java.time.Instant} at which it occurred, taken by the publisher from an injected
 * {@link java.time.Clock}.
 *
 * <p>{@link in.lumpsum.core.event.EventBus} is the contract every transport implements;
 * {@link in.lumpsum.core.event.InProcessEventBus} is the default, in-process implementation, with a
 * synchronous and an asynchronous delivery mode and a {@link java.util.concurrent.Flow} view.
 *
 * <p>Field types are plain for now ({@code String} scheme codes and ids, {@code BigDecimal} amounts);
 * they will become the value types of {@code in.lumpsum.core.scheme} and friends before 1.0.
 *
 * @since 0.1.0
 */
package in.lumpsum.core.event;
