package in.lumpsum.examples.cli;

import static in.lumpsum.examples.cli.XirrCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.examples.cli.XirrCommandTest.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lumpsum backtest sip|swp|stp}, run in-process.
 *
 * <p>Fixtures written for these tests ({@code src/test/resources/backtest/}): {@code fund.csv} in
 * the 2016 history's {@code DD/MM/YYYY,nav} layout (newest first), weekdays of March to May 2024
 * at 20.0000 rising by 0.0125 a NAV, with weekends and a few weekdays (25 and 29 March, 11 and 17
 * April, 1 May) without a NAV; {@code target.csv}, an ISO {@code date,nav} CSV with a header,
 * every weekday of the same months at 50.0000 falling by 0.05 a day. NAVs used below: 4 March
 * 20.0125, 2 April 20.2500, 2 May 20.4875, 31 May 20.7500. {@code liquid-daily.csv} (every
 * calendar day) and {@code equity-weekdays.csv} (weekdays), 1 November 2023 to 31 January 2024 at
 * a level 1000.0000 and 50.0000, for a switch out on a Saturday.
 */
class BacktestCommandTest {

  private static final String UTI_NIFTY =
      "nav-history-2016-utkarshohm/selected-schemes/UTINiftyFundGrowth.csv";
  private static final String NIFTY_50 = "nav-history-2016-utkarshohm/index_values/NIFTY50.csv";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String fixture(String name) {
    try {
      return Path.of(BacktestCommandTest.class.getResource("/backtest/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(Run r) throws IOException {
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private static List<JsonNode> ofType(JsonNode root, String type) {
    List<JsonNode> found = new ArrayList<>();
    root.get("transactions").forEach(t -> {
      if (t.get("type").asText().equals(type)) {
        found.add(t);
      }
    });
    return found;
  }

  /**
   * ₹1,000 a month from Saturday 2 March 2024 to 31 May 2024, by hand. Stamp duty (0.005% from 1
   * July 2020, out of the amount paid): 1,000 × 0.00005 / 1.00005 = 0.0499975, ₹0.05, leaving
   * ₹999.95 to buy units. Instalment 1 is allotted on Monday 4 March (no NAV on the Saturday):
   * 999.95 / 20.0125 = 49.96627… = 49.966 units; 2 April: 999.95 / 20.25 = 49.38024… = 49.380;
   * 2 May: 999.95 / 20.4875 = 48.80781… = 48.808. Units 148.154 × 20.75 = ₹3,074.1955, ₹3,074.20;
   * invested ₹3,000.00, stamp duty ₹0.15, gain ₹74.20.
   */
  @Test
  void stp_yearEndBetweenASaturdaySwitchOutAndTheMondaySwitchIn_showsTheSourceAfterIt() {
    // Fixtures written for this test: a liquid fund at ₹1,000.0000 every calendar day, an equity
    // fund at ₹50.0000 on weekdays, 1 Nov 2023 to 31 Jan 2024. ₹3,00,000 on Thu 30 Nov 2023, less
    // stamp duty 0.005% (₹15), buys 299.985 units. The first transfer, Sat 30 Dec, switches
    // 100.000 units out; they are switched in on Mon 1 Jan 2024. On 31 Dec the liquid fund holds
    // 199.985 units (₹1,99,985.00) and the equity fund none: ₹1,00,000 is in transit.
    Run r = run("backtest", "stp", "--source", fixture("liquid-daily.csv"), "--target",
        fixture("equity-weekdays.csv"), "--lumpsum", "300000", "--transfer", "100000",
        "--from", "2023-11-30", "--to", "2024-01-31", "--debt");
    assertThat(r.exit()).isZero();
    String row = r.out().lines().filter(l -> l.startsWith("2023-12-31")).findFirst().orElseThrow();
    assertThat(row).contains("199.985").contains("1,99,985.00").doesNotContain("299.985");
  }

  @Test
  void sip_fixture_handChecked_text() {
    Run r = run("backtest", "sip", "--navs", fixture("fund.csv"), "--amount", "1000", "--from",
        "2024-03-02", "--to", "2024-05-31");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Back-test of a SIP of ₹1,000.00 a month from 2 March 2024 to 31 May 2024")
        .contains("(DD/MM/YYYY,nav; 61 values, 2024-03-01 to 2024-05-31)")
        .contains("scheme 99999999 (placeholder: give --scheme), equity-oriented")
        .contains("on day 2 of each month from 2024-03-02, each allotted at the NAV on or after")
        .contains("rounded half up to 3 decimals").contains("stamp duty: 0.005% from 2020-07-01")
        .contains("STT: 0.001% from 2013-06-01").contains("exit load: none")
        .containsPattern("Invested +₹3,000.00").containsPattern("Withdrawn +₹0.00")
        .containsPattern("Stamp duty +₹0.15").containsPattern("Final value +₹3,074.20")
        .containsPattern("Gain +₹74.20").containsPattern("XIRR +\\d+\\.\\d{4}% a year")
        .containsPattern("2024-05-31 +148.154 +20.7500 +3,074.20")
        .doesNotContain("Benchmark");
  }

  @Test
  void sip_fixture_json_everyTransaction_andTheHoldings() throws IOException {
    JsonNode root = json(run("backtest", "sip", "--navs", fixture("fund.csv"), "--amount", "1000",
        "--from", "2024-03-02", "--scheme", "119551", "--json"));
    assertThat(root.get("command").asText()).isEqualTo("backtest sip");
    // --to defaults to the file's last date.
    assertThat(root.get("inputs").get("to").asText()).isEqualTo("2024-05-31");
    assertThat(root.get("inputs").get("schemes").get(0).get("scheme").asInt()).isEqualTo(119551);
    List<JsonNode> sips = ofType(root, "SIP_PURCHASE");
    assertThat(sips).extracting(t -> t.get("date").asText())
        .containsExactly("2024-03-04", "2024-04-02", "2024-05-02");
    assertThat(sips).extracting(t -> t.get("units").asText())
        .containsExactly("49.966", "49.380", "48.808");
    JsonNode first = sips.get(0);
    assertThat(first.get("amount").asText()).isEqualTo("999.95");
    assertThat(first.get("nav").asText()).isEqualTo("20.0125");
    assertThat(first.get("scheme").asInt()).isEqualTo(119551);
    assertThat(ofType(root, "STAMP_DUTY")).extracting(t -> t.get("amount").asText())
        .containsExactly("0.05", "0.05", "0.05");
    JsonNode totals = root.get("totals");
    assertThat(totals.get("invested").asText()).isEqualTo("3000.00");
    assertThat(totals.get("stampDuty").asText()).isEqualTo("0.15");
    assertThat(totals.get("finalValue").asText()).isEqualTo("3074.20");
    assertThat(totals.get("gain").asText()).isEqualTo("74.20");
    assertThat(totals.get("xirr").get("rate").asDouble()).isPositive();
    JsonNode holdings = root.get("holdings");
    assertThat(holdings).hasSize(4);
    assertThat(holdings.get(3).get("units").asText()).isEqualTo("148.154");
    assertThat(holdings.get(3).get("value").asText()).isEqualTo("3074.20");
    assertThat(root.get("yearEnds")).hasSize(1);
    assertThat(root.get("benchmark").isNull()).isTrue();
  }

  /**
   * ₹1,00,000 bought on Monday 4 March 2024, ₹10,000 a month out with 1% exit load within 365
   * days, by hand. Stamp duty 1,00,000 × 0.00005 / 1.00005 = ₹5.00; 99,995 / 20.0125 = 4,996.627
   * units. 2 April: 10,000 / 20.25 = 493.827 units, worth 493.827 × 20.25 = 9,999.99675, ₹10,000.00;
   * load 1% ₹100.00; STT 0.001% of the ₹9,900.00 after load = 0.099, ₹0.10; received ₹9,899.90.
   * 2 May: 10,000 / 20.4875 = 488.103 units, worth ₹10,000.01; load ₹100.00; STT ₹0.10; received
   * ₹9,899.91. Left 4,014.697 units × 20.75 = ₹83,304.96; withdrawn ₹19,799.81; gain
   * 83,304.96 + 19,799.81 − 1,00,000 = ₹3,104.77.
   */
  @Test
  void swp_fixture_exitLoadAndStt_handChecked() throws IOException {
    JsonNode root = json(run("backtest", "swp", "--navs", fixture("fund.csv"), "--corpus",
        "100000", "--withdrawal", "10000", "--from", "2024-03-02", "--exit-load", "1%:365",
        "--json"));
    JsonNode totals = root.get("totals");
    assertThat(totals.get("stampDuty").asText()).isEqualTo("5.00");
    assertThat(totals.get("exitLoad").asText()).isEqualTo("200.00");
    assertThat(totals.get("stt").asText()).isEqualTo("0.20");
    assertThat(totals.get("withdrawn").asText()).isEqualTo("19799.81");
    assertThat(totals.get("finalValue").asText()).isEqualTo("83304.96");
    assertThat(totals.get("gain").asText()).isEqualTo("3104.77");
    List<JsonNode> out = ofType(root, "REDEMPTION");
    assertThat(out).extracting(t -> t.get("units").asText()).containsExactly("493.827", "488.103");
    assertThat(out.get(0).get("amount").asText()).isEqualTo("9900.00");
    assertThat(ofType(root, "STT")).extracting(t -> t.get("amount").asText())
        .containsExactly("0.10", "0.10");
    assertThat(root.get("inputs").get("exitLoad").get(0).get("within").asText())
        .isEqualTo("P365D");

    Run text = run("backtest", "swp", "--navs", fixture("fund.csv"), "-c", "100000", "-w",
        "10000", "--from", "2024-03-02", "--exit-load", "1%:90,0.5%:12m", "--debt");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("exit load: 1% within 90 days, 0.5% within 12 months of allotment")
        .contains("STT: none (--debt: not an equity-oriented fund)")
        .containsPattern("Exit load +₹200.00").containsPattern("STT +₹0.00");
  }

  @Test
  void stp_fixture_switchesIntoTheTarget() throws IOException {
    JsonNode root = json(run("backtest", "stp", "--source", fixture("fund.csv"), "--target",
        fixture("target.csv"), "--lumpsum", "30000", "--transfer", "10000", "--from",
        "2024-03-02", "--debt", "--json"));
    assertThat(ofType(root, "SWITCH_OUT")).extracting(t -> t.get("date").asText())
        .containsExactly("2024-04-02", "2024-05-02");
    List<JsonNode> in = ofType(root, "SWITCH_IN");
    assertThat(in).hasSize(2);
    // ₹10,000.00 switched out less stamp duty of 10,000 × 0.00005 / 1.00005 = ₹0.50.
    assertThat(in.get(0).get("amount").asText()).isEqualTo("9999.50");
    assertThat(in.get(0).get("scheme").asInt()).isEqualTo(BacktestReport.PLACEHOLDER);
    assertThat(ofType(root, "PURCHASE").get(0).get("scheme").asInt())
        .isEqualTo(BacktestReport.SOURCE_PLACEHOLDER);
    JsonNode end = root.get("yearEnds").get(0);
    assertThat(end.get("holdings")).hasSize(2);
    assertThat(end.get("value").asText())
        .isEqualTo(root.get("totals").get("finalValue").asText());
    Run same = run("backtest", "stp", "--source", fixture("fund.csv"), "--target",
        fixture("target.csv"), "-l", "30000", "-t", "10000", "--from", "2024-03-02",
        "--source-scheme", "5", "--target-scheme", "5");
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err()).contains("--target-scheme");
  }

  @Test
  void usageErrors_exit2_andNameTheOption() {
    String fund = fixture("fund.csv");
    Run missing = run("backtest", "sip", "--amount", "1000", "--from", "2024-03-02");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--navs=FILE'");
    Run badDate = run("backtest", "sip", "--navs", fund, "--amount", "1000", "--from",
        "2024-02-30");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--from").contains("2024-02-30");
    Run badLoad = run("backtest", "sip", "--navs", fund, "--amount", "1000", "--from",
        "2024-03-02", "--exit-load", "1%");
    assertThat(badLoad.exit()).isEqualTo(2);
    assertThat(badLoad.err()).contains("--exit-load").contains("'1%' is not PERCENT%:PERIOD");
    Run badPeriod = run("backtest", "swp", "--navs", fund, "-c", "1000", "-w", "10", "--from",
        "2024-03-02", "--exit-load", "1%:soon");
    assertThat(badPeriod.exit()).isEqualTo(2);
    assertThat(badPeriod.err()).contains("--exit-load").contains("'1%:soon'");
    Run noPeriod = run("backtest", "swp", "--navs", fund, "-c", "1000", "-w", "10", "--from",
        "2024-03-02", "--exit-load", "1%:");
    assertThat(noPeriod.exit()).isEqualTo(2);
    assertThat(noPeriod.err()).contains("--exit-load").contains("no period after the ':'");
    Run noneAndTiers = run("backtest", "swp", "--navs", fund, "-c", "1000", "-w", "10", "--from",
        "2024-03-02", "--exit-load", "none,1%:365");
    assertThat(noneAndTiers.exit()).isEqualTo(2);
    assertThat(noneAndTiers.err()).contains("--exit-load: 'none' and tiers");
    Run disorder = run("backtest", "swp", "--navs", fund, "-c", "1000", "-w", "10", "--from",
        "2024-03-02", "--exit-load", "1%:365", "--exit-load", "2%:90");
    assertThat(disorder.exit()).isEqualTo(2);
    assertThat(disorder.err()).contains("--exit-load: 1% within 365 days, 2% within 90 days:");
    Run negative = run("backtest", "sip", "--navs", fund, "--amount", "-5", "--from",
        "2024-03-02");
    assertThat(negative.exit()).isEqualTo(2);
    assertThat(negative.err()).contains("--amount: must be above zero");
    Run early = run("backtest", "sip", "--navs", fund, "--amount", "1000", "--from",
        "2023-01-01");
    assertThat(early.exit()).isEqualTo(2);
    assertThat(early.err()).contains("--from: scheme 99999999 has no NAV until 2024-03-01");
    Run backwards = run("backtest", "sip", "--navs", fund, "--amount", "1000", "--from",
        "2024-03-02", "--to", "2024-03-01");
    assertThat(backwards.exit()).isEqualTo(2);
    assertThat(backwards.err()).contains("--to: must be after start 2024-03-02");
    Run noFile = run("backtest", "sip", "--navs", "no-such.csv", "--amount", "1000", "--from",
        "2024-03-02");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("--navs: no such file: no-such.csv");
    Run code = run("backtest", "sip", "--navs", fund, "--amount", "1000", "--from",
        "2024-03-02", "--scheme", "ABC");
    assertThat(code.exit()).isEqualTo(2);
    assertThat(code.err()).contains("--scheme: 'ABC' is not a scheme code");
    assertThat(run("backtest").exit()).isEqualTo(2);
  }

  /**
   * The real-data check: ₹5,000 a month in UTI Nifty Fund from 1 January 2015 to the file's last
   * NAV (22 February 2016), against the NIFTY 50 price index ({@code ../shared/data/SOURCES.md},
   * section 5).
   */
  @Test
  void sip_utiNiftyAgainstNifty50_realData() throws IOException {
    Path fund = RealData.require(UTI_NIFTY);
    Path index = RealData.require(NIFTY_50);
    String[] args = {"backtest", "sip", "--navs", fund.toString(), "--amount", "5000", "--from",
        "2015-01-01", "--benchmark", index.toString()};
    Run text = run(args);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).containsPattern("\nXIRR +-?\\d+\\.\\d{4}% a year")
        .containsPattern("\nBenchmark XIRR +-?\\d+\\.\\d{4}% a year")
        .containsPattern("Benchmark value +₹")
        .contains("NSE index CSV (close)").contains("Holdings at each year end and at the end:")
        .containsPattern("2015-12-31 +[0-9,.]+ +[0-9.]+ +[0-9,.]+ +[0-9,.]+");

    String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
    withJson[args.length] = "--json";
    JsonNode root = json(run(withJson));
    assertThat(root.get("inputs").get("to").asText()).isEqualTo("2016-02-22");
    // January 2015 to February 2016: 14 instalments, before stamp duty began.
    assertThat(ofType(root, "SIP_PURCHASE")).hasSize(14);
    JsonNode totals = root.get("totals");
    assertThat(totals.get("invested").asText()).isEqualTo("70000.00");
    assertThat(totals.get("stampDuty").asText()).isEqualTo("0.00");
    assertThat(totals.get("xirr").get("rate").isNumber()).isTrue();
    assertThat(root.get("benchmark").get("xirr").get("rate").isNumber()).isTrue();
    JsonNode holdings = root.get("holdings");
    JsonNode last = holdings.get(holdings.size() - 1);
    assertThat(last.get("date").asText()).isEqualTo("2016-02-22");
    assertThat(last.get("value").asText()).isEqualTo(totals.get("finalValue").asText());
    JsonNode benchHoldings = root.get("benchmark").get("holdings");
    assertThat(benchHoldings.get(benchHoldings.size() - 1).get("value").asText())
        .isEqualTo(root.get("benchmark").get("finalValue").asText());
    JsonNode years = root.get("yearEnds");
    assertThat(years.get(years.size() - 1).get("value").asText())
        .isEqualTo(totals.get("finalValue").asText());
  }
}
