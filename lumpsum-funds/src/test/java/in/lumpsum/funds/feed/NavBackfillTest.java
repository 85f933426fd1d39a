package in.lumpsum.funds.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.testkit.RealData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NavBackfillTest {

  private static final String HISTORY_HEADER = "Scheme Code;Scheme Name;ISIN Div Payout/ISIN Growth;"
      + "ISIN Div Reinvestment;Net Asset Value;Repurchase Price;Sale Price;Date";
  private static final DateTimeFormatter AMFI = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

  private final InMemorySchemeStore schemes = new InMemorySchemeStore();
  private final InMemoryNavStore navs = new InMemoryNavStore();
  private final RecordingBus bus = new RecordingBus();
  private final NavFeed feed = NavFeed.builder().schemes(schemes).navs(navs).events(bus)
      .clock(Clock.fixed(Instant.parse("2026-08-21T00:00:00Z"), ZoneOffset.UTC)).build();

  /** A history report in AMFI's layout with prices: two schemes, one NAV each per day of the range. */
  private static byte[] history(LocalDate from, LocalDate to) {
    List<String> lines = new ArrayList<>();
    lines.add("Open Ended Schemes(Debt Scheme - Liquid Fund)");
    lines.add("Kaveri Mutual Fund");
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      long n = d.toEpochDay() - LocalDate.of(2026, 1, 1).toEpochDay();
      lines.add("900301;Kaveri Liquid Fund - Direct Plan - Growth;" + FeedFixtures.isin(31) + ";;"
          + (1000 + n) + ".5;;;" + AMFI.format(d));
      lines.add("900302;Kaveri Overnight Fund - Direct Plan - Growth;" + FeedFixtures.isin(32) + ";;"
          + (2000 + n) + ".25;;;" + AMFI.format(d));
    }
    return FeedFixtures.file(HISTORY_HEADER, lines.toArray(String[]::new));
  }

  @Test
  void run_splitsTheRange_reportsProgress_andStoresEveryNav() {
    List<BackfillProgress> progress = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    NavBackfill backfill = NavBackfill.builder().feed(feed).chunkDays(10).listener(progress::add)
        .source((from, to) -> {
          asked.add(from + ".." + to);
          return new ByteArrayInputStream(history(from, to));
        }).build();

    BackfillResult r = backfill.run(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 25));

    assertThat(asked).containsExactly("2026-07-01..2026-07-10", "2026-07-11..2026-07-20",
        "2026-07-21..2026-07-25");
    assertThat(progress).extracting(BackfillProgress::chunk).containsExactly(1, 2, 3);
    assertThat(progress.get(2).fractionDone()).isEqualTo(1.0);
    assertThat(progress).extracting(BackfillProgress::navsStored).containsExactly(20, 20, 10);
    assertThat(r.complete()).isTrue();
    assertThat(r.chunks()).isEqualTo(3);
    assertThat(r.navsInserted()).isEqualTo(50);
    assertThat(r.schemesAdded()).isEqualTo(2);
    assertThat(navs.count(SchemeCode.of(900301))).isEqualTo(25);
    // History is not news: schemes are announced, NAVs are not.
    assertThat(bus.counts()).containsOnlyKeys("SchemeAdded");
    assertThat(bus.of(SchemeAdded.class)).hasSize(2);

    bus.clear();
    BackfillResult again = backfill.run(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 25));
    assertThat(again.navsInserted()).isZero();
    assertThat(again.navsUnchanged()).isEqualTo(50);
    assertThat(bus.events).isEmpty();
  }

  @Test
  void run_failingRange_isReported_andTheOthersLoad() {
    List<BackfillProgress> progress = new ArrayList<>();
    NavBackfill backfill = NavBackfill.builder().feed(feed).chunkDays(5).listener(progress::add)
        .source((from, to) -> {
          if (from.getDayOfMonth() == 6) {
            throw new IOException("HTTP 500");
          }
          if (from.getDayOfMonth() == 11) {
            return new ByteArrayInputStream("<html>error</html>".getBytes(StandardCharsets.UTF_8));
          }
          return new ByteArrayInputStream(history(from, to));
        }).build();

    BackfillResult r = backfill.run(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15));

    assertThat(r.complete()).isFalse();
    assertThat(r.failures()).hasSize(2);
    assertThat(r.failures().get(0).failure()).hasValueSatisfying(f -> assertThat(f).contains("HTTP 500"));
    assertThat(r.failures().get(1).failure()).hasValueSatisfying(f ->
        assertThat(f).contains("AmfiFormatException"));
    assertThat(r.navsInserted()).isEqualTo(10);
    assertThat(progress).hasSize(3);
  }

  @Test
  void run_leavesKnownSchemesAsTheyAre() {
    feed.run(FeedFixtures.day3());
    String name = schemes.find(SchemeCode.of(900101)).orElseThrow().name();
    byte[] old = FeedFixtures.file(HISTORY_HEADER, "Kaveri Mutual Fund",
        "900101;Kaveri Flexi Cap Fund - Old Name - Direct Plan - Growth;" + FeedFixtures.isin(1)
            + ";;99.5;;;03-Aug-2026");
    NavBackfill.builder().feed(feed).source((f, t) -> new ByteArrayInputStream(old)).build()
        .run(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 3));
    assertThat(schemes.find(SchemeCode.of(900101)).orElseThrow().name()).isEqualTo(name);
    assertThat(navs.count(SchemeCode.of(900101))).isEqualTo(2);
  }

  @Test
  void run_realHistoryReportSample() throws IOException {
    Path sample = RealData.require("amfi-nav-history-report/amfi-navhistory-2006-04-01.txt");
    byte[] bytes = Files.readAllBytes(sample);
    BackfillResult r = NavBackfill.builder().feed(feed).source((f, t) -> new ByteArrayInputStream(bytes))
        .build().run(LocalDate.of(2006, 4, 1), LocalDate.of(2006, 4, 1));
    assertThat(r.complete()).isTrue();
    assertThat(r.rowsRead()).isEqualTo(82);
    assertThat(r.schemesAdded()).isEqualTo(schemes.count()).isPositive();
  }

  @Test
  void run_rejectsAReversedRange() {
    NavBackfill b = NavBackfill.builder().feed(feed).source((f, t) -> new ByteArrayInputStream(new byte[0]))
        .build();
    assertThatThrownBy(() -> b.run(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to");
    assertThatThrownBy(() -> NavBackfill.builder().chunkDays(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
