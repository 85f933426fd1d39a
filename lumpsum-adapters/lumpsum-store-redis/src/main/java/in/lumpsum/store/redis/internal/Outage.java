package in.lumpsum.store.redis.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Tracks whether Redis answers, for one user of it (the cache, the event bus): a breaker that skips
 * Redis for a short back-off after a failure, and logging that warns once per outage (then at most
 * once a minute) and logs the rest at DEBUG.
 *
 * <p>Time comes from a monotonic nanosecond ticker ({@code System::nanoTime} in production): it
 * measures back-offs, never dates.
 */
public final class Outage {

  private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;

  private final Logger log;
  private final String what;
  private final String fallback;
  private final long backoffNanos;
  private final LongSupplier ticker;
  private final AtomicLong retryAt = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong failuresInOutage = new AtomicLong();
  private final AtomicLong lastWarnAt = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong totalFailures = new AtomicLong();
  private volatile boolean down;

  /**
   * Creates the tracker.
   *
   * @param log the logger to report on
   * @param what who uses Redis, for the messages ("NAV and scheme cache")
   * @param fallback what it does meanwhile ("reading from the store")
   * @param backoffNanos how long to skip Redis after a failure
   * @param ticker a monotonic clock in nanoseconds
   */
  public Outage(Logger log, String what, String fallback, long backoffNanos, LongSupplier ticker) {
    this.log = log;
    this.what = what;
    this.fallback = fallback;
    this.backoffNanos = backoffNanos;
    this.ticker = ticker;
  }

  /**
   * Tells whether to try Redis now: always while it answers, once per back-off while it does not.
   *
   * @return true to try Redis
   */
  public boolean allow() {
    if (!down) {
      return true;
    }
    long now = ticker.getAsLong();
    long at = retryAt.get();
    // One caller per back-off probes Redis; the others go straight to the fallback.
    return now - at >= 0 && retryAt.compareAndSet(at, now + backoffNanos);
  }

  /** Records that Redis answered; logs the recovery once. */
  public void success() {
    if (down) {
      down = false;
      long failures = failuresInOutage.getAndSet(0);
      log.info("Redis answers again; {} back to normal after {} failed call(s)", what, failures);
    }
  }

  /**
   * Records a failed call.
   *
   * @param e the failure
   */
  public void failure(Throwable e) {
    totalFailures.incrementAndGet();
    failuresInOutage.incrementAndGet();
    long now = ticker.getAsLong();
    retryAt.set(now + backoffNanos);
    boolean first = !down;
    down = true;
    long last = lastWarnAt.get();
    if ((first || now - last >= WARN_INTERVAL_NANOS) && lastWarnAt.compareAndSet(last, now)) {
      // The exception's message only: Lettuce's messages name host and port, never a password.
      log.warn("Redis unavailable; {} {} {}: {}", what, first ? "is" : "is still", fallback,
          describe(e));
    } else if (log.isDebugEnabled()) {
      log.debug("Redis call failed ({}): {}", what, describe(e));
    }
  }

  /**
   * Tells whether the last call failed and no call has succeeded since.
   *
   * @return true during an outage
   */
  public boolean isDown() {
    return down;
  }

  /**
   * Returns how many calls have failed since this tracker was made.
   *
   * @return the count
   */
  public long totalFailures() {
    return totalFailures.get();
  }

  private static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
