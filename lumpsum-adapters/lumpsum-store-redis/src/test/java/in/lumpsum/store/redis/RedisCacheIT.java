package in.lumpsum.store.redis;

import static in.lumpsum.store.redis.RedisTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances (two Lettuce clients) sharing one store of record through the cache. */
class RedisCacheIT {

  private static final SchemeCode CODE = SchemeCode.of(119551);
  private static final LocalDate DAY = LocalDate.parse("2026-11-26");

  private static LumpsumRedis first;
  private static LumpsumRedis second;

  @BeforeAll
  static void connect() {
    first = RedisTests.connect();
    second = RedisTests.connect();
  }

  @AfterAll
  static void close() {
    if (first != null) {
      first.close();
      second.close();
    }
    RedisTests.deleteKeys(RedisTests.RUN + "-cache");
  }

  private static NavRecord nav(String value) {
    return NavRecord.of(CODE, DAY, Nav.parse(value));
  }

  @Test
  public void reads_hitLocalThenRedis_andLoadTheStoreOnce() {
    String prefix = RedisTests.prefix("cache");
    InMemoryNavStore record = new InMemoryNavStore();
    record.upsert(List.of(nav("105.1234")));
    RedisCache a = first.cache(prefix);
    RedisCache b = second.cache(prefix);
    NavStore navsA = a.navs(record);
    NavStore navsB = b.navs(record);

    assertThat(navsA.exact(CODE, DAY)).contains(nav("105.1234"));
    assertThat(navsA.latest(CODE)).contains(nav("105.1234"));
    assertThat(navsB.exact(CODE, DAY)).contains(nav("105.1234"));

    assertThat(a.metrics().loads()).isEqualTo(1);
    assertThat(a.metrics().localHits()).isEqualTo(1);
    assertThat(b.metrics().redisHits()).isEqualTo(1);
    assertThat(b.metrics().loads()).isZero();
  }

  @Test
  public void writeInOneInstance_isSeenByTheOther() {
    String prefix = RedisTests.prefix("cache");
    InMemoryNavStore record = new InMemoryNavStore();
    record.upsert(List.of(nav("105.1234")));
    NavStore navsA = first.cache(prefix).navs(record);
    RedisCache b = second.cache(prefix);
    NavStore navsB = b.navs(record);
    assertThat(navsA.exact(CODE, DAY)).contains(nav("105.1234"));
    assertThat(navsB.exact(CODE, DAY)).contains(nav("105.1234")); // now cached in B's process too

    navsA.upsert(List.of(nav("105.5")));

    // Redis was invalidated before upsert returned; B's own copy goes when A's message arrives.
    await("B sees the corrected NAV", () -> navsB.exact(CODE, DAY).equals(
        java.util.Optional.of(nav("105.5"))));
    assertThat(navsA.exact(CODE, DAY)).contains(nav("105.5"));
    // A third reader with no in-process level reads Redis or the store: never the old value.
    try (LumpsumRedis third = LumpsumRedis.connect(RedisTests.settings(RedisTests.url())
        .localCacheMaxBytes(0).build())) {
      assertThat(third.cache(prefix).navs(record).exact(CODE, DAY)).contains(nav("105.5"));
    }
  }

  /**
   * A reader loads the old history, then stalls while a writer updates the store and invalidates;
   * when the reader goes on, the generation has moved, so it cannot cache the old history, and the
   * next reader anywhere sees the new NAV.
   */
  @Test
  public void readerThatLoadedBeforeAWrite_cannotCacheTheOldValue() throws Exception {
    String prefix = RedisTests.prefix("cache");
    InMemoryNavStore record = new InMemoryNavStore();
    record.upsert(List.of(nav("10")));
    CountDownLatch loaded = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    AtomicBoolean stall = new AtomicBoolean(true);
    NavStore slowRecord = new DelegatingNavStore(record) {
      @Override
      public NavSeries series(SchemeCode scheme) {
        NavSeries s = super.series(scheme);
        if (stall.getAndSet(false)) {
          loaded.countDown();
          try {
            written.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return s;
      }
    };
    // The reader has no in-process level: this is about Redis (the in-process level of another
    // instance drops its copy when the writer's message arrives, as the test above shows).
    LumpsumRedis readerRedis = LumpsumRedis.connect(RedisTests.settings(RedisTests.url())
        .localCacheMaxBytes(0).build());
    NavStore reader = readerRedis.cache(prefix).navs(slowRecord);
    NavStore writer = second.cache(prefix).navs(record);

    CompletableFuture<java.util.Optional<NavRecord>> stale =
        CompletableFuture.supplyAsync(() -> reader.exact(CODE, DAY));
    assertThat(loaded.await(20, TimeUnit.SECONDS)).isTrue();
    writer.upsert(List.of(nav("11")));
    written.countDown();

    assertThat(stale.get(20, TimeUnit.SECONDS)).contains(nav("10")); // read concurrently with the write
    try {
      assertThat(reader.exact(CODE, DAY)).contains(nav("11"));
      assertThat(writer.exact(CODE, DAY)).contains(nav("11"));
    } finally {
      readerRedis.close();
    }
  }

  /**
   * The daily feed's shape: one upsert of many schemes. Redis is invalidated in chunks and the other
   * instances are told to drop everything in process.
   */
  @Test
  public void largeBatch_invalidatesEveryScheme_everywhere() {
    String prefix = RedisTests.prefix("cache");
    InMemoryNavStore record = new InMemoryNavStore();
    List<NavRecord> yesterday = new java.util.ArrayList<>();
    List<NavRecord> today = new java.util.ArrayList<>();
    for (int code = 100_000; code < 101_200; code++) {
      yesterday.add(NavRecord.of(SchemeCode.of(code), DAY.minusDays(1), Nav.parse("10")));
      today.add(NavRecord.of(SchemeCode.of(code), DAY, Nav.parse("10.5")));
    }
    record.upsert(yesterday);
    NavStore navsA = first.cache(prefix).navs(record);
    RedisCache b = second.cache(prefix);
    NavStore navsB = b.navs(record);
    for (NavRecord r : List.of(yesterday.get(0), yesterday.get(700), yesterday.get(1199))) {
      assertThat(navsB.latest(r.scheme())).contains(r);
    }

    navsA.upsert(today);

    for (NavRecord r : List.of(today.get(0), today.get(700), today.get(1199))) {
      await("B sees " + r, () -> navsB.latest(r.scheme()).equals(java.util.Optional.of(r)));
    }
    assertThat(navsA.schemes()).hasSize(1200);
    assertThat(b.metrics().pendingInvalidations()).isZero();
  }
}
