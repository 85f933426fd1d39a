package in.lumpsum.examples.cli;

import static in.lumpsum.examples.cli.XirrCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.examples.cli.XirrCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {

  private static final String UTI_NIFTY =
      "nav-history-2016-utkarshohm/selected-schemes/UTINiftyFundGrowth.csv";
  private static final String NIFTY_50 = "nav-history-2016-utkarshohm/index_values/NIFTY50.csv";

  @TempDir
  Path dir;

  /** An ISO file with header: 12% a year on weekdays for four years, written here. */
  private Path isoSeries() throws IOException {
    StringBuilder b = new StringBuilder("date,nav\n");
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (LocalDate d = start; d.isBefore(LocalDate.of(2024, 1, 2)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        double nav = 10 * Math.pow(1.12, (d.toEpochDay() - start.toEpochDay()) / 365.0);
        b.append(d).append(',').append(String.format(java.util.Locale.ROOT, "%.6f", nav))
            .append('\n');
      }
    }
    return Files.writeString(dir.resolve("iso.csv"), b);
  }

  @Test
  void metrics_isoFile_text() throws IOException {
    Run r = run("metrics", isoSeries().toString(), "--rf", "6.5");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("(CSV with header)").contains("3Y").contains("12.00% CAGR")
        .contains("n/a SERIES_TOO_SHORT: 5Y to 2024-01-01 starts 2019-01-01").contains("Sharpe")
        .contains("max drawdown none").contains(" 3Y SIP XIRR     261 windows")
        .contains(" 5Y SIP XIRR     n/a")
        .contains("risk-free 6.50%");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void metrics_json_isValid_andHasTypedGaps() throws IOException {
    Run r = run("metrics", "--json", isoSeries().toString());
    assertThat(r.exit()).isZero();
    JsonNode node = new ObjectMapper().readTree(r.out());
    assertThat(node.get("trailing").get("1Y").get("value").asDouble())
        .isCloseTo(0.12, within(2e-3));
    assertThat(node.get("trailing").get("10Y").get("reason").asText())
        .isEqualTo("SERIES_TOO_SHORT");
    assertThat(node.get("rolling").get("3Y").get("sip").get("median").asDouble())
        .isCloseTo(0.12, within(1e-4));
    assertThat(node.get("rolling").get("1Y").get("lumpsum").get("windows").asInt())
        .isGreaterThan(700);
    assertThat(node.get("rolling").get("10Y").get("sip").isNull()).isTrue();
    assertThat(node.get("risk").get("maxDrawdown").isNull()).isTrue();
    assertThat(node.get("benchmark").isNull()).isTrue();
  }

  @Test
  void metrics_badLines_areSkippedWithAWarning_tooShortFails() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"),
        "01/01/2024,10\n02/01/2024,abc\n03/01/2024,10.5\n03/01/2024,11\n04/01/2024,10.2\n");
    Run r = run("metrics", file.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("bad.csv:2: nav:").contains("bad.csv:4: nav: date 2024-01-03"
        + " repeated with a different value; the first, 10.5, is kept");
    Path tiny = Files.writeString(dir.resolve("tiny.csv"), "2024-01-01,10\n2024-01-02,11\n");
    Run t = run("metrics", tiny.toString());
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.err()).contains("at least 3");
  }

  /** The real-data check through the command line: UTI Nifty Fund against NIFTY 50. */
  @Test
  void metrics_utiNiftyAgainstNifty50_json() throws IOException {
    Path fund = RealData.require(UTI_NIFTY);
    Path index = RealData.require(NIFTY_50);
    Run r = run("metrics", fund.toString(), "--benchmark", index.toString(), "--rf", "6.5",
        "--json");
    assertThat(r.exit()).isZero();
    JsonNode node = new ObjectMapper().readTree(r.out());
    assertThat(node.get("format").asText()).isEqualTo("DD/MM/YYYY,nav");
    assertThat(node.get("problems").asInt()).isZero();
    assertThat(node.get("risk").get("periodsPerYear").asDouble()).isBetween(235.0, 255.0);
    JsonNode b = node.get("benchmark");
    assertThat(b.get("beta").asDouble()).isCloseTo(0.99, within(0.01));
    assertThat(b.get("rSquared").asDouble()).isGreaterThan(0.99);
    // Published: NIFTY 50 and an index fund fell about 52% in calendar 2008.
    assertThat(node.get("calendarYears").get("2008").get("value").asDouble())
        .isCloseTo(-0.52, within(0.01));
    Run text = run("metrics", fund.toString(), "--benchmark", index.toString());
    assertThat(text.out()).contains("beta 0.98").contains("peak 2008-01-08");
  }

  @Test
  void metrics_nseIndexFile_isDetected() throws IOException {
    Path file = Files.writeString(dir.resolve("idx.csv"),
        "\"Date\",\"Open\",\"High\",\"Low\",\"Close\",\"Shares Traded\",\"Turnover (Rs. Cr)\"\n"
            + "\"01-Mar-2013\",\"     4483.00\",\"     4515.75\",\"     4475.30\",\"     4499.75\","
            + "\"-\",\"-\"\n"
            + "\"04-Mar-2013\",\"     4491.35\",\"     4491.35\",\"     4450.60\",\"     4470.15\","
            + "\"-\",\"-\"\n"
            + "\"05-Mar-2013\",\"     4483.65\",\"     4542.50\",\"     4483.65\",\"     4539.00\","
            + "\"-\",\"-\"\n");
    Run r = run("metrics", file.toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode node = new ObjectMapper().readTree(r.out());
    assertThat(node.get("format").asText()).isEqualTo("NSE index CSV (close)");
    assertThat(node.get("navs").asInt()).isEqualTo(3);
  }
}
