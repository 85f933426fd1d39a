package in.lumpsum.core.event;

import java.time.Instant;

/**
 * A fact that happened in the domain, published on an {@link EventBus}: the closed root of every
 * lumpsum event.
 *
 * <p>The hierarchy is sealed and every member is an immutable record, so an {@code instanceof} chain
 * (and, from Java 21, a pattern {@code switch}) over the permitted types can be checked for
 * completeness. Events are safe to share between threads.
 *
 * <p><b>No publisher id.</b> An event carries only domain data and the instant it occurred. Ordering
 * on the bus is defined by the publishing side, not by a field: for {@link InProcessEventBus} a
 * <em>publisher</em> is any sequence of {@code publish} calls ordered by happens-before, typically one
 * thread, and each listener sees such a sequence in order. Which node or process published an event is
 * transport metadata that a distributed transport keeps in its own envelope.
 *
 * <p><b>Time.</b> {@link #occurredAt()} is an instant on the UTC time-line, taken by the publisher from
 * an injected {@link java.time.Clock} (library code never reads the system clock). Render it in
 * {@code Asia/Kolkata}. Calendar fields such as a NAV date are {@link java.time.LocalDate}s in that
 * zone.
 *
 * @since 0.1.0
 */
public sealed interface DomainEvent
    permits NavPublished,
        NavCorrected,
        SchemeAdded,
        SchemeRenamed,
        SchemeStale,
        FeedFormatChanged,
        DataQualityAlert,
        GoalCreated,
        GoalReached,
        PortfolioChanged,
        RebalanceNeeded,
        RiskAlert,
        InvestorSignedUp {

  /**
   * Returns the instant at which the fact happened.
   *
   * @return the instant, never null; taken from the publisher's {@link java.time.Clock}
   * @since 0.1.0
   */
  Instant occurredAt();
}
