package in.lumpsum.store.redis;

import static org.junit.jupiter.api.Assertions.fail;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.opentest4j.TestAbortedException;

/**
 * Reaches the shared test Redis ({@code LUMPSUM_REDIS_URL}, default {@code redis://127.0.0.1:6379}),
 * hands out key prefixes no other run uses, and waits for conditions without timing anything.
 *
 * <p>When Redis cannot be reached a test is skipped with a visible message; under CI
 * ({@code CI=true}) it fails instead.
 */
final class RedisTests {

  /** This JVM's run: every prefix starts with it, so runs never meet. */
  static final String RUN = "lumpsum-test-" + UUID.randomUUID().toString().substring(0, 8);

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static LumpsumRedis shared;

  static {
    // Whatever the tests of this JVM left (generation keys have no time to live) goes at exit.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteKeys(RUN)));
  }

  private RedisTests() {}

  /**
   * Returns the URL of the test Redis.
   *
   * @return the URL
   */
  static String url() {
    String env = System.getenv("LUMPSUM_REDIS_URL");
    return env == null || env.isBlank() ? "redis://127.0.0.1:6379" : env;
  }

  /**
   * Returns a new key prefix.
   *
   * @param what a word for the test, letters and digits
   * @return a prefix unique to this run
   */
  static String prefix(String what) {
    return RUN + "-" + what + "-" + PREFIXES.incrementAndGet();
  }

  /**
   * Returns settings for the test Redis with short timeouts.
   *
   * @param url the URL
   * @return the settings builder
   */
  static RedisSettings.Builder settings(String url) {
    return RedisSettings.builder().uri(url).keyPrefix(RUN)
        .commandTimeout(Duration.ofSeconds(2))
        .retryBackoff(Duration.ofMillis(100))
        .reconnectDelayMax(Duration.ofMillis(200));
  }

  /**
   * Connects a new instance to the test Redis, or skips (fails under CI) if it is unreachable.
   *
   * @return a new connection, the caller's to close
   */
  static LumpsumRedis connect() {
    try {
      return LumpsumRedis.connect(settings(url()).build());
    } catch (RuntimeException e) {
      unavailable("Redis not reachable at " + hostOf(url()) + " (" + e.getMessage() + ")");
      throw e; // not reached
    }
  }

  /**
   * Tells why Redis tests should be skipped: empty when the shared connection opens, or under CI
   * (where they must run and fail).
   *
   * @return the reason to skip, printed as a {@code SKIPPED} line; empty to run
   */
  static java.util.Optional<String> problem() {
    try {
      shared();
      return java.util.Optional.empty();
    } catch (TestAbortedException e) {
      return java.util.Optional.of(e.getMessage());
    } catch (AssertionError e) {
      return java.util.Optional.empty(); // CI=true: run, and fail
    }
  }

  /**
   * Returns the connection shared by the contract tests of this JVM (opened on first use).
   *
   * @return the shared connection
   */
  static synchronized LumpsumRedis shared() {
    if (shared == null) {
      shared = connect();
    }
    return shared;
  }

  /**
   * Deletes the keys under a prefix on the test Redis.
   *
   * @param prefix the prefix
   */
  static void deleteKeys(String prefix) {
    RedisClient client = RedisClient.create(url());
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      List<String> keys = new ArrayList<>();
      ScanIterator.scan(c.sync(), ScanArgs.Builder.matches(prefix + "*").limit(1000))
          .forEachRemaining(keys::add);
      for (int i = 0; i < keys.size(); i += 500) {
        c.sync().del(keys.subList(i, Math.min(keys.size(), i + 500)).toArray(new String[0]));
      }
    } catch (RuntimeException e) {
      System.err.println("could not delete test keys " + prefix + "*: " + e.getMessage());
    } finally {
      client.shutdown();
    }
  }

  /**
   * Skips the calling test with a visible message, or fails it under CI.
   *
   * @param message why
   */
  static void unavailable(String message) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " (CI=true: Redis tests must run)");
    }
    System.err.println("SKIPPED (no Redis): " + message);
    throw new TestAbortedException(message);
  }

  /**
   * Waits until a condition holds, checking every 10 ms, or fails after 20 seconds. A bound on a
   * wait, not a measurement: nothing is asserted about how long it took.
   *
   * @param what the condition, for the failure message
   * @param condition the condition
   */
  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("timed out waiting until " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted waiting until " + what);
      }
    }
  }

  private static String hostOf(String url) {
    try {
      io.lettuce.core.RedisURI u = io.lettuce.core.RedisURI.create(url);
      return u.getHost() + ":" + u.getPort();
    } catch (RuntimeException e) {
      return "(unparseable LUMPSUM_REDIS_URL)";
    }
  }
}
