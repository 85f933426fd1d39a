package in.lumpsum.funds.client;

import in.lumpsum.core.LumpsumException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a source could not give a whole answer: it could not be reached, timed out, dropped the
 * connection, answered with an error status, or sent a body that was empty, cut short or an HTML page
 * in place of the file, on every attempt the {@link RetryPolicy} allowed.
 *
 * <p>The caller may try again later; a client with a cached copy serves it instead, marked stale
 * ({@link Fetched#stale()}).
 *
 * @since 0.1.0
 */
public class SourceUnavailableException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String url;
  private final int attempts;
  private final int status;

  /**
   * Creates an exception.
   *
   * @param source the source's name, such as {@code "AMFI"}
   * @param url the address asked for
   * @param attempts the attempts made
   * @param status the HTTP status of the last answer, or 0 when there was none
   * @param message what went wrong on the last attempt
   * @param cause the last underlying failure, or null
   */
  public SourceUnavailableException(String source, String url, int attempts, int status,
      String message, Throwable cause) {
    super(source + " unavailable after " + attempts + (attempts == 1 ? " attempt" : " attempts")
        + " (" + url + "): " + message, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.url = Objects.requireNonNull(url, "url");
    this.attempts = attempts;
    this.status = status;
  }

  /**
   * Returns the source's name.
   *
   * @return such as {@code "AMFI"} or {@code "mfapi"}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the address asked for.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the number of attempts made.
   *
   * @return at least 0 (0 when the circuit breaker allowed none)
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns the HTTP status of the last answer.
   *
   * @return the status, or empty when the last attempt got no answer
   */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
