package in.lumpsum.store.redis;

import static in.lumpsum.store.redis.RedisTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis killed and started again mid-test: a {@code redis-server} child process of this test on a
 * free port (never the shared server).
 */
class RedisFaultIT {

  private static final SchemeCode CODE = SchemeCode.of(120503);
  private static final LocalDate DAY = LocalDate.parse("2026-11-26");
  private static final Instant AT = Instant.parse("2026-11-27T12:30:00Z");

  private RedisServerProcess server;
  private LumpsumRedis redisA;
  private LumpsumRedis redisB;

  @BeforeEach
  void startServer() throws Exception {
    server = RedisServerProcess.start();
    RedisSettings settings = RedisTests.settings(server.url())
        .commandTimeout(Duration.ofMillis(500)).connectTimeout(Duration.ofMillis(500)).build();
    redisA = LumpsumRedis.connect(settings);
    // B has no in-process level, so that every read of its cache asks Redis.
    redisB = LumpsumRedis.connect(RedisTests.settings(server.url()).commandTimeout(Duration.ofMillis(500))
        .connectTimeout(Duration.ofMillis(500)).localCacheMaxBytes(0).build());
  }

  @AfterEach
  void stopServer() throws Exception {
    if (redisA != null) {
      redisA.close();
      redisB.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static NavRecord nav(LocalDate day, String value) {
    return NavRecord.of(CODE, day, Nav.parse(value));
  }

  @Test
  public void cache_fallsBackToTheStoreWhileRedisIsDown_andIsUsedAgainAfter() throws Exception {
    InMemoryNavStore record = new InMemoryNavStore();
    record.upsert(List.of(nav(DAY, "31.4159")));
    RedisCache cache = redisA.cache("fault");
    NavStore navs = cache.navs(record);
    assertThat(navs.exact(CODE, DAY)).contains(nav(DAY, "31.4159"));
    assertThat(navs.exact(CODE, DAY)).contains(nav(DAY, "31.4159"));
    assertThat(cache.metrics().localHits()).isEqualTo(1);

    server.kill();
    await("the cache notices Redis is gone", () -> !cache.metrics().localInUse());

    // Reads and writes go on against the store; nothing is thrown, the in-process level is off.
    long loadsBefore = cache.metrics().loads();
    int outageReads = 0;
    for (int i = 0; i < 50; i++) {
      assertThat(navs.exact(CODE, DAY)).contains(nav(DAY, "31.4159"));
      outageReads++;
    }
    assertThat(navs.upsert(List.of(nav(DAY.plusDays(1), "31.5"))).inserted()).isEqualTo(1);
    assertThat(navs.latest(CODE)).contains(nav(DAY.plusDays(1), "31.5"));
    assertThat(cache.metrics().loads() - loadsBefore).isEqualTo(outageReads + 1);
    assertThat(cache.metrics().redisFailures()).isPositive();
    assertThat(cache.metrics().pendingInvalidations()).isPositive();

    server.restart();

    // Lettuce reconnects and resubscribes by itself; the pending invalidation is sent; the cache is
    // used again: a read fills Redis and the in-process level, and the next is a local hit.
    await("the cache is in use again", () -> cache.metrics().localInUse());
    await("pending invalidations are sent", () -> {
      navs.latest(CODE);
      return cache.metrics().pendingInvalidations() == 0;
    });
    long localHits = cache.metrics().localHits();
    long redisHits = cache.metrics().redisHits();
    assertThat(navs.latest(CODE)).contains(nav(DAY.plusDays(1), "31.5"));
    assertThat(cache.metrics().localHits() + cache.metrics().redisHits())
        .isGreaterThan(localHits + redisHits);
    // A second instance, which went through the outage too, answers from Redis again once its own
    // connection is back (its first read may fill Redis, if A's copy was dropped meanwhile).
    RedisCache other = redisB.cache("fault");
    NavStore otherNavs = other.navs(record);
    await("B answers from Redis", () -> {
      assertThat(otherNavs.latest(CODE)).contains(nav(DAY.plusDays(1), "31.5"));
      return other.metrics().redisHits() > 0;
    });
  }

  @Test
  public void events_publishedWhileDown_reachLocalListeners_andAfterRestart_reachTheOtherInstance()
      throws Exception {
    RedisEventBus a = redisA.eventBus().build();
    RedisEventBus b = redisB.eventBus().build();
    RecordingListener heardA = new RecordingListener();
    RecordingListener heardB = new RecordingListener();
    a.subscribeAll(heardA);
    b.subscribeAll(heardB);
    NavPublished before = new NavPublished(CODE, DAY, Nav.parse("31"), AT);
    a.publish(before);
    await("B hears the event before the outage", () -> heardB.has(before));

    server.kill();

    NavPublished during = new NavPublished(CODE, DAY.plusDays(1), Nav.parse("32"), AT);
    a.publish(during); // no exception into the publisher
    assertThat(heardA.has(during)).isTrue();
    await("the failed send is counted", () -> a.metrics().sendFailures() >= 1);
    // Buses and caches made during the outage work once Redis is back.
    RedisEventBus lateA = redisA.eventBus().keyPrefix("late").build();
    RedisEventBus lateB = redisB.eventBus().keyPrefix("late").build();
    RecordingListener heardLateB = new RecordingListener();
    lateB.subscribeAll(heardLateB);
    RedisCache lateCache = redisA.cache("late");

    server.restart();

    // Subscriptions resume by themselves. Probe until B hears A again (bounded by await).
    int[] probes = {0};
    await("B hears A after the restart", () -> {
      NavPublished probe = new NavPublished(CODE, DAY.plusDays(10 + probes[0]++), Nav.parse("1"), AT);
      a.publish(probe);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return heardB.count(e -> e instanceof NavPublished p && p.nav().equals(Nav.parse("1"))) > 0;
    });
    NavPublished after = new NavPublished(CODE, DAY.plusDays(2), Nav.parse("33"), AT);
    a.publish(after);
    await("B hears the event published after the restart", () -> heardB.has(after));

    assertThat(heardB.has(during)).isFalse(); // pub/sub is at most once: not replayed
    assertThat(heardB.count(e -> e.equals(after))).isEqualTo(1);
    assertThat(heardA.count(e -> e.equals(after))).isEqualTo(1);
    assertThat(b.metrics().missed()).isPositive();
    await("the cache made during the outage is in use", () -> lateCache.metrics().localInUse());
    NavPublished late = new NavPublished(CODE, DAY.plusDays(3), Nav.parse("34"), AT);
    await("the bus made during the outage hears the other instance", () -> {
      lateA.publish(late);
      return heardLateB.has(late);
    });
    // And back the other way.
    NavPublished reply = new NavPublished(SchemeCode.of(1), DAY, Nav.parse("2"), AT);
    b.publish(reply);
    await("A hears B after the restart", () -> heardA.has(reply));
    assertThat(Optional.of(heardA.count(e -> e.equals(reply)))).contains(1L);
  }
}
