package in.lumpsum.funds.client.internal;

import in.lumpsum.funds.client.CircuitOpenException;
import in.lumpsum.funds.client.RateLimitedException;
import in.lumpsum.funds.client.RetryPolicy;
import in.lumpsum.funds.client.Sleeper;
import in.lumpsum.funds.client.SourceUnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's GET with retries, backoff with jitter, {@code Retry-After}, a circuit breaker and checks
 * that the body is whole: the piece both clients share.
 *
 * <p>An attempt fails, and may be retried, on a 5xx or 429 answer, an I/O error or timeout (a dropped
 * connection, a body shorter than its {@code Content-Length}, a call timeout on a body that trickles),
 * and on a 2xx body that is empty, is an HTML page, or (for AMFI's text files) does not end with a line
 * end. Other 4xx answers fail at once. A body that passes is handed to the reader; the reader may
 * throw {@link CutShort} (retried) or any other exception (passed on as is, not retried). Thread-safe.
 */
public final class HttpFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

  /** What a body must look like. */
  public enum BodyKind {
    /** Lines of text, the last one ended: AMFI's files (every real one ends with a line end). */
    TEXT_LINES,
    /** A JSON document. */
    JSON
  }

  /**
   * Reads a body that passed the checks.
   *
   * @param <T> what it reads
   */
  @FunctionalInterface
  public interface BodyReader<T> {
    /**
     * Reads the body.
     *
     * @param body the whole body
     * @return the value
     */
    T read(byte[] body);
  }

  /** Thrown by a {@link BodyReader} when the body ends before the document does: the attempt is retried. */
  public static final class CutShort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where the body ended
     * @param cause the parser's exception
     */
    public CutShort(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final OkHttpClient client;
  private final String source;
  private final RetryPolicy policy;
  private final CircuitBreaker breaker;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;
  private final String userAgent;

  /**
   * Creates a fetcher.
   *
   * @param client the HTTP client
   * @param source the source's name for messages, such as {@code "AMFI"}
   * @param policy the retry policy
   * @param breaker the source's circuit breaker
   * @param sleeper waits between attempts
   * @param clock the clock (for {@code Retry-After} dates)
   * @param random numbers in {@code [0, 1)} for jitter
   */
  public HttpFetcher(OkHttpClient client, String source, RetryPolicy policy, CircuitBreaker breaker,
      Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.client = Objects.requireNonNull(client, "httpClient");
    this.source = Objects.requireNonNull(source, "source");
    this.policy = Objects.requireNonNull(policy, "retryPolicy");
    this.breaker = Objects.requireNonNull(breaker, "breaker");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.userAgent = DefaultHttp.userAgent();
  }

  /**
   * Returns the circuit breaker.
   *
   * @return the breaker
   */
  public CircuitBreaker breaker() {
    return breaker;
  }

  /**
   * Gets a URL and reads the body, retrying as the policy allows.
   *
   * @param <T> what the reader returns
   * @param url the address
   * @param kind what the body must look like
   * @param reader reads a body that passed the checks
   * @return what the reader returned
   * @throws SourceUnavailableException if no attempt gave a whole body
   * @throws RateLimitedException if the last answer was a 429, or asked to wait too long
   * @throws CircuitOpenException if the breaker refused an attempt
   */
  public <T> T get(HttpUrl url, BodyKind kind, BodyReader<T> reader) {
    String where = url.toString();
    int attempts = 0;
    Failure last = null;
    while (true) {
      if (!breaker.tryAcquire()) {
        throw new CircuitOpenException(source, where, attempts, breaker.openUntil(),
            last == null ? null : last.toException(source, where, attempts));
      }
      attempts++;
      Outcome<T> outcome = attempt(url, where, attempts, kind, reader);
      if (outcome.failure == null) {
        return outcome.value;
      }
      last = outcome.failure;
      Duration retryAfter = last.retryAfter;
      if (attempts >= policy.maxAttempts()
          || (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0)) {
        throw last.toException(source, where, attempts);
      }
      if (breaker.state() == CircuitBreaker.State.OPEN) {
        // This failure opened the circuit: waiting to retry would only be refused.
        throw new CircuitOpenException(source, where, attempts, breaker.openUntil(),
            last.toException(source, where, attempts));
      }
      Duration wait = retryAfter != null ? retryAfter : policy.backoff(attempts, random.getAsDouble());
      LOG.debug("{} attempt {} failed ({}), retrying in {} ms", source, attempts, last.message,
          wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceUnavailableException(source, where, attempts, last.status,
            "interrupted while waiting to retry", e);
      }
    }
  }

  private <T> Outcome<T> attempt(HttpUrl url, String where, int attempt, BodyKind kind,
      BodyReader<T> reader) {
    Request request = new Request.Builder().url(url).get()
        .header("User-Agent", userAgent)
        .header("Accept", kind == BodyKind.JSON ? "application/json" : "text/plain, */*")
        .build();
    try (Response response = client.newCall(request).execute()) {
      int code = response.code();
      if (code == 429) {
        breaker.onNeutral();
        return Outcome.failed(new Failure("HTTP 429", code, null, retryAfter(response), true));
      }
      if (code >= 500) {
        breaker.onFailure();
        Duration after = code == 503 ? retryAfter(response) : null;
        return Outcome.failed(new Failure("HTTP " + code, code, null, after, false));
      }
      if (code < 200 || code >= 300) {
        // The source answered; it is up, the request is wrong (or the file moved): no retry.
        breaker.onSuccess();
        throw new SourceUnavailableException(source, where, attempt, code,
            "HTTP " + code + ", not retried", null);
      }
      byte[] body = response.body().bytes();
      String bad = checkBody(body, kind);
      if (bad != null) {
        breaker.onFailure();
        return Outcome.failed(new Failure(bad, code, null, null, false));
      }
      T value;
      try {
        value = reader.read(body);
      } catch (CutShort e) {
        breaker.onFailure();
        return Outcome.failed(new Failure(e.getMessage(), code, e, null, false));
      } catch (RuntimeException e) {
        breaker.onSuccess();
        throw e;
      }
      breaker.onSuccess();
      LOG.debug("{} {}: {} bytes on attempt {}", source, where, body.length, attempt);
      return Outcome.of(value);
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        breaker.onNeutral();
        throw new SourceUnavailableException(source, where, attempt, 0, "interrupted", e);
      }
      breaker.onFailure();
      return Outcome.failed(new Failure(describe(e), 0, e, null, false));
    } catch (RuntimeException | Error e) {
      // Unexpected (a host's interceptor, a bug): free a half-open trial, or the breaker would
      // refuse every later call. Where an answer above already told the breaker, it changes nothing.
      breaker.onNeutral();
      throw e;
    }
  }

  private Duration retryAfter(Response response) {
    return RetryAfter.parse(response.header("Retry-After"), clock.instant()).orElse(null);
  }

  /**
   * Checks that a 2xx body is a whole document of the expected kind.
   *
   * @param body the body
   * @param kind the expected kind
   * @return what is wrong, or null when nothing is
   */
  static String checkBody(byte[] body, BodyKind kind) {
    int i = 0;
    if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
      i++;
    }
    if (i == body.length) {
      return body.length == 0 ? "empty body" : "body holds only white space";
    }
    if (body[i] == '<') {
      // Neither AMFI's text nor JSON starts with '<': an error or maintenance page served with 200.
      return "an HTML page in place of the " + (kind == BodyKind.JSON ? "JSON document" : "file");
    }
    if (kind == BodyKind.TEXT_LINES && body[body.length - 1] != '\n') {
      return "body cut short: it ends inside a line (" + body.length + " bytes)";
    }
    return null;
  }

  private static String describe(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return "read or connect timed out: " + e.getMessage();
    }
    if (e instanceof InterruptedIOException) {
      return "call timed out: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static final class Failure {
    final String message;
    final int status;
    final Throwable cause;
    final Duration retryAfter;
    final boolean rateLimited;

    Failure(String message, int status, Throwable cause, Duration retryAfter, boolean rateLimited) {
      this.message = message;
      this.status = status;
      this.cause = cause;
      this.retryAfter = retryAfter;
      this.rateLimited = rateLimited;
    }

    SourceUnavailableException toException(String source, String url, int attempts) {
      if (rateLimited) {
        return new RateLimitedException(source, url, attempts, retryAfter);
      }
      String text = retryAfter == null ? message : message + ", retry after " + retryAfter.toSeconds() + " s";
      return new SourceUnavailableException(source, url, attempts, status, text, cause);
    }
  }

  private static final class Outcome<T> {
    final T value;
    final Failure failure;

    private Outcome(T value, Failure failure) {
      this.value = value;
      this.failure = failure;
    }

    static <T> Outcome<T> of(T value) {
      return new Outcome<>(value, null);
    }

    static <T> Outcome<T> failed(Failure failure) {
      return new Outcome<>(null, failure);
    }
  }
}
