package in.lumpsum.store.redis;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to reach Redis and how the cache and the event bus behave: an immutable value built with
 * {@link #builder()}.
 *
 * <p>The defaults fail fast: a command that Redis does not answer in 500 ms fails, a connection
 * attempt gives up after 1 s, commands issued while disconnected are rejected at once rather than
 * queued, and the client reconnects by itself, retrying at most every second.
 *
 * <p>{@link #toString()} never shows a password.
 *
 * @since 0.1.0
 */
public final class RedisSettings {

  private final String uri;
  private final String keyPrefix;
  private final Duration commandTimeout;
  private final Duration connectTimeout;
  private final Duration reconnectDelayMax;
  private final Duration retryBackoff;
  private final Duration cacheTtl;
  private final Duration localCacheTtl;
  private final long localCacheMaxBytes;

  private RedisSettings(Builder b) {
    this.uri = b.uri;
    this.keyPrefix = b.keyPrefix;
    this.commandTimeout = b.commandTimeout;
    this.connectTimeout = b.connectTimeout;
    this.reconnectDelayMax = b.reconnectDelayMax;
    this.retryBackoff = b.retryBackoff;
    this.cacheTtl = b.cacheTtl;
    this.localCacheTtl = b.localCacheTtl;
    this.localCacheMaxBytes = b.localCacheMaxBytes;
  }

  /**
   * Starts building settings, with the defaults described on each builder method.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the Redis URI, such as {@code redis://127.0.0.1:6379/0}.
   *
   * @return the URI as given, which may hold a password: do not log it
   */
  public String uri() {
    return uri;
  }

  /**
   * Returns the prefix of every key and channel lumpsum uses.
   *
   * @return the prefix, default {@code "lumpsum"}
   */
  public String keyPrefix() {
    return keyPrefix;
  }

  /**
   * Returns how long a command may take before it fails.
   *
   * @return the timeout, default 500 ms
   */
  public Duration commandTimeout() {
    return commandTimeout;
  }

  /**
   * Returns how long a connection attempt may take.
   *
   * @return the timeout, default 1 s
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the longest wait between two reconnection attempts (they start at 10 ms and double).
   *
   * @return the delay, default 1 s
   */
  public Duration reconnectDelayMax() {
    return reconnectDelayMax;
  }

  /**
   * Returns how long the cache leaves Redis alone after a failed call before it tries again.
   *
   * @return the back-off, default 500 ms
   */
  public Duration retryBackoff() {
    return retryBackoff;
  }

  /**
   * Returns how long Redis keeps a cached value; invalidation normally replaces it sooner.
   *
   * @return the time to live, default 1 hour
   */
  public Duration cacheTtl() {
    return cacheTtl;
  }

  /**
   * Returns how long this process keeps a cached value.
   *
   * @return the time to live, default 5 minutes
   */
  public Duration localCacheTtl() {
    return localCacheTtl;
  }

  /**
   * Returns the budget of the in-process cache, in estimated heap bytes.
   *
   * @return the budget, default 64 MiB
   */
  public long localCacheMaxBytes() {
    return localCacheMaxBytes;
  }

  /** Shows the settings, with the URI reduced to host, port and database. */
  @Override
  public String toString() {
    RedisURI parsed = RedisURI.create(uri);
    return "RedisSettings[" + parsed.getHost() + ":" + parsed.getPort() + "/" + parsed.getDatabase()
        + ", keyPrefix=" + keyPrefix + ", commandTimeout=" + commandTimeout + ", connectTimeout="
        + connectTimeout + ", reconnectDelayMax=" + reconnectDelayMax + ", retryBackoff="
        + retryBackoff + ", cacheTtl=" + cacheTtl + ", localCacheTtl=" + localCacheTtl
        + ", localCacheMaxBytes=" + localCacheMaxBytes + "]";
  }

  /**
   * Builds {@link RedisSettings}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String uri = "redis://127.0.0.1:6379";
    private String keyPrefix = "lumpsum";
    private Duration commandTimeout = Duration.ofMillis(500);
    private Duration connectTimeout = Duration.ofSeconds(1);
    private Duration reconnectDelayMax = Duration.ofSeconds(1);
    private Duration retryBackoff = Duration.ofMillis(500);
    private Duration cacheTtl = Duration.ofHours(1);
    private Duration localCacheTtl = Duration.ofMinutes(5);
    private long localCacheMaxBytes = 64L << 20;

    private Builder() {}

    /**
     * Sets the Redis URI ({@code redis://[password@]host[:port][/database]}, or {@code rediss://}
     * for TLS).
     *
     * @param uri the URI; default {@code redis://127.0.0.1:6379}
     * @return this builder
     */
    public Builder uri(String uri) {
      this.uri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Sets the prefix of every key and channel, so that several applications (or tests) share one
     * Redis without meeting.
     *
     * @param keyPrefix letters, digits and {@code . _ -}; default {@code "lumpsum"}
     * @return this builder
     */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
      return this;
    }

    /**
     * Sets the command timeout.
     *
     * @param timeout positive; default 500 ms
     * @return this builder
     */
    public Builder commandTimeout(Duration timeout) {
      this.commandTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the connect timeout.
     *
     * @param timeout positive; default 1 s
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the longest wait between reconnection attempts.
     *
     * @param delay at least 10 ms; default 1 s
     * @return this builder
     */
    public Builder reconnectDelayMax(Duration delay) {
      this.reconnectDelayMax = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /**
     * Sets how long the cache skips Redis after a failure.
     *
     * @param backoff not negative; default 500 ms
     * @return this builder
     */
    public Builder retryBackoff(Duration backoff) {
      this.retryBackoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * Sets how long Redis keeps a cached value.
     *
     * @param ttl at least 1 ms; default 1 hour
     * @return this builder
     */
    public Builder cacheTtl(Duration ttl) {
      this.cacheTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /**
     * Sets how long this process keeps a cached value.
     *
     * @param ttl positive; default 5 minutes
     * @return this builder
     */
    public Builder localCacheTtl(Duration ttl) {
      this.localCacheTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /**
     * Sets the budget of the in-process cache; 0 turns it off.
     *
     * @param bytes estimated heap bytes, not negative; default 64 MiB
     * @return this builder
     */
    public Builder localCacheMaxBytes(long bytes) {
      this.localCacheMaxBytes = bytes;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalStateException listing every invalid setting
     */
    public RedisSettings build() {
      List<String> problems = new ArrayList<>();
      try {
        RedisURI.create(uri);
      } catch (RuntimeException e) {
        problems.add("uri: not a Redis URI (" + e.getMessage() + ")");
      }
      if (!keyPrefix.matches("[A-Za-z0-9._-]+")) {
        problems.add("keyPrefix: must be letters, digits, '.', '_' or '-' (got '" + keyPrefix + "')");
      }
      positive(problems, "commandTimeout", commandTimeout);
      positive(problems, "connectTimeout", connectTimeout);
      if (reconnectDelayMax.compareTo(Duration.ofMillis(10)) < 0) {
        problems.add("reconnectDelayMax: must be at least 10 ms (got " + reconnectDelayMax + ")");
      }
      if (retryBackoff.isNegative()) {
        problems.add("retryBackoff: must not be negative (got " + retryBackoff + ")");
      }
      if (cacheTtl.toMillis() < 1) {
        problems.add("cacheTtl: must be at least 1 ms (got " + cacheTtl + ")");
      }
      positive(problems, "localCacheTtl", localCacheTtl);
      if (localCacheMaxBytes < 0) {
        problems.add("localCacheMaxBytes: must not be negative (got " + localCacheMaxBytes + ")");
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException("Invalid RedisSettings: " + String.join("; ", problems));
      }
      return new RedisSettings(this);
    }

    private static void positive(List<String> problems, String name, Duration d) {
      if (d.isZero() || d.isNegative()) {
        problems.add(name + ": must be positive (got " + d + ")");
      }
    }
  }
}
