package in.lumpsum.funds.feed;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.event.DataQualityAlert;
import in.lumpsum.core.event.FeedFormatChanged;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.event.SchemeRenamed;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.funds.amfi.AmfiLayout;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Replays the 53 real daily snapshots (21 Jun to 20 Aug 2026, across AMFI's format change of
 * 19 Aug 2026) through the feed. Issue 3: "Replaying the snapshots from 2026-08-18 to 2026-08-19
 * yields a format-changed event and not one spurious rename or new scheme".
 */
class NavFeedRealDataTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-21T16:00:00Z"), ZoneOffset.UTC);

  private final InMemorySchemeStore schemes = new InMemorySchemeStore();
  private final InMemoryNavStore navs = new InMemoryNavStore();
  private final RecordingBus bus = new RecordingBus();
  private final NavFeed feed = NavFeed.builder().schemes(schemes).navs(navs).events(bus).clock(CLOCK)
      .build();

  static List<Path> snapshots() throws IOException {
    Path dir = RealData.require("amfi-navall-daily-2026");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
    }
  }

  static Path snapshot(String date) {
    return RealData.require("amfi-navall-daily-2026/navall-" + date + ".txt.gz");
  }

  @Test
  void formatChange_0818to0819_oneFormatChangedEvent_noSpuriousRenameOrAddition() {
    Path before = snapshot("2026-08-18");
    Path after = snapshot("2026-08-19");
    FeedRun first = feed.run(before);
    assertThat(first.layout()).contains(AmfiLayout.DAILY);
    bus.clear();

    FeedRun run = feed.run(after);

    assertThat(run.status()).isEqualTo(FeedStatus.APPLIED);
    assertThat(run.layout()).contains(AmfiLayout.DAILY_WITH_PLAN_OPTION);
    List<FeedFormatChanged> changed = bus.of(FeedFormatChanged.class);
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).oldLayout()).isEqualTo(AmfiLayout.DAILY.header());
    assertThat(changed.get(0).newLayout()).isEqualTo(AmfiLayout.DAILY_WITH_PLAN_OPTION.header());

    // Additions: exactly the codes the 19 Aug file has and the 18 Aug file lacks, read independently.
    Set<Integer> oldCodes = codes(before);
    Set<Integer> newCodes = codes(after);
    Set<Integer> reallyNew = new TreeSet<>(newCodes);
    reallyNew.removeAll(oldCodes);
    List<SchemeAdded> added = bus.of(SchemeAdded.class);
    added.forEach(a -> System.out.println("genuine addition " + a.schemeCode() + ": " + a.name()));
    assertThat(added.stream().map(a -> a.schemeCode().value()).collect(Collectors.toSet()))
        .isEqualTo(reallyNew);
    assertThat(added).hasSize(3);

    // Every scheme of both files whose name only lost its plan/option words is one scheme, not a
    // rename. What is left are real changes of the fund's name, printed for a person to read.
    List<SchemeRenamed> renamed = bus.of(SchemeRenamed.class);
    renamed.forEach(r -> System.out.println("rename " + r.schemeCode() + ": " + r.oldName() + " -> "
        + r.newName()));
    assertThat(renamed).hasSize(136);
    Set<Integer> renamedCodes = renamed.stream().map(r -> r.schemeCode().value())
        .collect(Collectors.toSet());
    assertThat(renamedCodes)
        // "Axis Quant Fund - Regular Plan - Growth" -> "Axis Quant Fund"
        .doesNotContain(148992)
        // "Nippon India Vision Large & Midcap Fund-GROWTH PLAN-Growth Option" -> "... Large & Mid Cap Fund"
        .doesNotContain(100380)
        // "Nippon India Conservative Hybrid  Fund-Growth Plan" -> "... Fund (Existing number of
        // Segregated Portfolios - 1)"
        .doesNotContain(102172)
        // "Kotak FMP Series 325 - Regular Plan - Growth Option" -> "Kotak FMP Series 325", blank columns
        .doesNotContain(152246)
        // "Aditya Birla Sun Life Govenment Securities Fund -Regular - Quarterly IDCW" -> "... Government"
        .doesNotContain(100057)
        // A real one: "Bandhan Short Duration Fund - Regular Plan - Growth" -> "Bandhan Medium to Long
        // Duration Fund".
        .contains(108768);
    assertThat(feed.directory().lineage(SchemeCode.of(108768))).singleElement()
        .satisfies(c -> assertThat(c.newName()).isEqualTo("Bandhan Medium to Long Duration Fund"));
    assertThat(renamed.size()).isLessThan(newCodes.size() / 50);

    // One scheme per code: nothing was duplicated.
    Set<Integer> union = new HashSet<>(oldCodes);
    union.addAll(newCodes);
    assertThat(schemes.count()).isEqualTo(union.size());
    // Blank Plan/Option columns keep what the old name said.
    assertThat(schemes.find(SchemeCode.of(152246)).orElseThrow())
        .satisfies(s -> assertThat(s.name()).isEqualTo("Kotak FMP Series 325"))
        .satisfies(s -> assertThat(s.plan()).isEqualTo(Plan.REGULAR))
        .satisfies(s -> assertThat(s.option().type()).isEqualTo(OptionType.GROWTH));
  }

  @Test
  void replayAll53_eventCountsByType() throws IOException {
    List<Path> files = snapshots();
    assertThat(files).hasSize(53);
    Set<String> navKeys = new HashSet<>();
    Set<Integer> allCodes = new HashSet<>();
    for (Path p : files) {
      FeedRun run = feed.run(p);
      assertThat(run.status()).as(p.toString()).isEqualTo(FeedStatus.APPLIED);
      for (AmfiRow r : read(p)) {
        allCodes.add(r.scheme().code().value());
        if (r.nav().isPresent()) {
          navKeys.add(r.scheme().code().value() + "@" + r.date());
        }
      }
    }
    Map<String, Integer> counts = bus.counts();
    System.out.println("events over 53 snapshots: " + counts);
    bus.of(DataQualityAlert.class).forEach(a -> System.out.println("alert " + a));

    // Cross-checks against the files read independently.
    assertThat(counts.get("NavPublished")).isEqualTo(navKeys.size());
    assertThat(bus.of(NavPublished.class).stream().map(e -> e.schemeCode().value() + "@" + e.date())
        .collect(Collectors.toSet())).isEqualTo(navKeys);
    assertThat(counts.get("SchemeAdded")).isEqualTo(allCodes.size());
    assertThat(schemes.count()).isEqualTo(allCodes.size());
    // The counts of this data, pinned: one format change (19 Aug), renames of real funds (the
    // 136 of 19 Aug and AMC renames such as ITI Dynamic Bond -> ITI Dynamic Term), a few corrections.
    assertThat(counts).containsEntry("FeedFormatChanged", 1)
        .containsEntry("SchemeRenamed", 189)
        .containsEntry("NavCorrected", 26)
        .containsEntry("SchemeStale", 83)
        .containsEntry("DataQualityAlert", 7)
        .containsEntry("SchemeAdded", 9180)
        .containsEntry("NavPublished", 377_997);
    assertThat(counts.keySet()).containsExactlyInAnyOrder("FeedFormatChanged", "SchemeRenamed",
        "NavCorrected", "SchemeStale", "DataQualityAlert", "SchemeAdded", "NavPublished");
  }

  @Test
  void sameRealFileTwice_secondRunChangesAndPublishesNothing() {
    feed.run(snapshot("2026-08-18"));
    FeedRun first = feed.run(snapshot("2026-08-19"));
    assertThat(first.changed()).isTrue();
    int schemeCount = schemes.count();
    int navCount = navs.schemes().stream().mapToInt(navs::count).sum();
    bus.clear();

    FeedRun again = feed.run(snapshot("2026-08-19"));

    assertThat(again.status()).isEqualTo(FeedStatus.APPLIED);
    assertThat(again.changed()).isFalse();
    assertThat(again.eventsPublished()).isEmpty();
    assertThat(bus.events).isEmpty();
    assertThat(again.navsUnchanged()).isEqualTo(first.navsPublished() + first.navsUnchanged());
    assertThat(schemes.count()).isEqualTo(schemeCount);
    assertThat(navs.schemes().stream().mapToInt(navs::count).sum()).isEqualTo(navCount);
  }

  @Test
  void truncatedRealFile_afterThreeGoodOnes_isRejectedAndStoresNothing() throws IOException {
    feed.run(snapshot("2026-08-12"));
    feed.run(snapshot("2026-08-13"));
    feed.run(snapshot("2026-08-14"));
    byte[] full = gunzip(snapshot("2026-08-17"));
    byte[] half = Arrays.copyOf(full, full.length / 2);
    int schemeCount = schemes.count();
    bus.clear();

    FeedRun run = feed.run(half);

    assertThat(run.status()).isEqualTo(FeedStatus.REJECTED_ROW_COUNT);
    assertThat(run.detail()).contains("below 80% of the median");
    assertThat(bus.of(DataQualityAlert.class)).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo("row-count-drop"));
    assertThat(bus.events).hasSize(1);
    assertThat(schemes.count()).isEqualTo(schemeCount);
    assertThat(navs.exact(SchemeCode.of(119551), java.time.LocalDate.of(2026, 8, 17))).isEmpty();
    // The whole file is accepted afterwards.
    assertThat(feed.run(full).status()).isEqualTo(FeedStatus.APPLIED);
  }

  private static Set<Integer> codes(Path p) {
    return read(p).stream().map(r -> r.scheme().code().value()).collect(Collectors.toSet());
  }

  private static List<AmfiRow> read(Path p) {
    return AmfiReader.read(p).rows();
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }
}
