package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.SchemeCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The mfapi.in client against a MockWebServer replaying mfapi's JSON, with faults. */
class MfApiClientTest extends ClientTestSupport {

  private static final SchemeCode CODE = SchemeCode.of(950101);

  private MfApiClient client() {
    return MfApiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock).sleeper(sleeper)
        .retryPolicy(RETRY).build();
  }

  @Test
  void history_readsMetaAndSeries_leavesOutImpossibleDateAndZeroNav() throws Exception {
    server.enqueue(okFixture("mfapi-history-950101.json"));

    MfApiHistory h = client().history(CODE).value().orElseThrow();

    assertThat(h.meta().code()).isEqualTo(CODE);
    assertThat(h.meta().fundHouse()).isEqualTo("Godavari Mutual Fund");
    assertThat(h.meta().schemeCategory()).isEqualTo("Equity Scheme - Large Cap Fund");
    assertThat(h.meta().isinGrowth()).map(Isin::value).hasValueSatisfying(v -> assertThat(v).startsWith("INF9GD"));
    assertThat(h.meta().isinReinvestment()).isEmpty();
    // Newest first in the JSON, sorted by date in the series.
    assertThat(h.series().toList()).containsExactly(
        NavPoint.of(LocalDate.of(2026, 2, 24), "149.93100"),
        NavPoint.of(LocalDate.of(2026, 2, 26), "150.88000"),
        NavPoint.of(LocalDate.of(2026, 2, 27), "151.20000"));
    // 31-02-2026 is an error, never 28 February; a zero NAV is not a NAV.
    assertThat(h.problems()).extracting(Problem::field).containsExactly("date", "nav");
    assertThat(h.problems().get(0).raw()).isEqualTo("{\"date\":\"31-02-2026\",\"nav\":\"150.10000\"}");
    assertThat(h.problems().get(0).line()).isEqualTo(4);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/mf/950101");
    assertThat(request.getHeader("User-Agent")).startsWith("lumpsum/");
  }

  @Test
  void latest_readsOnePoint() throws Exception {
    server.enqueue(okFixture("mfapi-latest-950101.json"));

    MfApiHistory h = client().latest(CODE).value().orElseThrow();

    assertThat(h.series().toList()).containsExactly(NavPoint.of(LocalDate.of(2026, 2, 27), "151.20000"));
    assertThat(server.takeRequest().getPath()).isEqualTo("/mf/950101/latest");
  }

  @Test
  void history_unknownCode_isNotFoundNotAnEmptySeries() {
    server.enqueue(okFixture("mfapi-unknown.json"));

    Fetched<Optional<MfApiHistory>> got = client().history(SchemeCode.of(999999));

    assertThat(got.value()).isEmpty();
    assertThat(got.stale()).isFalse();
  }

  @Test
  void history_answerAboutAnotherScheme_isFormatError() {
    server.enqueue(okFixture("mfapi-history-950101.json"));

    assertThatThrownBy(() -> client().history(SchemeCode.of(950102)))
        .isInstanceOf(SourceFormatException.class).hasMessageContaining("950101");
  }

  @Test
  void schemes_readsListWithProblemForBadCode() throws Exception {
    server.enqueue(okFixture("mfapi-schemes.json"));

    ParseResult<MfApiScheme> r = client().schemes().value();

    assertThat(r.values()).extracting(MfApiScheme::code)
        .containsExactly(SchemeCode.of(950101), SchemeCode.of(950102), SchemeCode.of(950201));
    assertThat(r.values().get(1).isinReinvestment()).isPresent();
    assertThat(r.values().get(2).isinGrowth()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.isWholeRow()).isTrue();
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.raw()).contains("95O103");
      assertThat(p.reason()).contains("schemeCode");
    });
    assertThat(server.takeRequest().getPath()).isEqualTo("/mf");
  }

  @Test
  void search_encodesTheQuery() throws Exception {
    server.enqueue(okFixture("mfapi-schemes.json"));

    client().search(" Godavari large cap ");

    assertThat(server.takeRequest().getPath()).isEqualTo("/mf/search?q=Godavari%20large%20cap");
    assertThatThrownBy(() -> client().search("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query");
  }

  @Test
  void history_malformedJson_formatErrorNotRetriedNotCached() {
    server.enqueue(ok("{\"meta\":{\"scheme_code\":950101},\"data\":[{\"date\":\"27-02-2026\" \"nav\":\"1\"}]}"
        .getBytes(StandardCharsets.UTF_8)));
    server.enqueue(okFixture("mfapi-history-950101.json"));
    MfApiClient client = client();

    assertThatThrownBy(() -> client.history(CODE)).isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("line 1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    // Nothing was cached from the bad answer: the next call fetches again.
    assertThat(client.history(CODE).value()).isPresent();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void history_jsonCutShort_retriedThenRead() {
    byte[] whole = fixture("mfapi-history-950101.json");
    server.enqueue(ok(Arrays.copyOf(whole, whole.length / 2)));
    server.enqueue(okFixture("mfapi-history-950101.json"));

    assertThat(client().history(CODE).value()).isPresent();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void history_htmlPageInPlaceOfJson_unavailable() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(okFixture("amfi-error.html"));
    }

    assertThatThrownBy(() -> client().history(CODE)).isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("HTML page");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void history_notAnObject_formatError() {
    server.enqueue(ok("[1,2]".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> client().history(CODE)).isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("expected an object");
  }

  @Test
  void history_sourceDown_servesStaleCopy() {
    server.enqueue(okFixture("mfapi-history-950101.json"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(502));
    }
    MfApiClient client = client();
    clock.set(at("2026-11-26T09:00"));
    client.history(CODE);
    clock.set(at("2026-11-26T10:30"));

    Fetched<Optional<MfApiHistory>> got = client.history(CODE);

    assertThat(got.stale()).isTrue();
    assertThat(got.value()).isPresent();
    assertThat(server.getRequestCount()).isEqualTo(4);
  }
}
