package in.lumpsum.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.NavCorrected;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import in.lumpsum.funds.feed.FeedRun;
import in.lumpsum.funds.feed.FeedStatus;
import in.lumpsum.funds.feed.NavFeed;
import in.lumpsum.store.jdbc.JdbcStores;
import in.lumpsum.store.jdbc.StaticKeyProvider;
import in.lumpsum.store.jdbc.spi.KeyProvider;
import in.lumpsum.store.redis.LumpsumRedis;
import in.lumpsum.store.redis.RedisEventBus;
import in.lumpsum.store.redis.RedisEventBusMetrics;
import in.lumpsum.store.redis.RedisSettings;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: "Two instances of lumpsum sharing PostgreSQL and Redis: a NAV feed run in one is seen
 * (events and values) by the other."
 *
 * <p>Instances A and B each have their own HikariCP pool on one fresh PostgreSQL schema
 * ({@link JdbcStores}), their own Redis connection ({@link LumpsumRedis}), their own two-level cache
 * in front of the stores and their own {@link RedisEventBus}; they share the schema, the cache prefix
 * and the event channel. The {@link NavFeed} runs in A on two real AMFI daily snapshots (19 and
 * 20 Aug 2026); B's listeners must hear every {@link NavPublished} and {@link SchemeAdded} A
 * published, each exactly once, and B's stores must read the NAVs the files say, including after the
 * second day replaced what B had already cached. A second pair of files (6 and 7 Jul 2026, where
 * AMFI restated 20 NAVs) shows {@link NavCorrected} crossing over the same way.
 *
 * <p>The servers are those of DEVELOPERS.md ({@code LUMPSUM_PG_URL}, {@code LUMPSUM_REDIS_URL}). When
 * one is unreachable the test is skipped with a visible {@code SKIPPED} line, and fails under
 * {@code CI=true}. The schema and the Redis keys are removed afterwards.
 */
class TwoInstancesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-20T16:00:00Z"), IndianTime.ZONE);
  private static final String DAY_1 = "amfi-navall-daily-2026/navall-2026-08-19.txt.gz";
  private static final String DAY_2 = "amfi-navall-daily-2026/navall-2026-08-20.txt.gz";
  private static final String CORRECTED_BEFORE = "amfi-navall-daily-2026/navall-2026-07-06.txt.gz";
  private static final String CORRECTED_AFTER = "amfi-navall-daily-2026/navall-2026-07-07.txt.gz";
  /** Every this-many-th NAV is read back through B's stores (about a thousand a day). */
  private static final int SAMPLE_EVERY = 10;

  @Test
  void navFeedRunInA_isSeenByB_eachEventOnce_andTheSameNavs() {
    try (Pair pair = new Pair(postgres(), redis())) {
      Lumpsum b = pair.b;
      NavFeed feed = NavFeed.builder().lumpsum(pair.a).build();

      // Day 1: every scheme and NAV is new.
      Path day1File = RealData.require(DAY_1);
      FeedRun day1 = pair.runInA(feed, day1File);
      assertThat(day1.navsPublished()).as("NAVs in the 19 Aug file").isGreaterThan(5_000);
      assertThat(pair.addedAtB).hasSize(day1.schemesAdded());
      Map<SchemeCode, NavRecord> fileDay1 = latestByCode(day1File);
      List<SchemeCode> sample = sample(pair.publishedAtA);
      for (SchemeCode code : sample) {
        NavRecord expected = fileDay1.get(code);
        // B's store reads what the file says (B reads it through its own cache, then caches it).
        assertThat(b.stores().navs().latest(code)).as("B's latest of %s", code).contains(expected);
        assertThat(b.stores().navs().exact(code, expected.date())).contains(expected);
        assertThat(b.stores().schemes().find(code)).as("B's scheme %s", code).isPresent();
      }

      // Day 2: new NAVs for most schemes; B has day 1's cached.
      Path day2File = RealData.require(DAY_2);
      FeedRun day2 = pair.runInA(feed, day2File);
      System.out.printf("two instances: day 1 published %,d NAVs and %,d schemes; day 2 events %s%n",
          day1.navsPublished(), day1.schemesAdded(), day2.eventsPublished());
      assertThat(day2.navsPublished()).as("new NAVs on 20 Aug").isGreaterThan(5_000);
      assertThat(pair.publishedTimes).hasSize(day1.navsPublished() + day2.navsPublished());
      Map<SchemeCode, NavRecord> latest = new HashMap<>(fileDay1);
      latestByCode(day2File).forEach((code, rec) -> latest.merge(code, rec,
          (x, y) -> y.date().isAfter(x.date()) ? y : x));
      Set<SchemeCode> sample2 = new LinkedHashSet<>(sample);
      sample2.addAll(sample(pair.publishedAtA));
      int moved = 0;
      for (SchemeCode code : sample2) {
        NavRecord expected = latest.get(code);
        // B read (and cached) the day-1 sample's latest NAV: A's writes must have invalidated it.
        assertThat(b.stores().navs().latest(code)).as("B's latest of %s after day 2", code)
            .contains(expected);
        NavRecord before = fileDay1.get(code);
        if (before != null) {
          assertThat(b.stores().navs().exact(code, before.date())).contains(before);
          if (sample.contains(code) && !before.equals(expected)) {
            moved++;
          }
        }
      }
      assertThat(moved).as("schemes B had cached on day 1 whose latest NAV moved").isGreaterThan(100);
      pair.assertNothingLost();
    }
  }

  /**
   * AMFI's file of 7 Jul 2026 restates 20 NAVs of 6 Jul with other values: the feed in A corrects
   * them, and B (which had read and cached the old values) hears each correction once and reads the
   * new value. The corrections are found independently, by comparing the two files.
   */
  @Test
  void correctionInA_isHeardByB_andBReadsTheCorrectedNav() {
    Path before = RealData.require(CORRECTED_BEFORE);
    Path after = RealData.require(CORRECTED_AFTER);
    Map<String, NavRecord> oldByKey = byKey(before);
    Map<String, NavRecord> restated = new HashMap<>();
    byKey(after).forEach((key, rec) -> {
      NavRecord old = oldByKey.get(key);
      if (old != null && !old.nav().equals(rec.nav())) {
        restated.put(key, rec);
      }
    });
    assertThat(restated).as("NAVs the 7 Jul file restates").hasSize(20);

    try (Pair pair = new Pair(postgres(), redis())) {
      Lumpsum b = pair.b;
      NavFeed feed = NavFeed.builder().lumpsum(pair.a).build();
      pair.runInA(feed, before);
      for (String key : restated.keySet()) {
        NavRecord old = oldByKey.get(key);
        // B reads, and so caches, the value about to be corrected.
        assertThat(b.stores().navs().exact(old.scheme(), old.date())).contains(old);
      }

      FeedRun run = pair.runInA(feed, after);

      assertThat(run.navsCorrected()).isEqualTo(restated.size());
      assertThat(pair.correctedAtB).hasSize(restated.size());
      for (NavCorrected c : pair.correctedAtB) {
        String key = key(c.schemeCode(), c.date());
        assertThat(restated).as("a correction of %s", key).containsKey(key);
        assertThat(c.oldNav()).isEqualTo(oldByKey.get(key).nav());
        assertThat(c.newNav()).isEqualTo(restated.get(key).nav());
        assertThat(b.stores().navs().exact(c.schemeCode(), c.date()).map(NavRecord::nav))
            .as("B's NAV of %s after the correction", key).contains(c.newNav());
      }
      pair.assertNothingLost();
    }
  }

  /**
   * Instances A and B: each its own pool, Redis connection, cache and bus, on one fresh schema and
   * one key prefix; B's listeners record what they hear. Closing drops the schema and the keys.
   */
  private static final class Pair implements AutoCloseable {
    final String pgUrl;
    final String redisUrl;
    final String schema = "lumpsum_x_" + randomHex();
    final String prefix = "lumpsum-x-" + randomHex();
    final List<AutoCloseable> resources = new ArrayList<>();
    final RedisEventBus busA;
    final RedisEventBus busB;
    final Lumpsum a;
    final Lumpsum b;
    /** What B's listeners heard, keyed by "code@date", with how many times each arrived. */
    final Map<String, Integer> publishedTimes = new ConcurrentHashMap<>();
    final Map<String, Nav> publishedNav = new ConcurrentHashMap<>();
    final List<NavCorrected> correctedAtB = new CopyOnWriteArrayList<>();
    final List<SchemeAdded> addedAtB = new CopyOnWriteArrayList<>();
    /** What A published in its last run (A's local listeners have each event when publish returns). */
    final List<NavPublished> publishedAtA = new CopyOnWriteArrayList<>();
    final List<NavCorrected> correctedAtA = new CopyOnWriteArrayList<>();
    /** One permit per event of any type B's listeners received. */
    final Semaphore heardAtB = new Semaphore(0);

    Pair(String pgUrl, String redisUrl) {
      this.pgUrl = pgUrl;
      this.redisUrl = redisUrl;
      try {
        KeyProvider keys = StaticKeyProvider.generate("two-instances-1");
        HikariDataSource poolA = open(pool(pgUrl, "a"));
        HikariDataSource poolB = open(pool(pgUrl, "b"));
        LumpsumRedis redisA = open(LumpsumRedis.connect(settings(redisUrl, prefix)));
        LumpsumRedis redisB = open(LumpsumRedis.connect(settings(redisUrl, prefix)));
        // Both build on the same schema: the second finds the scripts applied (migration is locked).
        JdbcStores jdbcA = JdbcStores.builder(poolA).schema(schema).keyProvider(keys).build();
        JdbcStores jdbcB = JdbcStores.builder(poolB).schema(schema).keyProvider(keys).build();
        busA = redisA.eventBus().keyPrefix(prefix).build();
        // A day's file publishes about 20,000 events at once; B's listeners must keep every one.
        busB = redisB.eventBus().keyPrefix(prefix).receiveQueueCapacity(200_000).build();
        a = open(Lumpsum.builder().clock(CLOCK).stores(redisA.cache(prefix).decorate(jdbcA.stores()))
            .events(busA).build());
        b = open(Lumpsum.builder().clock(CLOCK).stores(redisB.cache(prefix).decorate(jdbcB.stores()))
            .events(busB).build());
        a.events().subscribe(NavPublished.class, publishedAtA::add);
        a.events().subscribe(NavCorrected.class, correctedAtA::add);
        b.events().subscribe(NavPublished.class, e -> {
          String key = key(e.schemeCode(), e.date());
          publishedTimes.merge(key, 1, Integer::sum);
          publishedNav.put(key, e.nav());
        });
        b.events().subscribe(NavCorrected.class, correctedAtB::add);
        b.events().subscribe(SchemeAdded.class, addedAtB::add);
        b.events().subscribe(DomainEvent.class, e -> heardAtB.release());
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }

    private <T extends AutoCloseable> T open(T resource) {
      resources.add(0, resource);
      return resource;
    }

    /**
     * Runs the feed in A on a file, waits until B has heard every event the run published, and
     * checks that B heard each NavPublished and NavCorrected once, as A published it.
     */
    FeedRun runInA(NavFeed feed, Path file) {
      publishedAtA.clear();
      correctedAtA.clear();
      int correctedBefore = correctedAtB.size();
      FeedRun run = feed.run(file);
      assertThat(run.status()).as(file.toString()).isEqualTo(FeedStatus.APPLIED);
      assertThat(publishedAtA).hasSize(run.navsPublished());
      assertThat(correctedAtA).hasSize(run.navsCorrected());
      awaitHeard("B hears " + file.getFileName() + "'s " + run.eventsPublished(), run.eventCount());
      for (NavPublished e : publishedAtA) {
        String key = key(e.schemeCode(), e.date());
        assertThat(publishedTimes.get(key)).as("times B heard %s", key).isEqualTo(1);
        assertThat(publishedNav.get(key)).as("NAV B heard for %s", key).isEqualTo(e.nav());
      }
      assertThat(correctedAtB.subList(correctedBefore, correctedAtB.size()))
          .containsExactlyInAnyOrderElementsOf(correctedAtA);
      return run;
    }

    /** Checks that B heard what A sent, no more, and no event was lost or dropped on the way. */
    void assertNothingLost() {
      RedisEventBusMetrics metrics = busB.metrics();
      assertThat(heardAtB.availablePermits()).as("events B heard beyond A's runs").isZero();
      assertThat(metrics.missed()).isZero();
      assertThat(metrics.dropped()).isZero();
      assertThat(metrics.received()).isEqualTo(busA.metrics().sent());
    }

    /**
     * Waits until B has heard {@code events} more events, or fails after a minute. A bound on the
     * wait, not a measurement: nothing is asserted about how long it took.
     */
    private void awaitHeard(String what, int events) {
      try {
        if (!heardAtB.tryAcquire(events, 1, TimeUnit.MINUTES)) {
          fail("timed out waiting until " + what + " (" + heardAtB.availablePermits() + " of " + events
              + " heard)");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted waiting until " + what);
      }
    }

    @Override
    public void close() {
      try {
        for (AutoCloseable r : resources) {
          try {
            r.close();
          } catch (Exception e) {
            System.err.println("closing " + r + " failed: " + e);
          }
        }
      } finally {
        dropSchema(pgUrl, schema);
        deleteKeys(redisUrl, prefix);
      }
    }
  }

  private static String key(SchemeCode code, LocalDate date) {
    return code.value() + "@" + date;
  }

  /** Every {@link #SAMPLE_EVERY}-th scheme of a day's NavPublished, in publication order. */
  private static List<SchemeCode> sample(List<NavPublished> events) {
    List<SchemeCode> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i += SAMPLE_EVERY) {
      out.add(events.get(i).schemeCode());
    }
    return out;
  }

  /** The file read independently of the feed: each code's NAV of its latest date in the file. */
  private static Map<SchemeCode, NavRecord> latestByCode(Path gz) {
    Map<SchemeCode, NavRecord> out = new HashMap<>();
    for (NavRecord rec : navs(gz)) {
      out.merge(rec.scheme(), rec, (x, y) -> y.date().isAfter(x.date()) ? y : x);
    }
    return out;
  }

  /** The file read independently of the feed: its NAVs by "code@date". */
  private static Map<String, NavRecord> byKey(Path gz) {
    Map<String, NavRecord> out = new HashMap<>();
    for (NavRecord rec : navs(gz)) {
      out.put(key(rec.scheme(), rec.date()), rec);
    }
    return out;
  }

  /** The file's rows that carry a NAV, gunzipped and read with {@link AmfiReader}. */
  private static List<NavRecord> navs(Path gz) {
    List<AmfiRow> rows;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      rows = AmfiReader.read(in.readAllBytes()).rows();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<NavRecord> out = new ArrayList<>();
    for (AmfiRow r : rows) {
      r.nav().ifPresent(nav -> out.add(NavRecord.of(r.scheme().code(), r.date(), nav)));
    }
    return out;
  }

  // ---- the servers: located as in the adapters' tests, skipped (or failed under CI) when down ----

  private static String postgres() {
    String env = System.getenv("LUMPSUM_PG_URL");
    String url = env == null || env.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
        : env.startsWith("jdbc:") ? env : "jdbc:" + env.replaceFirst("^postgres(ql)?:", "postgresql:");
    Properties p = new Properties();
    p.setProperty("connectTimeout", "5");
    try (Connection c = DriverManager.getConnection(url, p)) {
      return url;
    } catch (SQLException e) {
      unavailable("no PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***")
          + " (" + e.getMessage() + "): start it as DEVELOPERS.md says, or set LUMPSUM_PG_URL");
      throw new AssertionError("unreachable");
    }
  }

  private static String redis() {
    String env = System.getenv("LUMPSUM_REDIS_URL");
    String url = env == null || env.isBlank() ? "redis://127.0.0.1:6379" : env;
    try (LumpsumRedis probe = LumpsumRedis.connect(settings(url, "lumpsum-x-probe"))) {
      return url;
    } catch (RuntimeException e) {
      // The adapter's message names host and port, never a password.
      unavailable("no Redis (" + e.getMessage() + "): start it as DEVELOPERS.md says, or set"
          + " LUMPSUM_REDIS_URL");
      throw new AssertionError("unreachable");
    }
  }

  private static void unavailable(String message) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " (CI=true: integration tests must run)");
    }
    System.err.println("SKIPPED " + TwoInstancesTest.class.getSimpleName() + ": " + message);
    Assumptions.abort(message);
  }

  private static RedisSettings settings(String url, String prefix) {
    return RedisSettings.builder().uri(url).keyPrefix(prefix).commandTimeout(Duration.ofSeconds(5)).build();
  }

  private static HikariDataSource pool(String url, String instance) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("lumpsum-" + instance);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  private static String randomHex() {
    byte[] b = new byte[6];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static void dropSchema(String url, String schema) {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("dropping test schema " + schema + " failed", e);
    }
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_namespace WHERE nspname = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("schema %s dropped", schema).isZero();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("checking test schema " + schema + " failed", e);
    }
  }

  private static void deleteKeys(String url, String prefix) {
    RedisClient client = RedisClient.create(url);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      ScanArgs match = ScanArgs.Builder.matches(prefix + "*").limit(1000);
      KeyScanCursor<String> cursor = c.sync().scan(match);
      while (true) {
        if (!cursor.getKeys().isEmpty()) {
          c.sync().unlink(cursor.getKeys().toArray(new String[0]));
        }
        if (cursor.isFinished()) {
          break;
        }
        cursor = c.sync().scan(cursor, match);
      }
      assertThat(c.sync().keys(prefix + "*")).as("keys left under %s", prefix).isEmpty();
    } finally {
      client.shutdown();
    }
  }
}
