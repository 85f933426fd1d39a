package in.lumpsum.store.redis;

import static in.lumpsum.store.redis.RedisTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Writers in two instances correct one NAV over and over while readers in three instances (one with
 * no in-process level) read it: once the writers stop, no instance is left with a stale value.
 */
class RedisCacheConcurrencyIT {

  private static final SchemeCode CODE = SchemeCode.of(101206);
  private static final LocalDate DAY = LocalDate.parse("2026-11-26");

  @Test
  public void concurrentCorrections_leaveNoInstanceStale() throws Exception {
    String prefix = RedisTests.prefix("race");
    InMemoryNavStore record = new InMemoryNavStore();
    int writes = 150;
    ExecutorService pool = Executors.newFixedThreadPool(5);
    AtomicBoolean done = new AtomicBoolean();
    try (LumpsumRedis a = RedisTests.connect();
        LumpsumRedis b = RedisTests.connect();
        LumpsumRedis c = LumpsumRedis.connect(RedisTests.settings(RedisTests.url())
            .localCacheMaxBytes(0).build())) {
      NavStore navsA = a.cache(prefix).navs(record);
      NavStore navsB = b.cache(prefix).navs(record);
      NavStore navsC = c.cache(prefix).navs(record);
      List<Future<?>> jobs = new ArrayList<>();
      for (NavStore writer : List.of(navsA, navsB)) {
        jobs.add(pool.submit(() -> {
          for (int i = 1; i <= writes; i++) {
            writer.upsert(List.of(NavRecord.of(CODE, DAY, new Nav(BigDecimal.valueOf(i)))));
          }
          return null;
        }));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (NavStore reader : List.of(navsA, navsB, navsC)) {
        readers.add(pool.submit(() -> {
          while (!done.get()) {
            reader.exact(CODE, DAY);
            reader.range(CODE, DAY.minusDays(3), DAY);
          }
          return null;
        }));
      }
      for (Future<?> j : jobs) {
        j.get(120, TimeUnit.SECONDS);
      }
      done.set(true);
      for (Future<?> r : readers) {
        r.get(120, TimeUnit.SECONDS);
      }

      Optional<NavRecord> truth = record.exact(CODE, DAY);
      // Redis was invalidated before each upsert returned: a reader without an in-process level
      // sees the final value at once; the others once the last invalidation message arrives.
      assertThat(navsC.exact(CODE, DAY)).isEqualTo(truth);
      await("A sees the final value", () -> navsA.exact(CODE, DAY).equals(truth));
      await("B sees the final value", () -> navsB.exact(CODE, DAY).equals(truth));
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
  }
}
