package in.lumpsum.funds.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client retries a request that failed in a way that may pass: a 5xx answer, a 429, a timeout,
 * a dropped connection, a body cut short, empty or replaced by an HTML page.
 *
 * <p>The wait before attempt {@code n + 1} is {@code initialBackoff * 2^(n-1)}, capped at
 * {@code maxBackoff}, then reduced by a random fraction of up to {@code jitter} of itself (so that
 * many hosts failing together do not retry together). A {@code Retry-After} header (seconds or an
 * HTTP date, RFC 9110 section 10.2.3) on a 429 or 503 answer replaces the computed wait; when it asks
 * for more than {@code maxRetryAfter}, the client does not wait at all but throws
 * {@link RateLimitedException} (or {@link SourceUnavailableException} for a 503) carrying it, so that
 * the host can come back later. Other 4xx answers are not retried.
 *
 * @param maxAttempts the attempts in all, at least 1 (1 means no retry)
 * @param initialBackoff the wait after the first failure, positive
 * @param maxBackoff the longest computed wait, at least {@code initialBackoff}
 * @param jitter the largest fraction taken off a computed wait at random, from 0 to 1
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for, not negative
 * @since 0.1.0
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter, Duration maxRetryAfter) {

  /** Four attempts, 500 ms doubling to at most 8 s, half jitter, {@code Retry-After} up to 60 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 0.5, Duration.ofSeconds(60));

  /** One attempt, no retry. */
  public static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ZERO);

  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException naming the component that is out of range
   */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts: must be at least 1 (got " + maxAttempts + ")");
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff: must be positive (got " + initialBackoff + ")");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff: must be at least initialBackoff (got " + maxBackoff + ")");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter: must be from 0 to 1 (got " + jitter + ")");
    }
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter: must not be negative (got " + maxRetryAfter + ")");
    }
  }

  /**
   * Returns the wait before the next attempt after {@code failures} failed attempts, without jitter.
   *
   * @param failures the failed attempts so far, at least 1
   * @return {@code initialBackoff * 2^(failures-1)}, at most {@code maxBackoff}
   */
  public Duration backoff(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures: must be at least 1 (got " + failures + ")");
    }
    int shift = Math.min(failures - 1, 30);
    long millis = initialBackoff.toMillis();
    long max = maxBackoff.toMillis();
    return Duration.ofMillis(millis > (max >> shift) ? max : Math.min(max, millis << shift));
  }

  /**
   * Returns the wait with jitter applied.
   *
   * @param failures the failed attempts so far, at least 1
   * @param random a number in {@code [0, 1)}
   * @return the backoff less {@code random * jitter} of itself
   */
  public Duration backoff(int failures, double random) {
    Duration d = backoff(failures);
    return Duration.ofMillis(Math.round(d.toMillis() * (1 - jitter * random)));
  }
}
