package in.lumpsum.funds.client;

import java.time.Duration;

/**
 * Waits between attempts of a request: the clients never call {@link Thread#sleep} directly, so that
 * a host (or a test) can decide how waiting happens.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  /**
   * Waits for a while.
   *
   * @param duration how long, never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
