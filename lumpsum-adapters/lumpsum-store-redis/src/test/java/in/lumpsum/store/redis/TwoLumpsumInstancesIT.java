package in.lumpsum.store.redis;

import static in.lumpsum.store.redis.RedisTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.Stores;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.time.IndianTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Two lumpsum instances, each with its own Lettuce clients, cache and event bus, sharing one store of
 * record: a NAV update and its {@code NavPublished} in one are seen, event and value, in the other.
 */
class TwoLumpsumInstancesIT {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T13:00:00Z"), IndianTime.ZONE);
  private static final SchemeCode CODE = SchemeCode.of(119551);
  private static final LocalDate DAY = LocalDate.parse("2026-11-26");

  @Test
  public void navUpdateAndEvent_inOneInstance_areSeenInTheOther() {
    Stores record = Stores.inMemory();
    String prefix = RedisTests.prefix("lumpsum");
    try (LumpsumRedis redisA = RedisTests.connect();
        LumpsumRedis redisB = RedisTests.connect();
        RedisEventBus busA = redisA.eventBus().keyPrefix(prefix).build();
        RedisEventBus busB = redisB.eventBus().keyPrefix(prefix).build();
        Lumpsum a = Lumpsum.builder().clock(CLOCK).stores(redisA.cache(prefix).decorate(record))
            .events(busA).build();
        Lumpsum b = Lumpsum.builder().clock(CLOCK).stores(redisB.cache(prefix).decorate(record))
            .events(busB).build()) {
      // Yesterday's NAV, already read (and cached) by B.
      a.stores().navs().upsert(List.of(NavRecord.of(CODE, DAY.minusDays(1), Nav.parse("100"))));
      assertThat(b.stores().navs().latest(CODE).map(NavRecord::nav)).contains(Nav.parse("100"));
      Map<LocalDate, Optional<NavRecord>> seenByB = new ConcurrentHashMap<>();
      b.events().subscribe(NavPublished.class,
          e -> seenByB.put(e.date(), b.stores().navs().latest(e.schemeCode())));
      List<SchemeAdded> added = new java.util.concurrent.CopyOnWriteArrayList<>();
      b.events().subscribe(SchemeAdded.class, added::add);

      // The feed in A: store the scheme and today's NAV, then publish.
      a.registerSchemes(List.of(Scheme.builder().code(CODE)
          .name("HDFC Flexi Cap Fund - Direct Plan - Growth").amc(Amc.of("HDFC Mutual Fund"))
          .plan(Plan.DIRECT).build()));
      NavRecord today = NavRecord.of(CODE, DAY, Nav.parse("101.25"));
      a.stores().navs().upsert(List.of(today));
      a.events().publish(new NavPublished(CODE, DAY, today.nav(), a.clock().instant()));

      await("B hears NavPublished", () -> seenByB.containsKey(DAY));
      // B's listener read the store through B's cache: the new NAV, not the cached yesterday.
      assertThat(seenByB.get(DAY)).contains(today);
      assertThat(b.stores().navs().exact(CODE, DAY)).contains(today);
      await("B hears SchemeAdded", () -> !added.isEmpty());
      assertThat(added).extracting(SchemeAdded::schemeCode).containsExactly(CODE);
      assertThat(b.stores().schemes().find(CODE)).isPresent();
      assertThat(busB.metrics().received()).isEqualTo(2);
    }
  }
}
