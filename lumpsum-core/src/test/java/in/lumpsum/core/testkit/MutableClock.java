package in.lumpsum.core.testkit;

import in.lumpsum.core.time.IndianTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock in India's zone whose instant a test sets or moves, so that code reading an injected
 * {@link Clock} can be tested without waiting. Safe to read from other threads.
 */
public final class MutableClock extends Clock {

  private volatile Instant now;

  /**
   * Creates a clock standing at an instant.
   *
   * @param now the instant
   */
  public MutableClock(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
  }

  /**
   * Sets the instant.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  /**
   * Moves the clock on.
   *
   * @param d how far
   */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return IndianTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
