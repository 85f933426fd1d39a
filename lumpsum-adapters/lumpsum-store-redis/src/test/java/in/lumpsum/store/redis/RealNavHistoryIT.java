package in.lumpsum.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.store.redis.internal.Codecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 21 real long NAV histories in {@code nav-history-2016-utkarshohm/selected-schemes} (1987 to
 * 2016, {@code DD/MM/YYYY,nav} rows newest first, 2 decimals; see the data's SOURCES.md section 5)
 * written through the cache in one instance and read back through Redis in another: every series and
 * look-up equals the store's, and the Redis encoding stays compact.
 */
class RealNavHistoryIT {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  public void realHistories_readBackThroughRedis_equalTheStore() throws IOException {
    Path dir = RealData.require("nav-history-2016-utkarshohm/selected-schemes");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(files).hasSize(21);
    String prefix = RedisTests.prefix("real");
    InMemoryNavStore record = new InMemoryNavStore();
    long points = 0;
    long bytes = 0;
    try (LumpsumRedis writer = RedisTests.connect();
        LumpsumRedis reader = LumpsumRedis.connect(RedisTests.settings(RedisTests.url())
            .localCacheMaxBytes(0).build())) {
      NavStore writerNavs = writer.cache(prefix).navs(record);
      RedisCache readerCache = reader.cache(prefix);
      NavStore readerNavs = readerCache.navs(record);
      for (int i = 0; i < files.size(); i++) {
        SchemeCode code = SchemeCode.of(900_001 + i);
        List<NavRecord> rows = read(files.get(i), code);
        writerNavs.upsert(rows);
        NavSeries truth = record.series(code);

        NavSeries loaded = writerNavs.series(code); // a miss: loaded from the store, put in Redis
        NavSeries fromRedis = readerNavs.series(code); // another instance: from Redis

        assertThat(loaded).isEqualTo(truth);
        assertThat(fromRedis).isEqualTo(truth);
        LocalDate mid = truth.dateAt(truth.size() / 2).plusDays(1);
        assertThat(readerNavs.onOrBefore(code, mid)).isEqualTo(record.onOrBefore(code, mid));
        assertThat(readerNavs.range(code, mid.minusDays(30), mid))
            .isEqualTo(record.range(code, mid.minusDays(30), mid));
        points += truth.size();
        bytes += Codecs.SERIES.encode(truth).length;
      }
      assertThat(readerCache.metrics().redisHits()).isEqualTo(files.size() * 3L);
      assertThat(readerCache.metrics().loads()).isZero();
    }
    double perPoint = (double) bytes / points;
    System.out.printf("real NAV histories: %d points in %d bytes in Redis, %.2f bytes a point%n",
        points, bytes, perPoint);
    assertThat(perPoint).isLessThan(4.0);
  }

  private static List<NavRecord> read(Path file, SchemeCode code) throws IOException {
    List<NavRecord> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      int comma = line.indexOf(',');
      rows.add(NavRecord.of(code, LocalDate.parse(line.substring(0, comma).trim(), DMY),
          Nav.parse(line.substring(comma + 1).trim())));
    }
    return rows;
  }
}
