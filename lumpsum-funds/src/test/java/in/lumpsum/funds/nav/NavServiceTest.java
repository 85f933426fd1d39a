package in.lumpsum.funds.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavLookup;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.nav.spi.NavSource;
import in.lumpsum.funds.nav.spi.SourceAnswer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NavServiceTest {

  private static final SchemeCode CODE = SchemeCode.of(119551);
  private static final Clock CLOCK = Clock.fixed(
      LocalDate.of(2026, 8, 31).atStartOfDay(IndianTime.ZONE).toInstant(), IndianTime.ZONE);

  /** Business days of August 2026 from the 3rd (a Monday) to the 14th (a Friday), NAV 100 + day. */
  private static InMemoryNavStore storeWithAugust() {
    InMemoryNavStore store = new InMemoryNavStore();
    List<NavRecord> records = new ArrayList<>();
    for (int d = 3; d <= 14; d++) {
      LocalDate date = LocalDate.of(2026, 8, d);
      if (date.getDayOfWeek().getValue() <= 5) {
        records.add(new NavRecord(CODE, date, Nav.of(BigDecimal.valueOf(100 + d))));
      }
    }
    store.upsert(records);
    return store;
  }

  /** A source that records its calls and answers from a fixed series. */
  private static final class Recording implements NavSource {
    final NavSeries data;
    final List<LocalDate[]> calls = new ArrayList<>();

    Recording(NavSeries data) {
      this.data = data;
    }

    @Override
    public NavSeries history(SchemeCode scheme, LocalDate from, LocalDate to) {
      calls.add(new LocalDate[] {from, to});
      return data;
    }
  }

  /** A source that answers from a fixed series, flagged as read from a stale copy. */
  private static final class StaleCopy implements NavSource {
    final NavSeries data;
    int calls;

    StaleCopy(NavSeries data) {
      this.data = data;
    }

    @Override
    public NavSeries history(SchemeCode scheme, LocalDate from, LocalDate to) {
      return answer(scheme, from, to).series();
    }

    @Override
    public SourceAnswer answer(SchemeCode scheme, LocalDate from, LocalDate to) {
      calls++;
      return new SourceAnswer(data, true);
    }
  }

  private static NavSeries series(Object... dateNav) {
    NavSeries.Builder b = NavSeries.builder();
    for (int i = 0; i < dateNav.length; i += 2) {
      b.add(new NavPoint((LocalDate) dateNav[i], new BigDecimal((String) dateNav[i + 1])));
    }
    return b.build();
  }

  @Test
  void lookup_policiesInsideStoredSpan_answerFromStoreWithDateUsed() {
    Recording remote = new Recording(NavSeries.empty());
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", remote)
        .clock(CLOCK).build();
    LocalDate saturday = LocalDate.of(2026, 8, 8);

    assertThat(service.lookup(CODE, saturday, NavPolicy.EXACT)).isEmpty();
    NavQuote valuation = service.require(CODE, saturday, NavPolicy.VALUATION);
    assertThat(valuation.date()).isEqualTo(LocalDate.of(2026, 8, 7));
    assertThat(valuation.nav()).isEqualTo(Nav.of(new BigDecimal("107")));
    assertThat(valuation.source()).isEqualTo(NavService.STORE);
    assertThat(valuation.gapDays()).isEqualTo(1);
    assertThat(valuation.isExact()).isFalse();
    NavQuote allotment = service.require(CODE, saturday, NavPolicy.ALLOTMENT);
    assertThat(allotment.date()).isEqualTo(LocalDate.of(2026, 8, 10));
    assertThat(allotment.policy().lookup()).isEqualTo(NavLookup.ON_OR_AFTER);
    assertThat(remote.calls).as("the store is trusted inside its span").isEmpty();
  }

  @Test
  void lookup_allotmentAfterDeadScheme_isBoundedByMaxGap() {
    NavService service = NavService.builder().store(storeWithAugust()).clock(CLOCK).build();
    // Last NAV 14 Aug; nothing after: on-or-after from 20 Aug finds nothing, however far it looks.
    assertThat(service.lookup(CODE, LocalDate.of(2026, 8, 20), NavPolicy.ALLOTMENT)).isEmpty();
    // Before the first NAV (3 Aug), 1 Aug is within 7 days: allowed; 20 Jul is not.
    assertThat(service.require(CODE, LocalDate.of(2026, 8, 1), NavPolicy.ALLOTMENT).date())
        .isEqualTo(LocalDate.of(2026, 8, 3));
    assertThatThrownBy(() -> service.require(CODE, LocalDate.of(2026, 7, 20), NavPolicy.ALLOTMENT))
        .isInstanceOf(NavUnavailableException.class)
        .hasMessageContaining("119551").hasMessageContaining("2026-07-20");
    // A bounded valuation refuses a NAV older than its bound.
    assertThat(service.lookup(CODE, LocalDate.of(2026, 8, 30), NavPolicy.onOrBefore(5))).isEmpty();
    assertThat(service.require(CODE, LocalDate.of(2026, 8, 30), NavPolicy.VALUATION).date())
        .isEqualTo(LocalDate.of(2026, 8, 14));
  }

  @Test
  void lookup_pastStoredSpan_asksSourcesInOrderAndWritesThrough() {
    InMemoryNavStore store = storeWithAugust();
    Recording empty = new Recording(NavSeries.empty());
    Recording mfapi = new Recording(series(LocalDate.of(2026, 8, 17), "117.5",
        LocalDate.of(2026, 8, 18), "118.25", LocalDate.of(2026, 8, 14), "999"));
    NavService service = NavService.builder().store(store).source("amfi", empty)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 18), NavPolicy.EXACT);

    assertThat(q.source()).isEqualTo("mfapi");
    assertThat(q.nav()).isEqualTo(Nav.parse("118.25"));
    assertThat(q.stale()).as("a source that does not override answer() is never stale").isFalse();
    assertThat(empty.calls).hasSize(1);
    // Asked from the day after the last stored NAV, so that the stored span stays contiguous.
    assertThat(empty.calls.get(0)).containsExactly(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 18));
    // Written through: the store now has 17 and 18 Aug; its 14 Aug NAV was not overwritten.
    assertThat(store.exact(CODE, LocalDate.of(2026, 8, 18))).isPresent();
    assertThat(store.exact(CODE, LocalDate.of(2026, 8, 14)).orElseThrow().nav())
        .isEqualTo(Nav.parse("114"));
    // Now inside the span: answered by the store without asking.
    NavQuote again = service.require(CODE, LocalDate.of(2026, 8, 17), NavPolicy.EXACT);
    assertThat(again.source()).isEqualTo(NavService.STORE);
    assertThat(mfapi.calls).hasSize(1);
  }

  @Test
  void lookup_valuationPastSpan_fetchesOnlyNewDatesAndNeverTheFuture() {
    Recording remote = new Recording(NavSeries.empty());
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", remote)
        .clock(CLOCK).build();
    NavQuote q = service.require(CODE, LocalDate.of(2026, 9, 10), NavPolicy.VALUATION);
    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 8, 14));
    assertThat(q.source()).isEqualTo(NavService.STORE);
    // From the day after the last stored NAV to today (31 Aug by the clock), not to 10 Sep.
    assertThat(remote.calls.get(0))
        .containsExactly(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 31));
  }

  @Test
  void lookup_failingSource_isSkippedAndReportedWhenNothingFound() {
    NavSource down = (s, f, t) -> {
      throw new IllegalStateException("503 from upstream");
    };
    Recording backup = new Recording(series(LocalDate.of(2026, 8, 20), "120"));
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", down)
        .source("mfapi", backup).clock(CLOCK).build();
    assertThat(service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.EXACT).source())
        .isEqualTo("mfapi");

    NavService alone = NavService.builder().store(new InMemoryNavStore()).source("amfi", down)
        .clock(CLOCK).build();
    assertThatThrownBy(() -> alone.lookup(CODE, LocalDate.of(2026, 8, 20), NavPolicy.EXACT))
        .isInstanceOf(NavUnavailableException.class)
        .hasMessageContaining("1 source failure")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
  }

  @Test
  void crossCheck_reportsDisagreementsBeyondTolerance() {
    Recording archive = new Recording(series(LocalDate.of(2026, 8, 3), "103.00",
        LocalDate.of(2026, 8, 4), "104.004", LocalDate.of(2026, 8, 5), "105.5",
        LocalDate.of(2026, 8, 30), "1"));
    NavSource down = (s, f, t) -> {
      throw new IllegalStateException("timeout");
    };
    NavService service = NavService.builder().store(storeWithAugust()).source("archive", archive)
        .source("mfapi", down).clock(CLOCK).build();

    CrossCheckReport report = service.crossCheck(CODE, LocalDate.of(2026, 8, 1),
        LocalDate.of(2026, 8, 14));

    assertThat(report.pointsBySource()).containsEntry("store", 10).containsEntry("archive", 3);
    assertThat(report.failures()).containsExactly(Map.entry("mfapi", "timeout"));
    // The exception is kept, not only its message: a caller can tell a timeout from a rate limit.
    assertThat(report.exceptions()).containsOnlyKeys("mfapi");
    assertThat(report.exceptions().get("mfapi")).isInstanceOf(IllegalStateException.class)
        .hasMessage("timeout");
    assertThat(report.comparisons()).hasSize(1);
    SourceComparison c = report.comparisons().get(0);
    assertThat(c.overlap()).isEqualTo(3);
    assertThat(c.agreed()).isEqualTo(2);
    assertThat(c.disagreements()).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(LocalDate.of(2026, 8, 5));
      assertThat(d.difference()).isEqualByComparingTo("0.5");
    });
    assertThat(report.consistent()).isFalse();
  }

  @Test
  void builder_rejectsMisuse() {
    assertThatThrownBy(() -> NavService.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> NavService.builder().source("store", (s, f, t) -> NavSeries.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NavPolicy.onOrAfter(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A clock stopped at a time in India. */
  private static Clock at(LocalDateTime inIndia) {
    return Clock.fixed(inIndia.atZone(IndianTime.ZONE).toInstant(), IndianTime.ZONE);
  }

  /** A source that counts its calls and fails every time. */
  private static final class Failing implements NavSource {
    int calls;

    @Override
    public NavSeries history(SchemeCode scheme, LocalDate from, LocalDate to) {
      calls++;
      throw new IllegalStateException("503 from upstream");
    }
  }

  @Test
  void lookup_valuationOnWeekendAfterLastNav_asksEachSourceOnceWhileRemembered() {
    // Last stored NAV Friday 14 Aug; it is Saturday 15 Aug, noon in India.
    Clock clock = at(LocalDateTime.of(2026, 8, 15, 12, 0));
    Recording amfi = new Recording(NavSeries.empty());
    Recording mfapi = new Recording(NavSeries.empty());
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .source("mfapi", mfapi).clock(clock).sourceMisses(10, Duration.ofMinutes(15)).build();
    LocalDate saturday = LocalDate.of(2026, 8, 15);

    for (int i = 0; i < 3; i++) {
      NavQuote q = service.require(CODE, saturday, NavPolicy.VALUATION);
      assertThat(q.date()).isEqualTo(LocalDate.of(2026, 8, 14));
      assertThat(q.source()).isEqualTo(NavService.STORE);
    }
    assertThat(amfi.calls).hasSize(1);
    assertThat(mfapi.calls).hasSize(1);
    // The time bound (a NAV published since is asked for again) is shown with a moving clock in
    // NavChainTest.
  }

  @Test
  void lookup_rememberedMiss_coversOnlyTheDatesAskedAndSchemeAsked() {
    Clock clock = at(LocalDateTime.of(2026, 8, 16, 10, 0));
    Recording amfi = new Recording(NavSeries.empty());
    InMemoryNavStore store = storeWithAugust();
    SchemeCode other = SchemeCode.of(120503);
    store.upsert(List.of(new NavRecord(other, LocalDate.of(2026, 8, 14), Nav.parse("50"))));
    NavService service = NavService.builder().store(store).source("amfi", amfi).clock(clock)
        .build();

    service.require(CODE, LocalDate.of(2026, 8, 15), NavPolicy.VALUATION);
    // Sunday reaches a date the miss does not cover: asked, from the day after the last NAV.
    service.require(CODE, LocalDate.of(2026, 8, 16), NavPolicy.VALUATION);
    assertThat(amfi.calls).hasSize(2);
    assertThat(amfi.calls.get(1))
        .containsExactly(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 16));
    // Saturday again lies inside Sunday's miss: not asked. Another scheme is its own entry.
    service.require(CODE, LocalDate.of(2026, 8, 15), NavPolicy.VALUATION);
    assertThat(amfi.calls).hasSize(2);
    service.require(other, LocalDate.of(2026, 8, 15), NavPolicy.VALUATION);
    assertThat(amfi.calls).hasSize(3);
  }

  @Test
  void lookup_sourceThatFails_isNotRememberedAsAMiss() {
    Clock clock = at(LocalDateTime.of(2026, 8, 15, 12, 0));
    Failing down = new Failing();
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", down)
        .clock(clock).build();

    service.require(CODE, LocalDate.of(2026, 8, 15), NavPolicy.VALUATION);
    service.require(CODE, LocalDate.of(2026, 8, 15), NavPolicy.VALUATION);

    assertThat(down.calls).isEqualTo(2);
  }

  @Test
  void lookup_sourceMissesOff_asksEveryTime() {
    Clock clock = at(LocalDateTime.of(2026, 8, 15, 12, 0));
    Recording amfi = new Recording(NavSeries.empty());
    Recording again = new Recording(NavSeries.empty());
    NavService noEntries = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .clock(clock).sourceMisses(0, Duration.ofMinutes(15)).build();
    NavService noTime = NavService.builder().store(storeWithAugust()).source("amfi", again)
        .clock(clock).sourceMisses(10, Duration.ZERO).build();

    for (int i = 0; i < 2; i++) {
      noEntries.require(CODE, LocalDate.of(2026, 8, 15), NavPolicy.VALUATION);
      noTime.require(CODE, LocalDate.of(2026, 8, 15), NavPolicy.VALUATION);
    }

    assertThat(amfi.calls).hasSize(2);
    assertThat(again.calls).hasSize(2);
    assertThatThrownBy(() -> NavService.builder().sourceMisses(-1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntries");
    assertThatThrownBy(() -> NavService.builder().sourceMisses(1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
  }

  @Test
  void lookup_navFromStaleCopy_quoteIsStaleAndNamesSource_thenStoreAnswerIsNot() {
    InMemoryNavStore store = storeWithAugust();
    StaleCopy amfi = new StaleCopy(series(LocalDate.of(2026, 8, 17), "117.5",
        LocalDate.of(2026, 8, 18), "118.25"));
    NavService service = NavService.builder().store(store).source("amfi", amfi).clock(CLOCK)
        .build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(q.source()).isEqualTo("amfi");
    assertThat(q.stale()).isTrue();
    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 8, 18));
    assertThat(q.nav()).isEqualTo(Nav.parse("118.25"));
    // Written through all the same: the NAVs were published.
    assertThat(store.exact(CODE, LocalDate.of(2026, 8, 18))).isPresent();
    // Now inside the stored span: the store answers, and a quote from the store is not stale even
    // though the store was filled from a stale copy.
    NavQuote stored = service.require(CODE, LocalDate.of(2026, 8, 17), NavPolicy.EXACT);
    assertThat(stored.source()).isEqualTo(NavService.STORE);
    assertThat(stored.stale()).isFalse();
    assertThat(amfi.calls).isEqualTo(1);
  }

  @Test
  void lookup_staleCopyWithNothingNew_storeAnswers_markedStale() {
    // The only source answers from a stale copy that holds nothing after the stored 14 Aug: a
    // newer NAV may exist, so the store's answer is stale too.
    StaleCopy amfi = new StaleCopy(NavSeries.empty());
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 8, 14));
    assertThat(q.source()).isEqualTo(NavService.STORE);
    assertThat(q.stale()).isTrue();
    assertThat(amfi.calls).isEqualTo(1);
    // An empty stale answer is not remembered as a miss: the remote itself was not asked.
    service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);
    assertThat(amfi.calls).isEqualTo(2);
  }

  @Test
  void lookup_staleFirstSourceWithNothing_freshSecondSourceAnswers_notStale() {
    StaleCopy amfi = new StaleCopy(NavSeries.empty());
    Recording mfapi = new Recording(series(LocalDate.of(2026, 8, 18), "118.25"));
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 18), NavPolicy.EXACT);

    assertThat(q.source()).isEqualTo("mfapi");
    assertThat(q.stale()).isFalse();
  }

  @Test
  void lookup_staleCopyAskedTwice_isStaleBothTimes() {
    // 18 Aug comes from a stale copy and is written through; asked again during the outage, the
    // copy has nothing after it, and the store's 18 Aug is still marked stale.
    StaleCopy amfi = new StaleCopy(series(LocalDate.of(2026, 8, 18), "118.25"));
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .clock(CLOCK).build();

    NavQuote first = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);
    NavQuote again = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(first.date()).isEqualTo(LocalDate.of(2026, 8, 18));
    assertThat(first.source()).isEqualTo("amfi");
    assertThat(first.stale()).isTrue();
    assertThat(again.date()).isEqualTo(LocalDate.of(2026, 8, 18));
    assertThat(again.source()).isEqualTo(NavService.STORE);
    assertThat(again.stale()).isTrue();
  }

  @Test
  void lookup_staleFirstSource_liveSecondSource_theLiveAnswerWins() {
    // amfi's stale copy stops at 18 Aug; mfapi is up and has 20 Aug: its answer is current.
    StaleCopy amfi = new StaleCopy(series(LocalDate.of(2026, 8, 18), "118.25"));
    Recording mfapi = new Recording(series(LocalDate.of(2026, 8, 18), "118.25",
        LocalDate.of(2026, 8, 20), "119.50"));
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 8, 20));
    assertThat(q.source()).isEqualTo("mfapi");
    assertThat(q.stale()).isFalse();
  }

  @Test
  void lookup_staleCopySettles_liveSourceHasNothingNewer_notStale() {
    // amfi's stale copy has 18 Aug; mfapi is up and has nothing after it: 18 Aug is current.
    StaleCopy amfi = new StaleCopy(series(LocalDate.of(2026, 8, 18), "118.25"));
    Recording mfapi = new Recording(NavSeries.empty());
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 8, 18));
    assertThat(q.source()).isEqualTo("amfi");
    assertThat(q.stale()).isFalse();
    assertThat(mfapi.calls).hasSize(1);
  }

  @Test
  void lookup_twoStaleCopies_theLaterNavWins_andIsStale_namingItsSource() {
    StaleCopy amfi = new StaleCopy(series(LocalDate.of(2026, 8, 18), "118.25"));
    StaleCopy mfapi = new StaleCopy(series(LocalDate.of(2026, 8, 18), "118.25",
        LocalDate.of(2026, 8, 19), "119.00"));
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 8, 19));
    assertThat(q.source()).isEqualTo("mfapi");
    assertThat(q.stale()).isTrue();
  }

  @Test
  void lookup_beforeTheStoredSpan_fromStaleCopiesOnly_isStale() {
    StaleCopy amfi = new StaleCopy(series(LocalDate.of(2026, 7, 29), "99.00"));
    StaleCopy mfapi = new StaleCopy(NavSeries.empty());
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 7, 30), NavPolicy.VALUATION);

    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 7, 29));
    assertThat(q.source()).isEqualTo("amfi");
    assertThat(q.stale()).isTrue();
  }

  @Test
  void lookup_aLiveNavReplacesWhatAStaleCopyWroteInTheSameLookUp() {
    // The stale copy has 118.25 for 18 Aug (since corrected); mfapi, live, has 118.30.
    InMemoryNavStore store = storeWithAugust();
    StaleCopy amfi = new StaleCopy(series(LocalDate.of(2026, 8, 18), "118.25"));
    Recording mfapi = new Recording(series(LocalDate.of(2026, 8, 18), "118.30"));
    NavService service = NavService.builder().store(store).source("amfi", amfi)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote q = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(q.source()).isEqualTo("mfapi");
    assertThat(q.stale()).isFalse();
    assertThat(q.nav()).isEqualTo(Nav.parse("118.30"));
    assertThat(store.exact(CODE, LocalDate.of(2026, 8, 18)).orElseThrow().nav())
        .isEqualTo(Nav.parse("118.30"));
  }

  @Test
  void lookup_aRememberedLiveMiss_stillCountsAsALiveAnswer() {
    Recording amfi = new Recording(NavSeries.empty());
    StaleCopy mfapi = new StaleCopy(series(LocalDate.of(2026, 8, 18), "118.25"));
    NavService service = NavService.builder().store(storeWithAugust()).source("amfi", amfi)
        .source("mfapi", mfapi).clock(CLOCK).build();

    NavQuote first = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);
    NavQuote again = service.require(CODE, LocalDate.of(2026, 8, 20), NavPolicy.VALUATION);

    assertThat(first.stale()).isFalse();
    assertThat(again.stale()).isFalse();
    assertThat(again.date()).isEqualTo(first.date());
    assertThat(amfi.calls).hasSize(1);
  }

  @Test
  void answer_default_wrapsHistoryAsFresh() {
    NavSeries data = series(LocalDate.of(2026, 8, 18), "118.25");
    NavSource lambda = (s, f, t) -> data;

    SourceAnswer a = lambda.answer(CODE, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));

    assertThat(a.series()).isSameAs(data);
    assertThat(a.stale()).isFalse();
    assertThat(SourceAnswer.fresh(data)).isEqualTo(new SourceAnswer(data, false));
    assertThatThrownBy(() -> new SourceAnswer(null, true))
        .isInstanceOf(NullPointerException.class).hasMessage("series");
  }

  @Test
  void lookup_sourceAnsweringNull_isAFailureNotNoNav() {
    NavSource broken = new NavSource() {
      @Override
      public NavSeries history(SchemeCode scheme, LocalDate from, LocalDate to) {
        return NavSeries.empty();
      }

      @Override
      public SourceAnswer answer(SchemeCode scheme, LocalDate from, LocalDate to) {
        return null;
      }
    };
    NavService service = NavService.builder().store(new InMemoryNavStore()).source("amfi", broken)
        .clock(CLOCK).build();

    assertThatThrownBy(() -> service.lookup(CODE, LocalDate.of(2026, 8, 20), NavPolicy.EXACT))
        .isInstanceOf(NavUnavailableException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
            .satisfies(x -> assertThat(x).hasMessage("source returned null")));
  }
}
