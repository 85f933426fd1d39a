package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiLayout;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.client.internal.DefaultHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** The AMFI client against a MockWebServer replaying AMFI's formats, with faults. */
class AmfiClientTest extends ClientTestSupport {

  private AmfiClient client() {
    return client(RETRY);
  }

  private AmfiClient client(RetryPolicy retry) {
    return AmfiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock).sleeper(sleeper)
        .retryPolicy(retry).build();
  }

  @Test
  void daily_sixFieldFile_parsedWithProblemForImpossibleDate() throws Exception {
    server.enqueue(okFixture("navall-6-crlf.txt"));

    Fetched<AmfiFile> got = client().daily();

    AmfiFile file = got.value();
    assertThat(got.stale()).isFalse();
    assertThat(got.fetchedAt()).isEqualTo(clock.instant());
    assertThat(file.layout()).isEqualTo(AmfiLayout.DAILY);
    assertThat(file.dataRowCount()).isEqualTo(5);
    assertThat(file.rows()).hasSize(4);
    assertThat(file.rowsWithoutNav()).isEqualTo(1);
    // 31-Feb-2025 is a bad row, never 28 February.
    assertThat(file.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo(AmfiReader.REASON_BAD_DATE))
        .satisfies(p -> assertThat(p.raw()).contains("31-Feb-2025"));
    assertThat(file.rows().get(0).scheme().code()).isEqualTo(SchemeCode.of(950101));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/spages/NAVAll.txt");
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getHeader("User-Agent")).startsWith("lumpsum/");
  }

  @Test
  void daily_eightFieldFile_parsed() {
    server.enqueue(okFixture("navall-8-lf.txt"));

    AmfiFile file = client().daily().value();

    assertThat(file.layout()).isEqualTo(AmfiLayout.DAILY_WITH_PLAN_OPTION);
    assertThat(file.rows()).hasSize(3);
    assertThat(file.problems()).isEmpty();
    assertThat(file.rows().get(0).nav()).hasValue(in.lumpsum.core.money.Nav.parse("155.0102"));
  }

  @Test
  void sif_readsSifFile() throws Exception {
    server.enqueue(okFixture("sif-navall-crlf.txt"));

    AmfiFile file = client().sif().value();

    assertThat(file.rows()).hasSize(1);
    assertThat(file.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo(AmfiReader.REASON_BAD_CODE));
    assertThat(server.takeRequest().getPath()).isEqualTo("/spages/SIF_NAVAll.txt");
  }

  @Test
  void history_sendsAmfiDatesAndFundId() throws Exception {
    server.enqueue(okFixture("navhistory-plan-option-crlf.txt"));
    server.enqueue(okFixture("navhistory-plan-option-crlf.txt"));
    AmfiClient client = client();

    AmfiFile all = client.history(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)).value();
    AmfiFile one = client.history(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), 53).value();

    assertThat(all.layout()).isEqualTo(AmfiLayout.HISTORY_WITH_PLAN_OPTION);
    assertThat(all.rows()).hasSize(4);
    assertThat(one.rows()).hasSize(4);
    assertThat(server.takeRequest().getPath())
        .isEqualTo("/DownloadNAVHistoryReport_Po.aspx?frmdt=01-Apr-2026&todt=02-Apr-2026");
    assertThat(server.takeRequest().getPath())
        .isEqualTo("/DownloadNAVHistoryReport_Po.aspx?mf=53&frmdt=01-Apr-2026&todt=02-Apr-2026");
  }

  @Test
  void history_rangeBackwards_throwsNamingArgument() {
    assertThatThrownBy(() -> client().history(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to:");
    assertThatThrownBy(() -> client().history(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mutualFundId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void daily_500Then503ThenSuccess_retriesWithBackoff() {
    server.enqueue(status(500));
    server.enqueue(status(503));
    server.enqueue(okFixture("navall-6-crlf.txt"));

    AmfiFile file = client().daily().value();

    assertThat(file.rows()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void daily_500OnEveryAttempt_throwsUnavailableWithStatusAndAttempts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }

    assertThatThrownBy(() -> client().daily())
        .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.status()).hasValue(500);
          assertThat(e.source()).isEqualTo("AMFI");
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void daily_429WithRetryAfterSeconds_waitsAsAsked() {
    server.enqueue(status(429).setHeader("Retry-After", "7"));
    server.enqueue(okFixture("navall-6-crlf.txt"));

    assertThat(client().daily().value().rows()).hasSize(4);

    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void daily_429WithRetryAfterDate_waitsUntilThatDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(ZonedDateTime.ofInstant(clock.instant().plusSeconds(12), java.time.ZoneOffset.UTC));
    server.enqueue(status(429).setHeader("Retry-After", date));
    server.enqueue(okFixture("navall-6-crlf.txt"));

    client().daily();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void daily_429AskingLongerThanCap_throwsRateLimitedAtOnce() {
    server.enqueue(status(429).setHeader("Retry-After", "3600"));

    assertThatThrownBy(() -> client().daily())
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).hasValue(Duration.ofHours(1));
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void daily_429OnEveryAttempt_throwsRateLimited() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(429));
    }

    assertThatThrownBy(() -> client().daily()).isInstanceOf(RateLimitedException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void daily_droppedConnectionThenSuccess_retries() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(okFixture("navall-6-crlf.txt"));

    assertThat(client().daily().value().rows()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void daily_bodyCutBelowContentLength_isUnavailableNotPartial() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(okFixture("navall-6-crlf.txt")
          .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }

    assertThatThrownBy(() -> client().daily()).isInstanceOf(SourceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void daily_fileCutInsideALine_isUnavailableNotPartial() {
    byte[] whole = fixture("navall-6-crlf.txt");
    byte[] cut = Arrays.copyOf(whole, whole.length - 20);
    for (int i = 0; i < 3; i++) {
      server.enqueue(ok(cut));
    }

    assertThatThrownBy(() -> client().daily()).isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void daily_htmlPageWith200_isUnavailableAndRetried() {
    server.enqueue(okFixture("amfi-error.html").setHeader("Content-Type", "text/html"));
    server.enqueue(okFixture("navall-6-crlf.txt"));

    assertThat(client().daily().value().rows()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void daily_htmlPageEveryTime_throwsUnavailableNamingHtml() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(okFixture("amfi-error.html"));
    }

    assertThatThrownBy(() -> client().daily()).isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("HTML page");
  }

  @Test
  void daily_emptyFile_throwsUnavailable() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(ok(new byte[0]));
    }

    assertThatThrownBy(() -> client().daily()).isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("empty body");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void daily_bodyTricklesPastCallTimeout_throwsUnavailable() {
    AmfiClient client = AmfiClient.builder().baseUrl(baseUrl())
        .httpClient(DefaultHttp.builder().readTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofMillis(300)).build())
        .clock(clock).sleeper(sleeper)
        .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ZERO))
        .build();
    server.enqueue(trickle(fixture("navall-6-crlf.txt")));
    server.enqueue(trickle(fixture("navall-6-crlf.txt")));

    assertThatThrownBy(client::daily).isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("timed out");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void daily_404_notRetried() {
    server.enqueue(status(404));

    assertThatThrownBy(() -> client().daily())
        .isInstanceOfSatisfying(SourceUnavailableException.class,
            e -> assertThat(e.status()).hasValue(404));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void dailyBytes_returnsTheCheckedBytes() {
    server.enqueue(okFixture("navall-8-lf.txt"));

    assertThat(client().dailyBytes()).isEqualTo(fixture("navall-8-lf.txt"));
  }

  @Test
  void defaultHttpClient_hasConnectReadAndCallTimeouts() {
    assertThat(DefaultHttp.client().connectTimeoutMillis()).isPositive();
    assertThat(DefaultHttp.client().readTimeoutMillis()).isPositive();
    assertThat(DefaultHttp.client().callTimeoutMillis()).isPositive();
    assertThat(DefaultHttp.client().retryOnConnectionFailure()).isFalse();
    assertThat(AmfiClient.builder().build().dailyAddress())
        .isEqualTo("https://portal.amfiindia.com/spages/NAVAll.txt");
    assertThat(AmfiClient.builder().build()
        .historyAddress(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 4), 0))
        .isEqualTo("https://portal.amfiindia.com/DownloadNAVHistoryReport_Po.aspx"
            + "?frmdt=05-Jan-2026&todt=04-Feb-2026");
  }

  @Test
  void historyAddress_negativeFundId_isRefusedLikeTheFetches() {
    // Regression: a negative id silently gave the all-fund-houses address.
    assertThatThrownBy(() -> AmfiClient.builder().build()
        .historyAddress(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 4), -53))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mutualFundId");
  }
}
