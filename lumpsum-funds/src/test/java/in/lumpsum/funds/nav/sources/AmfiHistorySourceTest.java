package in.lumpsum.funds.nav.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.client.AmfiClient;
import in.lumpsum.funds.client.SourceUnavailableException;
import in.lumpsum.funds.nav.spi.SourceAnswer;
import java.time.LocalDate;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class AmfiHistorySourceTest extends SourcesTestSupport {

  static final SchemeCode DIRECT_GROWTH = SchemeCode.of(950301);
  static final SchemeCode REGULAR_IDCW = SchemeCode.of(950302);
  static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);
  static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

  @Test
  void history_manySchemesOneSettledWindow_oneRequestEvenWithoutClientCache() {
    AmfiHistorySource source = AmfiHistorySource.of(amfiClientBuilder().noCache().build());

    NavSeries direct = source.history(DIRECT_GROWTH, NOV_16, NOV_20);
    NavSeries regular = source.history(REGULAR_IDCW, NOV_16, NOV_20);
    NavSeries again = source.history(DIRECT_GROWTH, NOV_16, NOV_20);

    assertThat(amfi.requestCount()).isEqualTo(1);
    assertThat(direct.size()).isEqualTo(5);
    assertThat(direct.navAt(0)).isEqualByComparingTo("220.1000");
    assertThat(regular.size()).isEqualTo(5);
    assertThat(regular.navAt(4)).isEqualByComparingTo("32.6300");
    assertThat(again).isEqualTo(direct);
  }

  @Test
  void history_filtersByCodeAndRange_skipsRowsWithoutNav() {
    AmfiHistorySource source = AmfiHistorySource.of(amfiClientBuilder().build());

    NavSeries october = source.history(REGULAR_IDCW, LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31));

    // 6 October is N.A. for this scheme; the November rows lie outside the range.
    assertThat(october.toList()).extracting(p -> p.date().toString())
        .containsExactly("2026-10-01", "2026-10-05");
    assertThat(source.history(SchemeCode.of(959999), NOV_16, NOV_20).isEmpty()).isTrue();
  }

  @Test
  void history_longRange_splitIntoRequestsOfAtMost90Days() {
    AmfiHistorySource source = AmfiHistorySource.of(amfiClientBuilder().build());

    NavSeries all = source.history(DIRECT_GROWTH, LocalDate.of(2026, 1, 1), NOV_20);

    assertThat(amfi.targets()).containsExactly(
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=01-Jan-2026&todt=31-Mar-2026",
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=01-Apr-2026&todt=29-Jun-2026",
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=30-Jun-2026&todt=27-Sep-2026",
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=28-Sep-2026&todt=20-Nov-2026");
    // Each window keeps only its own dates, so a point appears once however often it is served.
    assertThat(all.size()).isEqualTo(8);
  }

  @Test
  void history_maxDaysPerRequest_isConfigurable() {
    AmfiHistorySource source = AmfiHistorySource.builder(amfiClientBuilder().build())
        .maxDaysPerRequest(3).build();

    assertThat(source.history(DIRECT_GROWTH, NOV_16, NOV_20).size()).isEqualTo(5);
    assertThat(amfi.targets()).containsExactly(
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=16-Nov-2026&todt=18-Nov-2026",
        "/DownloadNAVHistoryReport_Po.aspx?frmdt=19-Nov-2026&todt=20-Nov-2026");
  }

  @Test
  void history_windowNotYetSettled_asksTheClientEachTime() {
    // Noon on 26 November: NAVs for the 22nd to 25th may still be published, so the window is not
    // settled; with no client cache each call is a request.
    AmfiHistorySource source = AmfiHistorySource.of(amfiClientBuilder().noCache().build());
    LocalDate nov25 = LocalDate.of(2026, 11, 25);

    source.history(DIRECT_GROWTH, NOV_16, nov25);
    source.history(REGULAR_IDCW, NOV_16, nov25);

    assertThat(amfi.requestCount()).isEqualTo(2);
  }

  @Test
  void history_windowNotYetSettled_clientCacheAnswersUntilNextPublishingTime() {
    AmfiHistorySource source = AmfiHistorySource.of(amfiClientBuilder().build());
    LocalDate nov25 = LocalDate.of(2026, 11, 25);

    source.history(DIRECT_GROWTH, NOV_16, nov25);
    source.history(REGULAR_IDCW, NOV_16, nov25);
    assertThat(amfi.requestCount()).isEqualTo(1);

    clock.set(at("2026-11-26T21:05"));
    source.history(DIRECT_GROWTH, NOV_16, nov25);
    assertThat(amfi.requestCount()).isEqualTo(2);
  }

  @Test
  void history_leastRecentlyUsedWindowDropped() {
    AmfiHistorySource source = AmfiHistorySource.builder(amfiClientBuilder().noCache().build())
        .cachedWindows(1).build();

    source.history(DIRECT_GROWTH, NOV_16, NOV_20);
    source.history(DIRECT_GROWTH, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 6));
    source.history(DIRECT_GROWTH, NOV_16, NOV_20);

    assertThat(amfi.requestCount()).isEqualTo(3);
  }

  @Test
  void history_amfiDown_throwsUnavailable() {
    amfi.down.set(true);
    AmfiHistorySource source = AmfiHistorySource.of(amfiClientBuilder().build());

    assertThatThrownBy(() -> source.history(DIRECT_GROWTH, NOV_16, NOV_20))
        .isInstanceOf(SourceUnavailableException.class)
        .satisfies(e -> assertThat(((SourceUnavailableException) e).source()).isEqualTo("AMFI"));
  }

  @Test
  void history_staleCopy_servedByDefault_refusedOnRequest() {
    AmfiClient client = amfiClientBuilder().build();
    AmfiHistorySource serving = AmfiHistorySource.of(client);
    AmfiHistorySource refusing = AmfiHistorySource.builder(client).stale(StalePolicy.REFUSE).build();
    LocalDate nov25 = LocalDate.of(2026, 11, 25);
    NavSeries fresh = serving.history(DIRECT_GROWTH, NOV_16, nov25);
    clock.set(at("2026-11-26T21:05"));
    amfi.down.set(true);

    assertThat(serving.history(DIRECT_GROWTH, NOV_16, nov25)).isEqualTo(fresh);
    assertThatThrownBy(() -> refusing.history(DIRECT_GROWTH, NOV_16, nov25))
        .isInstanceOf(SourceUnavailableException.class);
  }

  @Test
  void answer_saysWhenTheClientServedAStaleCopy_settledWindowsStayFresh() {
    AmfiClient client = amfiClientBuilder().build();
    AmfiHistorySource source = AmfiHistorySource.builder(client).maxDaysPerRequest(5).build();
    LocalDate nov25 = LocalDate.of(2026, 11, 25);
    // Two windows: 16-20 November (settled at noon on the 26th) and 21-25 November (not settled).
    SourceAnswer fresh = source.answer(DIRECT_GROWTH, NOV_16, nov25);
    assertThat(fresh.stale()).isFalse();
    assertThat(fresh.series().size()).isEqualTo(5);
    clock.set(at("2026-11-26T21:05"));
    amfi.down.set(true);

    // The settled window is answered from the index; the other is asked again and served stale.
    // It holds no NAV of the scheme, yet the answer is stale: NAVs published since may be missing.
    SourceAnswer stale = source.answer(DIRECT_GROWTH, NOV_16, nov25);
    assertThat(stale.stale()).isTrue();
    assertThat(stale.series()).isEqualTo(fresh.series());
    assertThat(source.answer(DIRECT_GROWTH, NOV_16, NOV_20).stale()).isFalse();
    assertThat(amfi.requestCount()).isEqualTo(2 + RETRY.maxAttempts());
  }

  @Test
  void badArguments_throwNamingTheArgument() {
    AmfiClient client = amfiClientBuilder().build();
    AmfiHistorySource source = AmfiHistorySource.of(client);

    assertThatThrownBy(() -> source.history(DIRECT_GROWTH, NOV_20, NOV_16))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to:");
    assertThatThrownBy(() -> AmfiHistorySource.builder(client).maxDaysPerRequest(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("days:");
    assertThatThrownBy(() -> AmfiHistorySource.builder(client).cachedWindows(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("windows:");
    assertThat(amfi.requestCount()).isZero();
  }

  @Test
  void history_sameSchemeAndDateTwiceWithDifferentNavs_laterRowKept() throws Exception {
    String report = String.join("\r\n",
        "Scheme Code;Scheme Name;Plan;Option;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;"
            + "Net Asset Value;Date",
        "", "Open Ended Schemes(Equity Scheme - Large Cap Fund)", "", "Kaveri Mutual Fund", "",
        "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;220.1000;16-Nov-2026",
        "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;220.2000;16-Nov-2026",
        "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;220.6400;17-Nov-2026", "");
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(200).setBody(report));
      server.start();
      AmfiHistorySource source = AmfiHistorySource.of(
          amfiClientBuilder().baseUrl(server.url("/").toString()).build());

      NavSeries s = source.history(DIRECT_GROWTH, NOV_16, NOV_20);

      assertThat(s.size()).isEqualTo(2);
      assertThat(s.navAt(0)).isEqualByComparingTo("220.2000");
    }
  }
}
