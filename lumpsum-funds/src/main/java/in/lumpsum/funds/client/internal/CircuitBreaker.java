package in.lumpsum.funds.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A small circuit breaker: after {@code threshold} failed attempts in a row it opens and refuses
 * attempts for {@code openFor}; then it is half-open and lets exactly one trial attempt through: a
 * success closes it, a failure opens it again for {@code openFor}.
 *
 * <p>Time is read from the injected clock only when needed, so a test moves a fixed clock instead of
 * waiting. Thread-safe (every method is synchronized; the critical sections are a few fields).
 */
public final class CircuitBreaker {

  /** The breaker's state. */
  public enum State {
    /** Attempts go through; failures are counted. */
    CLOSED,
    /** Attempts are refused until the open period ends. */
    OPEN,
    /** One trial attempt is allowed. */
    HALF_OPEN
  }

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;

  private State state = State.CLOSED;
  private int failures;
  private Instant openUntil = Instant.MIN;
  private boolean trialInFlight;

  /**
   * Creates a closed breaker.
   *
   * @param threshold the failed attempts in a row that open it, at least 1
   * @param openFor how long it stays open, positive
   * @param clock the clock
   */
  public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    if (threshold < 1) {
      throw new IllegalArgumentException("failureThreshold: must be at least 1 (got " + threshold + ")");
    }
    if (openFor.isNegative() || openFor.isZero()) {
      throw new IllegalArgumentException("openFor: must be positive (got " + openFor + ")");
    }
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Asks to make an attempt. When it returns true, the caller must report the attempt's outcome with
   * {@link #onSuccess()}, {@link #onFailure()} or {@link #onNeutral()}.
   *
   * @return true if the attempt may go ahead
   */
  public synchronized boolean tryAcquire() {
    if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
      state = State.HALF_OPEN;
      trialInFlight = false;
    }
    switch (state) {
      case CLOSED:
        return true;
      case HALF_OPEN:
        if (trialInFlight) {
          return false;
        }
        trialInFlight = true;
        return true;
      default:
        return false;
    }
  }

  /** Reports an attempt that succeeded (the source answered as a source should): closes the breaker. */
  public synchronized void onSuccess() {
    state = State.CLOSED;
    failures = 0;
    trialInFlight = false;
  }

  /** Reports an attempt that failed: counts it, and opens the breaker at the threshold or after a trial. */
  public synchronized void onFailure() {
    failures++;
    if (state == State.HALF_OPEN || failures >= threshold) {
      state = State.OPEN;
      openUntil = clock.instant().plus(openFor);
      trialInFlight = false;
    }
  }

  /** Reports an attempt that says nothing of the source's health (a 429): frees a trial slot only. */
  public synchronized void onNeutral() {
    trialInFlight = false;
  }

  /**
   * Returns the state, moving from open to half-open if the open period is over.
   *
   * @return the state
   */
  public synchronized State state() {
    if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
      state = State.HALF_OPEN;
      trialInFlight = false;
    }
    return state;
  }

  /**
   * Returns when an open breaker lets a trial through.
   *
   * @return the instant the open period ends ({@link Instant#MIN} if it never opened)
   */
  public synchronized Instant openUntil() {
    return openUntil;
  }
}
