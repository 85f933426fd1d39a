package in.lumpsum.funds.nav.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.funds.client.SourceUnavailableException;
import in.lumpsum.funds.nav.CrossCheckReport;
import in.lumpsum.funds.nav.NavPolicy;
import in.lumpsum.funds.nav.NavQuote;
import in.lumpsum.funds.nav.NavService;
import in.lumpsum.funds.nav.NavUnavailableException;
import in.lumpsum.funds.nav.SourceComparison;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link NavService} over an in-memory store, then AMFI's history report, then mfapi, both served by
 * MockWebServer: issue 3, "a chain of sources (local store, AMFI history, mfapi) with cross-checks".
 */
class NavChainTest extends SourcesTestSupport {

  /** In AMFI's report and on mfapi (which disagrees on 18 November). */
  static final SchemeCode KAVERI = SchemeCode.of(950301);
  /** On mfapi only. */
  static final SchemeCode NARMADA = SchemeCode.of(950401);
  static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

  final InMemoryNavStore store = new InMemoryNavStore();

  NavService chain() {
    return NavService.builder()
        .store(store)
        .source("amfi", NavSources.amfiHistory(amfiClientBuilder().build()))
        .source("mfapi", NavSources.mfapi(mfapiClientBuilder().build()))
        .clock(clock)
        .build();
  }

  @Test
  void lookup_storeEmpty_amfiThenMfApiAnswer_writeThrough_thenStoreAnswersWithoutRequests() {
    NavService navs = chain();

    NavQuote fromAmfi = navs.require(KAVERI, NOV_20, NavPolicy.VALUATION);
    assertThat(fromAmfi.source()).isEqualTo("amfi");
    assertThat(fromAmfi.date()).isEqualTo(NOV_20);
    assertThat(fromAmfi.nav()).isEqualTo(Nav.parse("221.7500"));
    // One report for the service's 31-day window before the date; mfapi not asked.
    assertThat(amfi.targets()).containsExactly(
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=20-Oct-2026&todt=20-Nov-2026");
    assertThat(mfapi.requestCount()).isZero();

    // AMFI's report (already held) does not list this scheme: mfapi answers.
    NavQuote fromMfApi = navs.require(NARMADA, NOV_20, NavPolicy.VALUATION);
    assertThat(fromMfApi.source()).isEqualTo("mfapi");
    assertThat(fromMfApi.nav()).isEqualTo(Nav.parse("3012.441"));
    assertThat(amfi.requestCount()).isEqualTo(1);
    assertThat(mfapi.targets()).containsExactly("/mf/950401");

    // Written through: the window's NAVs are in the store.
    assertThat(store.series(KAVERI).size()).isEqualTo(5);
    assertThat(store.series(NARMADA).size()).isEqualTo(5);

    // Later look-ups inside the stored spans: the store answers, nothing more is sent.
    NavQuote stored = navs.require(KAVERI, LocalDate.of(2026, 11, 18), NavPolicy.EXACT);
    assertThat(stored.source()).isEqualTo(NavService.STORE);
    assertThat(stored.nav()).isEqualTo(Nav.parse("221.3000"));
    assertThat(navs.require(NARMADA, LocalDate.of(2026, 11, 17), NavPolicy.VALUATION).source())
        .isEqualTo(NavService.STORE);
    assertThat(navs.require(KAVERI, NOV_20, NavPolicy.VALUATION).source())
        .isEqualTo(NavService.STORE);
    assertThat(amfi.requestCount()).isEqualTo(1);
    assertThat(mfapi.requestCount()).isEqualTo(1);
  }

  @Test
  void crossCheck_amfiAgainstMfApi_findsTheOneDisagreement() {
    CrossCheckReport report = chain().crossCheck(KAVERI, LocalDate.of(2026, 11, 16), NOV_20);

    assertThat(report.pointsBySource()).containsEntry("store", 0).containsEntry("amfi", 5)
        .containsEntry("mfapi", 5);
    assertThat(report.failures()).isEmpty();
    SourceComparison amfiVsMfApi = report.comparisons().stream()
        .filter(c -> c.first().equals("amfi") && c.second().equals("mfapi")).findFirst().orElseThrow();
    assertThat(amfiVsMfApi.overlap()).isEqualTo(5);
    assertThat(amfiVsMfApi.disagreements()).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 18));
      assertThat(d.first()).isEqualTo(Nav.parse("221.3000"));
      assertThat(d.second()).isEqualTo(Nav.parse("221.40000"));
    });
    assertThat(report.consistent()).isFalse();
    assertThat(report.disagreementCount()).isEqualTo(1);
    // A cross-check writes nothing.
    assertThat(store.series(KAVERI).isEmpty()).isTrue();
  }

  @Test
  void crossCheck_sameNavsAtDifferentScales_agree() {
    CrossCheckReport report = chain().crossCheck(KAVERI, LocalDate.of(2026, 11, 19), NOV_20);

    assertThat(report.consistent()).isTrue();
    assertThat(report.comparisons()).filteredOn(c -> c.first().equals("amfi"))
        .singleElement().extracting(SourceComparison::overlap).isEqualTo(2);
  }

  @Test
  void lookup_amfiDown_mfapiAnswers() {
    amfi.down.set(true);

    NavQuote q = chain().require(KAVERI, NOV_20, NavPolicy.VALUATION);

    assertThat(q.source()).isEqualTo("mfapi");
    assertThat(q.nav()).isEqualTo(Nav.parse("221.75"));
    assertThat(amfi.requestCount()).isEqualTo(RETRY.maxAttempts());
    assertThat(mfapi.requestCount()).isEqualTo(1);
  }

  @Test
  void lookup_bothDown_failsTypedNamingBothSources_neverEmpty() {
    amfi.down.set(true);
    mfapi.down.set(true);
    NavService navs = chain();

    assertThatThrownBy(() -> navs.lookup(KAVERI, NOV_20, NavPolicy.VALUATION))
        .isInstanceOf(NavUnavailableException.class)
        .hasMessageContaining("950301")
        .hasMessageContaining("2 source failure(s)")
        .satisfies(e -> {
          assertThat(Arrays.stream(e.getSuppressed()).map(s -> ((SourceUnavailableException) s).source()))
              .containsExactly("AMFI", "mfapi");
          assertThat(Arrays.stream(e.getSuppressed())
              .map(s -> ((SourceUnavailableException) s).status().orElseThrow()))
              .containsExactly(503, 503);
        });
    assertThat(store.series(KAVERI).isEmpty()).isTrue();
  }

  @Test
  void lookup_unknownMfApiCode_isNoNavNotAFailure() {
    SchemeCode unknown = SchemeCode.of(959999);
    NavService navs = chain();

    assertThat(navs.lookup(unknown, NOV_20, NavPolicy.VALUATION)).isEmpty();
    assertThatThrownBy(() -> navs.require(unknown, NOV_20, NavPolicy.VALUATION))
        .isInstanceOf(NavUnavailableException.class)
        .hasMessageContaining("none stored or found")
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
    assertThat(mfapi.targets()).containsOnly("/mf/959999");
  }

  @Test
  void lookup_holidayUnderAllotment_takesTheNextNav() {
    // Friday 2 October 2026 is Gandhi Jayanti, a national holiday: no NAV is published that day.
    LocalDate gandhiJayanti = LocalDate.of(2026, 10, 2);
    NavService navs = chain();

    NavQuote q = navs.require(KAVERI, gandhiJayanti, NavPolicy.ALLOTMENT);

    assertThat(q.date()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(q.nav()).isEqualTo(Nav.parse("213.0500"));
    assertThat(q.gapDays()).isEqualTo(3);
    assertThat(q.source()).isEqualTo("amfi");
    // ALLOTMENT looks at most 7 days on: the window asked of AMFI.
    assertThat(amfi.targets()).containsExactly(
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=02-Oct-2026&todt=09-Oct-2026");
    assertThat(mfapi.requestCount()).isZero();
  }

  @Test
  void lookup_staleCopyRefused_nextSourceAnswers() {
    NavService navs = NavService.builder()
        .store(store)
        .source("mfapi", MfApiSource.of(mfapiClientBuilder().build(), StalePolicy.REFUSE))
        .source("amfi", NavSources.amfiHistory(amfiClientBuilder().build()))
        .clock(clock)
        .build();
    // Fill the mfapi client's cache, then let it go stale with mfapi down.
    navs.crossCheck(KAVERI, NOV_20, NOV_20);
    clock.set(at("2026-11-26T21:30"));
    mfapi.down.set(true);

    NavQuote q = navs.require(KAVERI, NOV_20, NavPolicy.VALUATION);

    assertThat(q.source()).isEqualTo("amfi");
    assertThat(q.stale()).isFalse();
    assertThat(q.nav().value()).isEqualByComparingTo(new BigDecimal("221.75"));
    // mfapi was asked (1 fill, then 3 failed attempts) and its stale copy refused.
    assertThat(mfapi.requestCount()).isEqualTo(1 + RETRY.maxAttempts());
  }

  @Test
  void lookup_mfapiDownAfterAFirstFetch_staleCopyAnswers_quoteIsStale_thenStoreIsNot() {
    NavService navs = NavService.builder()
        .store(store)
        .source("mfapi", NavSources.mfapi(mfapiClientBuilder().build()))
        .source("amfi", NavSources.amfiHistory(amfiClientBuilder().build()))
        .clock(clock)
        .build();
    // Fill the mfapi client's cache (a cross-check writes nothing to the store).
    navs.crossCheck(KAVERI, NOV_20, NOV_20);
    NavQuote normal = navs.require(NARMADA, NOV_20, NavPolicy.VALUATION);
    assertThat(normal.source()).isEqualTo("mfapi");
    assertThat(normal.stale()).isFalse();
    // Past the 21:00 cut-over the copy is no longer fresh; mfapi is down, so the client serves it.
    clock.set(at("2026-11-26T21:30"));
    mfapi.down.set(true);
    amfi.down.set(true);

    NavQuote q = navs.require(KAVERI, NOV_20, NavPolicy.VALUATION);

    assertThat(q.source()).isEqualTo("mfapi");
    assertThat(q.stale()).isTrue();
    assertThat(q.date()).isEqualTo(NOV_20);
    assertThat(q.nav()).isEqualTo(Nav.parse("221.75"));
    assertThat(mfapi.requestCount()).isEqualTo(2 + RETRY.maxAttempts());
    // The stale copy holds 20 Nov itself: once written through, no later NAV can change a
    // valuation on 20 Nov, so AMFI is not asked (only the cross-check did). The quote is still
    // stale: no source confirmed it live.
    assertThat(amfi.requestCount()).isEqualTo(1);
    // Written through; the same NAV asked again comes from the store and is not stale.
    NavQuote again = navs.require(KAVERI, NOV_20, NavPolicy.VALUATION);
    assertThat(again.source()).isEqualTo(NavService.STORE);
    assertThat(again.stale()).isFalse();
    assertThat(again.nav()).isEqualTo(q.nav());
  }

  @Test
  void lookup_amfiDownAfterAFirstFetch_valuationFromStaleReport_isStale() {
    // Wednesday 25 November, noon: the report for 25 Oct to 25 Nov is fetched (its last NAV is for
    // 20 Nov) and, not settled yet, asked of the client again on the next look-up.
    NavService navs = chain();
    LocalDate nov25 = LocalDate.of(2026, 11, 25);
    navs.crossCheck(KAVERI, LocalDate.of(2026, 10, 25), nov25);
    clock.set(at("2026-11-26T21:30"));
    amfi.down.set(true);
    // mfapi, asked next for a live answer, is down too: its client serves its own stale copy.
    mfapi.down.set(true);

    NavQuote q = navs.require(KAVERI, nov25, NavPolicy.VALUATION);

    assertThat(q.source()).isEqualTo("amfi");
    assertThat(q.stale()).isTrue();
    assertThat(q.date()).isEqualTo(NOV_20);
    assertThat(q.nav()).isEqualTo(Nav.parse("221.7500"));
    assertThat(amfi.requestCount()).isEqualTo(1 + RETRY.maxAttempts());
    assertThat(mfapi.requestCount()).as("the cross-check, then the failed attempts")
        .isEqualTo(1 + RETRY.maxAttempts());
  }

  @Test
  void lookup_amfiDownWithAStaleReport_mfapiUp_theLiveAnswerWins() {
    NavService navs = chain();
    LocalDate nov25 = LocalDate.of(2026, 11, 25);
    navs.crossCheck(KAVERI, LocalDate.of(2026, 10, 25), nov25);
    clock.set(at("2026-11-26T21:30"));
    amfi.down.set(true);

    NavQuote q = navs.require(KAVERI, nov25, NavPolicy.VALUATION);

    assertThat(q.stale()).isFalse();
    assertThat(q.date()).isEqualTo(NOV_20);
    assertThat(q.nav().value()).isEqualByComparingTo(new BigDecimal("221.75"));
  }

  @Test
  void lookup_staleCopyRefused_bothRefusingAndDown_failsTyped() {
    NavService navs = NavService.builder()
        .store(store)
        .source("mfapi", MfApiSource.of(mfapiClientBuilder().build(), StalePolicy.REFUSE))
        .clock(clock)
        .build();
    navs.crossCheck(KAVERI, NOV_20, NOV_20);
    clock.set(at("2026-11-26T21:30"));
    mfapi.down.set(true);

    assertThatThrownBy(() -> navs.lookup(KAVERI, NOV_20, NavPolicy.VALUATION))
        .isInstanceOf(NavUnavailableException.class)
        .hasMessageContaining("1 source failure(s)")
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
            .isInstanceOf(SourceUnavailableException.class));
    assertThat(store.series(KAVERI).isEmpty()).isTrue();
  }

  @Test
  void lookup_valuationOnSaturdayAfterLastNav_asksEachSourceOnceWhileTheMissIsRemembered() {
    // Friday 20 Nov stored; Saturday 21 Nov, noon: no source has a NAV for the 21st.
    store.upsert(List.of(new NavRecord(KAVERI, NOV_20,
        Nav.parse("221.7500"))));
    clock.set(at("2026-11-21T12:00"));
    // The clients cache nothing here: only the service's remembered misses save the requests.
    NavService navs = NavService.builder()
        .store(store)
        .source("amfi", NavSources.amfiHistory(amfiClientBuilder().noCache().build()))
        .source("mfapi", NavSources.mfapi(mfapiClientBuilder().noCache().build()))
        .clock(clock)
        .build();
    LocalDate saturday = LocalDate.of(2026, 11, 21);

    for (int i = 0; i < 3; i++) {
      NavQuote q = navs.require(KAVERI, saturday, NavPolicy.VALUATION);
      assertThat(q.date()).isEqualTo(NOV_20);
      assertThat(q.source()).isEqualTo(NavService.STORE);
    }
    assertThat(amfi.targets()).containsExactly(
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=21-Nov-2026&todt=21-Nov-2026");
    assertThat(mfapi.targets()).containsExactly("/mf/950301");

    // 15 minutes on, a NAV published since could be there: each source is asked again.
    clock.advance(Duration.ofMinutes(16));
    navs.require(KAVERI, saturday, NavPolicy.VALUATION);
    assertThat(amfi.requestCount()).isEqualTo(2);
    assertThat(mfapi.requestCount()).isEqualTo(2);
  }
}
