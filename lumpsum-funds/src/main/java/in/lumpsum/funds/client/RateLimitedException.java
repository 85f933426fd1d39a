package in.lumpsum.funds.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Thrown when a source keeps answering 429 (too many requests), or asks the client to wait longer than
 * {@link RetryPolicy#maxRetryAfter()}.
 *
 * @since 0.1.0
 */
public class RateLimitedException extends SourceUnavailableException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates an exception.
   *
   * @param source the source's name
   * @param url the address asked for
   * @param attempts the attempts made
   * @param retryAfter how long the source asked the client to wait, or null when it did not say
   */
  public RateLimitedException(String source, String url, int attempts, Duration retryAfter) {
    super(source, url, attempts, 429,
        "rate limited" + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"),
        null);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the source asked the client to wait ({@code Retry-After}).
   *
   * @return the wait, or empty when the source did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
