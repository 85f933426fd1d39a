package in.lumpsum.funds.client.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import in.lumpsum.funds.client.Fetched;
import in.lumpsum.funds.client.PublishingSchedule;
import in.lumpsum.funds.client.SourceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Caffeine cache of parsed answers whose freshness follows a {@link PublishingSchedule}, and which
 * serves a stale copy, with a warning, when the source is unavailable.
 *
 * <p>Only values a load returned are stored: a load that throws stores nothing. An entry stays
 * (stale) for {@code keepStale} after it was written, then goes; {@code maxEntries} bounds the count.
 * Caffeine's expiry reads the injected clock and its maintenance runs on the caller's thread (no
 * thread of lumpsum's own). Threads that miss one key at once share one load (so that a host's many
 * threads asking at 21:00 send AMFI one request): the first loads, the others wait for its outcome.
 * Thread-safe.
 */
public final class FreshCache {

  private static final Logger LOG = LoggerFactory.getLogger(FreshCache.class);

  private record Entry(Object value, Instant fetchedAt) {}

  private final Cache<String, Entry> cache;
  private final PublishingSchedule schedule;
  private final Clock clock;
  private final String source;
  // Keys whose failure has been warned about: warn once, then DEBUG, until a load succeeds.
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  // Loads in progress, by key: a thread that misses while another loads waits for that load.
  private final ConcurrentHashMap<String, CompletableFuture<Object>> loading = new ConcurrentHashMap<>();

  /**
   * Creates a cache.
   *
   * @param maxEntries the most entries kept; 0 turns caching (and stale serving) off
   * @param keepStale how long an entry is kept after it was fetched, to serve when the source is down
   * @param schedule when entries turn stale
   * @param clock the clock
   * @param source the source's name for log lines
   */
  public FreshCache(long maxEntries, Duration keepStale, PublishingSchedule schedule, Clock clock,
      String source) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries: must not be negative (got " + maxEntries + ")");
    }
    Objects.requireNonNull(keepStale, "keepStale");
    if (keepStale.isNegative() || keepStale.isZero()) {
      throw new IllegalArgumentException("keepStale: must be positive (got " + keepStale + ")");
    }
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.source = Objects.requireNonNull(source, "source");
    this.cache = maxEntries == 0 ? null : Caffeine.newBuilder()
        .maximumSize(maxEntries)
        .expireAfterWrite(keepStale)
        .ticker(() -> clock.millis() * 1_000_000L)
        .executor(Runnable::run)
        .build();
  }

  /**
   * Returns the cached value if fresh, else loads and caches it; if the load fails with
   * {@link SourceUnavailableException} and a stale copy is held, returns that copy marked stale.
   *
   * @param <T> the value's type
   * @param key what identifies the answer, such as {@code "daily"}
   * @param load fetches and parses the answer
   * @return the answer
   * @throws SourceUnavailableException if the load failed and no copy is held
   */
  @SuppressWarnings("unchecked")
  public <T> Fetched<T> get(String key, Supplier<T> load) {
    Entry held = cache == null ? null : cache.getIfPresent(key);
    if (held != null && schedule.isFresh(held.fetchedAt(), clock.instant())) {
      return Fetched.fresh((T) held.value(), held.fetchedAt());
    }
    T value;
    try {
      value = (T) loadOnce(key, load);
    } catch (SourceUnavailableException e) {
      if (held == null) {
        throw e;
      }
      if (warned.add(key)) {
        LOG.warn("{} unavailable, serving the stale copy of {} fetched at {}: {}", source, key,
            held.fetchedAt(), e.getMessage());
      } else {
        LOG.debug("{} still unavailable, serving the stale copy of {} fetched at {}", source, key,
            held.fetchedAt());
      }
      return Fetched.stale((T) held.value(), held.fetchedAt(), e);
    }
    Instant at = clock.instant();
    if (cache != null) {
      cache.put(key, new Entry(value, at));
    }
    if (warned.remove(key)) {
      LOG.debug("{} available again for {}", source, key);
    }
    return Fetched.fresh(value, at);
  }

  // Runs the load, or waits for the one another thread is running for the same key.
  private Object loadOnce(String key, Supplier<?> load) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }
    try {
      Object value = Objects.requireNonNull(load.get(), "loaded value");
      mine.complete(value);
      return value;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } catch (Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  /**
   * Returns the number of entries held (fresh or stale).
   *
   * @return the count, 0 when caching is off
   */
  public long size() {
    if (cache == null) {
      return 0;
    }
    cache.cleanUp();
    return cache.estimatedSize();
  }

  /** Drops every entry. */
  public void clear() {
    if (cache != null) {
      cache.invalidateAll();
    }
  }
}
