package in.lumpsum.funds.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.event.DataQualityAlert;
import in.lumpsum.core.event.FeedFormatChanged;
import in.lumpsum.core.event.NavCorrected;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.event.SchemeRenamed;
import in.lumpsum.core.event.SchemeStale;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeRename;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemorySchemeLineageStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.funds.amfi.AmfiLayout;
import in.lumpsum.funds.directory.StalenessPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class NavFeedTest {

  private static final Instant AT = Instant.parse("2026-08-19T16:00:00Z");

  private final InMemorySchemeStore schemes = new InMemorySchemeStore();
  private final InMemoryNavStore navs = new InMemoryNavStore();
  private final RecordingBus bus = new RecordingBus();
  private final NavFeed feed = NavFeed.builder().schemes(schemes).navs(navs).events(bus)
      .clock(Clock.fixed(AT, ZoneOffset.UTC)).stalenessPolicy(StalenessPolicy.of(2, 10)).build();

  private static SchemeCode code(int c) {
    return SchemeCode.of(c);
  }

  @Test
  void run_firstFile_addsEverySchemeAndPublishesEveryNav() {
    FeedRun run = feed.run(FeedFixtures.day1());

    assertThat(run.status()).isEqualTo(FeedStatus.APPLIED);
    assertThat(run.layout()).contains(AmfiLayout.DAILY);
    assertThat(run.asOf()).contains(LocalDate.of(2026, 8, 17));
    assertThat(run.dataRows()).isEqualTo(5);
    assertThat(run.schemesAdded()).isEqualTo(5);
    assertThat(run.navsPublished()).isEqualTo(5);
    assertThat(bus.counts()).containsOnlyKeys("SchemeAdded", "NavPublished");
    assertThat(bus.of(SchemeAdded.class)).extracting(SchemeAdded::schemeCode)
        .containsExactly(code(900101), code(900102), code(900103), code(900104), code(900105));
    assertThat(bus.of(NavPublished.class).get(0))
        .isEqualTo(new NavPublished(code(900101), LocalDate.of(2026, 8, 17), Nav.parse("110.5"), AT));
    assertThat(run.eventsPublished()).containsEntry("NavPublished", 5).containsEntry("SchemeAdded", 5);
    assertThat(run.eventCount()).isEqualTo(10);
  }

  @Test
  void run_withLineageStore_renamesSurviveARestart() {
    InMemorySchemeLineageStore lineage = new InMemorySchemeLineageStore();
    NavFeed.Builder builder = NavFeed.builder().schemes(schemes).navs(navs).events(bus)
        .clock(Clock.fixed(AT, ZoneOffset.UTC)).lineage(lineage);
    NavFeed first = builder.build();
    first.run(FeedFixtures.day1());
    first.run(FeedFixtures.day2());

    assertThat(lineage.lineage(code(900104))).singleElement()
        .isEqualTo(new SchemeRename(code(900104), "Kaveri Short Term Fund - Regular Plan - Growth",
            "Kaveri Medium Duration Fund - Regular Plan - Growth", LocalDate.of(2026, 8, 18)));
    // A new feed (as after a restart) over the same stores sees the rename in its directory.
    NavFeed restarted = builder.build();
    assertThat(restarted.directory()).isNotSameAs(first.directory());
    assertThat(restarted.directory().lineage(code(900104))).singleElement()
        .satisfies(c -> assertThat(c.newName()).isEqualTo("Kaveri Medium Duration Fund - Regular Plan - Growth"));
  }

  @Test
  void run_secondDay_publishesRenameCorrectionAndAddition() {
    feed.run(FeedFixtures.day1());
    bus.clear();

    FeedRun run = feed.run(FeedFixtures.day2());

    assertThat(bus.of(SchemeRenamed.class)).containsExactly(new SchemeRenamed(code(900104),
        "Kaveri Short Term Fund - Regular Plan - Growth",
        "Kaveri Medium Duration Fund - Regular Plan - Growth", AT));
    assertThat(feed.directory().lineage(code(900104))).singleElement()
        .satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2026, 8, 18)));
    assertThat(bus.of(NavCorrected.class)).containsExactly(new NavCorrected(code(900105),
        LocalDate.of(2026, 8, 17), Nav.parse("40"), Nav.parse("40.5"), AT));
    assertThat(navs.exact(code(900105), LocalDate.of(2026, 8, 17)).orElseThrow().nav())
        .isEqualTo(Nav.parse("40.5"));
    assertThat(bus.of(SchemeAdded.class)).extracting(SchemeAdded::schemeCode)
        .containsExactly(code(900106));
    assertThat(bus.of(NavPublished.class)).hasSize(5);
    assertThat(run.schemesRenamed()).isEqualTo(1);
    assertThat(run.navsCorrected()).isEqualTo(1);
    assertThat(run.navsPublished()).isEqualTo(5);
    assertThat(bus.of(FeedFormatChanged.class)).isEmpty();
    // The category moved with the rename (heading of the block).
    assertThat(schemes.find(code(900104)).orElseThrow().category().orElseThrow().name())
        .isEqualTo("MEDIUM_DURATION");
  }

  @Test
  void run_acrossTheFormatChange_oneFormatEvent_noRename_planKeptForBlankColumns() {
    feed.run(FeedFixtures.day1());
    feed.run(FeedFixtures.day2());
    bus.clear();

    FeedRun run = feed.run(FeedFixtures.day3());

    assertThat(bus.of(FeedFormatChanged.class)).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("amfi");
      assertThat(e.oldLayout()).isEqualTo(FeedFixtures.HEADER_6);
      assertThat(e.newLayout()).isEqualTo(FeedFixtures.HEADER_8);
    });
    assertThat(bus.of(SchemeRenamed.class)).isEmpty();
    assertThat(bus.of(SchemeAdded.class)).isEmpty();
    assertThat(run.schemesUpdated()).isEqualTo(6);
    assertThat(schemes.find(code(900101)).orElseThrow().name()).isEqualTo("Kaveri Flexi Cap Fund");
    // Blank Plan and Option: what the old name said stays.
    assertThat(schemes.find(code(900103)).orElseThrow()).satisfies(s -> {
      assertThat(s.plan()).isEqualTo(Plan.DIRECT);
      assertThat(s.option().type()).isEqualTo(OptionType.GROWTH);
    });
    assertThat(schemes.find(code(900102)).orElseThrow().option().type()).isEqualTo(OptionType.IDCW_PAYOUT);
    assertThat(schemes.find(code(900102)).orElseThrow().isinReinvestment())
        .contains(Isin.parse(FeedFixtures.isin(3)));
    // 900106 went from 10 to 15: a jump of 50%.
    assertThat(bus.of(DataQualityAlert.class)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo("nav-jump");
      assertThat(a.subject()).isEqualTo("900106");
    });
    // 900105's latest NAV is of Monday 17th; Wednesday 19th is two business days later.
    assertThat(bus.of(SchemeStale.class)).containsExactly(
        new SchemeStale(code(900105), LocalDate.of(2026, 8, 17), 2, AT));
    assertThat(run.schemesGoneStale()).isEqualTo(1);
    assertThat(run.navsPublished()).isEqualTo(5);
    assertThat(run.navsUnchanged()).isEqualTo(1);
  }

  @Test
  void run_sameFileTwice_secondRunChangesAndPublishesNothing() {
    for (byte[] day : List.of(FeedFixtures.day1(), FeedFixtures.day2(), FeedFixtures.day3())) {
      feed.run(day);
      bus.clear();

      FeedRun again = feed.run(day);

      assertThat(again.changed()).isFalse();
      assertThat(again.eventsPublished()).isEmpty();
      assertThat(bus.events).isEmpty();
    }
    assertThat(schemes.count()).isEqualTo(6);
  }

  @Test
  void run_unknownHeader_publishesFormatChangedOnce_andStoresNothing() {
    feed.run(FeedFixtures.day3());
    int navCount = navs.count(code(900101));
    bus.clear();

    FeedRun run = feed.run(FeedFixtures.unknownHeader());

    assertThat(run.status()).isEqualTo(FeedStatus.REJECTED_FORMAT);
    assertThat(run.layout()).isEmpty();
    assertThat(run.detail()).contains("Riskometer");
    assertThat(bus.of(FeedFormatChanged.class)).singleElement().satisfies(e -> {
      assertThat(e.oldLayout()).isEqualTo(FeedFixtures.HEADER_8);
      assertThat(e.newLayout()).startsWith("unrecognised: ").contains("Riskometer");
      assertThat(e.detail()).contains("Riskometer");
    });
    assertThat(navs.count(code(900101))).isEqualTo(navCount);
    assertThat(feed.previousLayout()).contains(AmfiLayout.DAILY_WITH_PLAN_OPTION);

    bus.clear();
    assertThat(feed.run(FeedFixtures.unknownHeader()).status()).isEqualTo(FeedStatus.REJECTED_FORMAT);
    assertThat(bus.events).as("the same unknown header is reported once").isEmpty();
  }

  @Test
  void run_emptyBody_isRejectedAsFormat() {
    FeedRun run = feed.run(new byte[0]);
    assertThat(run.status()).isEqualTo(FeedStatus.REJECTED_FORMAT);
    assertThat(bus.of(FeedFormatChanged.class)).singleElement()
        .satisfies(e -> assertThat(e.oldLayout()).isEqualTo("unknown"));
    assertThat(schemes.count()).isZero();
  }

  @Test
  void run_rowCountBelow80PercentOfRecentMedian_isRejected() {
    NavFeed gated = NavFeed.builder().schemes(schemes).navs(navs).events(bus)
        .clock(Clock.fixed(AT, ZoneOffset.UTC)).recentRowCounts(List.of(7, 6, 8, 7)).build();

    FeedRun run = gated.run(FeedFixtures.day1());

    assertThat(run.status()).isEqualTo(FeedStatus.REJECTED_ROW_COUNT);
    assertThat(run.dataRows()).isEqualTo(5);
    assertThat(run.detail()).contains("5 data rows").contains("median 7.0");
    assertThat(bus.events).singleElement().isInstanceOfSatisfying(DataQualityAlert.class,
        a -> assertThat(a.kind()).isEqualTo("row-count-drop"));
    assertThat(schemes.count()).isZero();
    assertThat(navs.schemes()).isEmpty();
    assertThat(gated.recentRowCounts()).containsExactly(7, 6, 8, 7);

    // 6 rows is 85% of the median: accepted, and counted.
    assertThat(gated.run(FeedFixtures.day2()).status()).isEqualTo(FeedStatus.APPLIED);
    assertThat(gated.recentRowCounts()).containsExactly(7, 6, 8, 7, 6);
  }

  @Test
  void run_gateNeedsThreeRecentFiles() {
    NavFeed gated = NavFeed.builder().schemes(schemes).navs(navs).events(bus)
        .clock(Clock.fixed(AT, ZoneOffset.UTC)).recentRowCounts(List.of(100, 100)).build();
    assertThat(gated.run(FeedFixtures.day1()).status()).isEqualTo(FeedStatus.APPLIED);
  }

  @Test
  void run_gzippedFile_isRead() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(FeedFixtures.day1());
    }
    assertThat(feed.run(gz.toByteArray()).schemesAdded()).isEqualTo(5);
  }

  @Test
  void run_sourceFails_throwsNamingTheCause_andPublishesNothing() {
    FeedSource failing = FeedSource.fromSupplier(() -> {
      throw new UncheckedIOException(new IOException("connection reset"));
    });
    assertThatThrownBy(() -> feed.run(failing)).isInstanceOf(LumpsumException.class)
        .hasMessageContaining("connection reset");
    assertThat(bus.events).isEmpty();
  }

  @Test
  void run_rejectedRows_alertOnceWhenTheRunChangedSomething() {
    byte[] bad = FeedFixtures.file(FeedFixtures.HEADER_6, "Kaveri Mutual Fund",
        "900101;" + FeedFixtures.isin(1) + ";-;Kaveri Flexi Cap Fund - Direct Plan - Growth;110.5;17-Aug-2026",
        "900109;-;-;Kaveri Broken Fund - Direct Plan - Growth;12.3;31-Feb-2026");
    FeedRun run = feed.run(bad);
    assertThat(run.problemsByReason()).containsKey("date is not a valid dd-MMM-yyyy date");
    assertThat(bus.of(DataQualityAlert.class)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo("rows-rejected");
      assertThat(a.detail()).contains("1 of 2 rows left out");
    });
    bus.clear();
    feed.run(bad);
    assertThat(bus.events).isEmpty();
  }

  @Test
  void builder_rejectsBadSettings() {
    assertThatThrownBy(() -> NavFeed.builder().minRowFraction(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction");
    assertThatThrownBy(() -> NavFeed.builder().recentRuns(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs");
    assertThatThrownBy(() -> NavFeed.builder().navJumpThreshold(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NavFeed.builder().build()).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("schemes");
    assertThat(new String(FeedFixtures.day1(), StandardCharsets.UTF_8)).startsWith("Scheme Code;");
  }
}
