package in.lumpsum.funds.client;

import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.client.internal.CircuitBreaker;
import in.lumpsum.funds.client.internal.DefaultHttp;
import in.lumpsum.funds.client.internal.FreshCache;
import in.lumpsum.funds.client.internal.HttpFetcher;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings both clients share: base URL, HTTP client, clock, retries, circuit breaker and cache.
 * Obtain one from {@link AmfiClient#builder()} or {@link MfApiClient#builder()}. Not thread-safe.
 *
 * @param <B> the concrete builder
 * @since 0.1.0
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  private HttpUrl baseUrl;
  private OkHttpClient httpClient;
  private Clock clock = IndianTime.systemClock();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private int failureThreshold = 5;
  private Duration openFor = Duration.ofSeconds(60);
  private PublishingSchedule schedule = PublishingSchedule.DEFAULT;
  private long cacheEntries = 256;
  private Duration keepStale = Duration.ofDays(7);

  ClientBuilder(String defaultBaseUrl) {
    this.baseUrl = HttpUrl.get(defaultBaseUrl);
  }

  abstract B self();

  /**
   * Sets the base URL, such as a mirror or a test server.
   *
   * @param baseUrl an absolute {@code http} or {@code https} URL
   * @return this builder
   * @throws IllegalArgumentException if it is not such a URL
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl: not an http or https URL (got '" + baseUrl + "')");
    }
    this.baseUrl = url;
    return self();
  }

  /**
   * Sets the OkHttp client to use, so that the host's connection pool, dispatcher, proxy and
   * timeouts are shared. It is used as given: set its connect, read and call timeouts. By default
   * every lumpsum client shares one client with connect 10 s, read 30 s and call 120 s timeouts.
   *
   * @param httpClient the client
   * @return this builder
   */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * Sets the clock that decides freshness, {@code Retry-After} dates and the circuit breaker's open
   * period; by default the system clock in India.
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Sets how the client waits between attempts; by default {@link Sleeper#SYSTEM}.
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Sets the retry policy; by default {@link RetryPolicy#DEFAULT}.
   *
   * @param retryPolicy the policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * Sets the circuit breaker: after {@code failureThreshold} failed attempts in a row (429s not
   * counted) no request is sent for {@code openFor}, then one trial request is let through. By
   * default 5 failures and 60 s.
   *
   * @param failureThreshold the failed attempts in a row that open the circuit, at least 1
   * @param openFor how long it stays open, positive
   * @return this builder
   * @throws IllegalArgumentException if either is out of range
   */
  public B circuitBreaker(int failureThreshold, Duration openFor) {
    Objects.requireNonNull(openFor, "openFor");
    if (failureThreshold < 1) {
      throw new IllegalArgumentException(
          "failureThreshold: must be at least 1 (got " + failureThreshold + ")");
    }
    if (openFor.isNegative() || openFor.isZero()) {
      throw new IllegalArgumentException("openFor: must be positive (got " + openFor + ")");
    }
    this.failureThreshold = failureThreshold;
    this.openFor = openFor;
    return self();
  }

  /**
   * Sets when cached answers turn stale; by default {@link PublishingSchedule#DEFAULT}.
   *
   * @param schedule the schedule
   * @return this builder
   */
  public B publishing(PublishingSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    return self();
  }

  /**
   * Sets the cache's size and how long a stale copy is kept to serve when the source is down; by
   * default 256 entries and 7 days.
   *
   * @param maxEntries the most answers kept, at least 1
   * @param keepStale how long an answer is kept after it was fetched, positive
   * @return this builder
   * @throws IllegalArgumentException if either is out of range
   */
  public B cache(long maxEntries, Duration keepStale) {
    Objects.requireNonNull(keepStale, "keepStale");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries: must be at least 1 (got " + maxEntries + ")");
    }
    if (keepStale.isNegative() || keepStale.isZero()) {
      throw new IllegalArgumentException("keepStale: must be positive (got " + keepStale + ")");
    }
    this.cacheEntries = maxEntries;
    this.keepStale = keepStale;
    return self();
  }

  /**
   * Turns the cache off: every call fetches, and nothing stale can be served.
   *
   * @return this builder
   */
  public B noCache() {
    this.cacheEntries = 0;
    return self();
  }

  HttpUrl baseUrl() {
    return baseUrl;
  }

  Clock clock() {
    return clock;
  }

  HttpFetcher fetcher(String source) {
    OkHttpClient client = httpClient != null ? httpClient : DefaultHttp.client();
    return new HttpFetcher(client, source, retryPolicy,
        new CircuitBreaker(failureThreshold, openFor, clock), sleeper, clock,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  FreshCache cache(String source) {
    return new FreshCache(cacheEntries, keepStale, schedule, clock, source);
  }
}
