package in.lumpsum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.nav.SourceComparison;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs {@link NavChainExample} offline, against MockWebServers playing AMFI and mfapi. */
class NavChainExampleTest {

  /**
   * AMFI's NAV history report with Plan/Option (CRLF), written for this test: a made-up scheme and
   * ISIN, Monday 16 to Friday 20 November 2026.
   */
  private static final String AMFI_REPORT = String.join("\r\n",
      "Scheme Code;Scheme Name;Plan;Option;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;"
          + "Net Asset Value;Date",
      "",
      "Open Ended Schemes(Equity Scheme - Large Cap Fund)",
      "",
      "Kaveri Mutual Fund",
      "",
      "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;220.1000;16-Nov-2026",
      "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;220.6400;17-Nov-2026",
      "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;221.3000;18-Nov-2026",
      "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;220.9100;19-Nov-2026",
      "950301;Kaveri Large Cap Fund;Direct Plan;Growth;INF9KV01A015;;221.7500;20-Nov-2026",
      "");

  /** mfapi's {@code /mf/950301}, newest first, disagreeing with AMFI on 18 November. */
  private static final String MFAPI_HISTORY = "{\"meta\":{\"fund_house\":\"Kaveri Mutual Fund\","
      + "\"scheme_type\":\"Open Ended Schemes\",\"scheme_category\":\"Equity Scheme - Large Cap Fund\","
      + "\"scheme_code\":950301,\"scheme_name\":\"Kaveri Large Cap Fund - Direct Plan - Growth\","
      + "\"isin_growth\":\"INF9KV01A015\",\"isin_div_reinvestment\":null},\"data\":[\n"
      + "{\"date\":\"20-11-2026\",\"nav\":\"221.75000\"},\n"
      + "{\"date\":\"19-11-2026\",\"nav\":\"220.91000\"},\n"
      + "{\"date\":\"18-11-2026\",\"nav\":\"221.40000\"},\n"
      + "{\"date\":\"17-11-2026\",\"nav\":\"220.64000\"},\n"
      + "{\"date\":\"16-11-2026\",\"nav\":\"220.10000\"}\n"
      + "],\"status\":\"SUCCESS\"}\n";

  private final MockWebServer amfi = new MockWebServer();
  private final MockWebServer mfapi = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    amfi.setDispatcher(answering(AMFI_REPORT));
    mfapi.setDispatcher(answering(MFAPI_HISTORY));
    amfi.start();
    mfapi.start();
  }

  @AfterEach
  void stop() throws IOException {
    amfi.shutdown();
    mfapi.shutdown();
  }

  private static Dispatcher answering(String body) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setResponseCode(200).setBody(body);
      }
    };
  }

  @Test
  void run_amfiAnswers_storeAnswersAgain_crossCheckFindsTheDisagreement() {
    Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-26T12:00").atZone(IndianTime.ZONE)
        .toInstant(), IndianTime.ZONE);
    NavChainExample.Result r = NavChainExample.run(amfi.url("/").toString(),
        mfapi.url("/").toString(), SchemeCode.of(950301), LocalDate.of(2026, 11, 20), clock);

    assertThat(r.first().source()).isEqualTo("amfi");
    assertThat(r.first().date()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(r.first().nav()).isEqualTo(Nav.parse("221.75"));
    assertThat(r.again().source()).isEqualTo("store");
    SourceComparison amfiVsMfApi = r.check().comparisons().stream()
        .filter(c -> c.first().equals("amfi") && c.second().equals("mfapi")).findFirst()
        .orElseThrow();
    assertThat(amfiVsMfApi.overlap()).isEqualTo(5);
    assertThat(amfiVsMfApi.disagreements()).singleElement()
        .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 18)));
    // One report for the look-up, one for the cross-check's range; mfapi once, for the cross-check.
    assertThat(amfi.getRequestCount()).isEqualTo(2);
    assertThat(mfapi.getRequestCount()).isEqualTo(1);
    assertThat(NavChainExample.describe(r))
        .contains("NAV 221.7500 of 2026-11-20, from amfi")
        .contains("asked again: from store")
        .contains("2026-11-18: 221.3 vs 221.4");
  }
}
