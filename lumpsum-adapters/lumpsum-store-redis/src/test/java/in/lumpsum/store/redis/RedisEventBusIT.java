package in.lumpsum.store.redis;

import static in.lumpsum.store.redis.RedisTests.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.InvestorSignedUp;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.PortfolioChanged;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances, each with its own Lettuce client and bus, exchanging events over the real Redis. */
class RedisEventBusIT {

  private static final Instant AT = Instant.parse("2026-11-27T12:30:00Z");

  private LumpsumRedis redisA;
  private LumpsumRedis redisB;
  private RedisEventBus a;
  private RedisEventBus b;
  private final RecordingListener heardA = new RecordingListener();
  private final RecordingListener heardB = new RecordingListener();

  @BeforeEach
  void connect() {
    redisA = RedisTests.connect();
    redisB = RedisTests.connect();
    String prefix = RedisTests.prefix("events");
    a = redisA.eventBus().keyPrefix(prefix).build();
    b = redisB.eventBus().keyPrefix(prefix).build();
    a.subscribeAll(heardA);
    b.subscribeAll(heardB);
  }

  @AfterEach
  void close() {
    if (redisA != null) {
      redisA.close();
      redisB.close();
    }
  }

  private static NavPublished nav(String value) {
    return new NavPublished(SchemeCode.of(119551), LocalDate.parse("2026-11-26"), Nav.parse(value), AT);
  }

  private static PortfolioChanged seq(long n) {
    return new PortfolioChanged(InvestorId.of("alice"), PortfolioId.of("pf"), n, "test", AT);
  }

  @Test
  public void publish_reachesListenersHereAndThere_exactlyOnce() {
    NavPublished e1 = nav("105.1234");
    NavPublished e2 = nav("105.2");

    a.publish(e1);
    a.publish(e2);
    assertThat(heardA.events()).containsExactly(e1, e2); // synchronous here
    await("B hears both", () -> heardB.has(e2));
    // B answers; Redis pushes its event to A after A's own echoes of e1 and e2, and A delivers
    // in arrival order, so once A hears it the echoes have been handled: dropped.
    InvestorSignedUp reply = new InvestorSignedUp(InvestorId.of("bob"), AT);
    b.publish(reply);
    await("A hears B's reply", () -> heardA.has(reply));

    assertThat(heardA.events()).containsExactly(e1, e2, reply);
    assertThat(heardB.events()).containsExactly(e1, e2, reply);
    assertThat(b.metrics().received()).isEqualTo(2);
    assertThat(a.metrics().received()).isEqualTo(1);
    assertThat(a.metrics().duplicates()).isZero();
  }

  @Test
  public void onePublishersEvents_arriveInOrder() {
    int n = 500;
    for (long i = 1; i <= n; i++) {
      a.publish(seq(i));
    }
    await("B hears all " + n, () -> heardB.events().size() == n);

    List<Long> versions = heardB.events().stream().map(e -> ((PortfolioChanged) e).version()).toList();
    assertThat(versions).isSorted().doesNotHaveDuplicates().hasSize(n);
    assertThat(b.metrics().missed()).isZero();
  }

  @Test
  public void typedSubscription_getsOnlyItsType() {
    RecordingListener navsOnly = new RecordingListener();
    b.subscribe(NavPublished.class, navsOnly::onEvent);

    a.publish(seq(1));
    a.publish(nav("10"));
    await("B hears both", () -> heardB.events().size() == 2);

    assertThat(navsOnly.events()).containsExactly(nav("10"));
  }

  @Test
  public void listenerThatThrows_doesNotStopDelivery() {
    b.subscribe(NavPublished.class, e -> {
      throw new IllegalStateException("listener failure, on purpose");
    });

    a.publish(nav("10"));
    a.publish(nav("11"));

    await("B hears both", () -> heardB.events().size() == 2);
  }

  @Test
  public void closed_refusesPublishAndSubscribe() {
    a.close();

    assertThat(a.isClosed()).isTrue();
    assertThatThrownBy(() -> a.publish(nav("10"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> a.subscribeAll(e -> { })).isInstanceOf(IllegalStateException.class);
    a.close(); // idempotent
  }

  @Test
  public void listenerOnAReceivingInstance_mayCallRedis() {
    // Remote events are delivered off Lettuce's I/O thread, so a listener may use the cache.
    RedisCache cache = redisB.cache(RedisTests.prefix("events"));
    in.lumpsum.core.store.spi.NavStore navs = cache.navs(new in.lumpsum.core.store.memory.InMemoryNavStore());
    RecordingListener afterRead = new RecordingListener();
    b.subscribe(NavPublished.class, e -> {
      navs.latest(e.schemeCode());
      afterRead.onEvent(e);
    });

    a.publish(nav("12"));

    await("B's listener read the cache and returned", () -> afterRead.has(nav("12")));
    assertThat(cache.metrics().redisFailures()).isZero();
  }

  @Test
  public void events_travelWithTheirType() {
    List<DomainEvent> sent = List.of(nav("1.23456789"), seq(7),
        new InvestorSignedUp(InvestorId.of("carol"), AT));
    sent.forEach(a::publish);

    await("B hears all", () -> heardB.events().size() == sent.size());
    assertThat(heardB.events()).containsExactlyElementsOf(sent);
  }
}
