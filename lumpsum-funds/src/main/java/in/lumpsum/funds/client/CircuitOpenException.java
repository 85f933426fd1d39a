package in.lumpsum.funds.client;

import java.time.Instant;

/**
 * Thrown without a request being sent because the client's circuit breaker is open: the source failed
 * too many times in a row, and the client lets it rest until {@link #retryAt()}, when one trial
 * request is let through (half-open).
 *
 * @since 0.1.0
 */
public class CircuitOpenException extends SourceUnavailableException {

  private static final long serialVersionUID = 1L;

  private final Instant retryAt;

  /**
   * Creates an exception.
   *
   * @param source the source's name
   * @param url the address that was not asked for
   * @param attempts the attempts made in this call before the circuit opened
   * @param retryAt when the breaker lets a trial request through
   * @param cause the failure that opened the circuit in this call, or null
   */
  public CircuitOpenException(String source, String url, int attempts, Instant retryAt,
      Throwable cause) {
    super(source, url, attempts, 0, "circuit open until " + retryAt, cause);
    this.retryAt = retryAt;
  }

  /**
   * Returns when the breaker lets a trial request through.
   *
   * @return the instant
   */
  public Instant retryAt() {
    return retryAt;
  }
}
