package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.testkit.RealData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A real NAV history in mfapi's JSON shape. No real mfapi answer is on file (SOURCES.md, "Not found"),
 * so the answer is derived at run time, never committed: UTI Money Market Fund's 11,284 real rows
 * ({@code dd/MM/yyyy,nav}, newest first) rewritten as mfapi's {@code data} rows under a made-up meta.
 */
class MfApiClientRealDataTest extends ClientTestSupport {

  @Test
  void history_realSeriesInMfApiShape_everyRowReadOrReported() throws Exception {
    List<String> lines = Files.readAllLines(RealData.require(
        "nav-history-2016-utkarshohm/selected-schemes/UTIMoneyMarketRetailGrowth.csv"));
    StringBuilder json = new StringBuilder("{\"meta\":{\"scheme_code\":950999,"
        + "\"scheme_name\":\"derived\",\"fund_house\":\"UTI Mutual Fund\"},\"data\":[\n");
    Set<String> dates = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      dates.add(f[0]);
      json.append(i == 0 ? "" : ",\n").append("{\"date\":\"").append(f[0].replace('/', '-'))
          .append("\",\"nav\":\"").append(f[1]).append("\"}");
    }
    json.append("],\"status\":\"SUCCESS\"}\n");
    server.enqueue(ok(json.toString().getBytes(StandardCharsets.UTF_8)));
    MfApiClient client = MfApiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock)
        .sleeper(sleeper).retryPolicy(RETRY).build();

    MfApiHistory h = client.history(SchemeCode.of(950999)).value().orElseThrow();

    // SOURCES.md: 11,284 rows; the file repeats some dates, each repeat is reported, none dropped.
    assertThat(lines).hasSize(11_284);
    assertThat(h.series().size()).isEqualTo(dates.size());
    assertThat(h.series().size() + h.problems().size()).isEqualTo(11_284);
    assertThat(h.problems()).allSatisfy(p -> assertThat(p.reason()).startsWith("date given twice"));
    assertThat(h.series().lastDate()).hasValue(LocalDate.of(2016, 2, 22));
    assertThat(h.series().exact(LocalDate.of(2016, 2, 22)))
        .hasValue(NavPoint.of(LocalDate.of(2016, 2, 22), "4052.29"));
  }
}
