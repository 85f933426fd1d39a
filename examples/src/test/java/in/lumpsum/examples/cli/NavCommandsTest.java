package in.lumpsum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.testkit.RealData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lumpsum nav parse|show}, {@code funds search} and {@code demo --navall}, on written and real files. */
class NavCommandsTest {

  @TempDir
  Path dir;

  /** A made-up ISIN with a valid check digit. */
  private static String isin(int n) {
    String body = String.format("INF9KV03%03d", n);
    return body + Isin.checkDigit(body);
  }

  /** Two days in AMFI's layouts: 18 Aug 2026 with 6 fields, 19 Aug with 8 (written by lumpsum). */
  private Path[] files() throws IOException {
    String day1 = String.join("\r\n",
        "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date",
        " ", "Open Ended Schemes(Equity Scheme - Flexi Cap Fund)", " ", "Kaveri Mutual Fund", " ",
        "900401;" + isin(1) + ";-;Kaveri Flexi Cap Fund - Direct Plan - Growth;110.5000;18-Aug-2026",
        "900402;" + isin(2) + ";" + isin(3) + ";Kaveri Flexi Cap Fund - Regular Plan - IDCW;20.1000;18-Aug-2026",
        " ", "Open Ended Schemes(Debt Scheme - Liquid Fund)", " ",
        "900403;" + isin(4) + ";-;Kaveri Liquid Fund - Direct Plan - Growth;2500.1234;18-Aug-2026",
        "900404;" + isin(5) + ";-;Kaveri Liquid Fund - Regular Plan - Growth;N.A.;18-Aug-2026",
        " ", "Narmada Mutual Fund", " ",
        "900501;" + isin(6) + ";-;Narmada Liquid Fund - Direct Plan - Growth;1000.;18-Aug-2026",
        "900502;-;-;Narmada Broken Fund - Direct Plan - Growth;12.5;31-Feb-2026", "");
    String day2 = String.join("\n",
        "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;Option;"
            + "Net Asset Value;Date",
        " ", "Open Ended Schemes(Equity Scheme - Flexi Cap Fund)", " ", "Kaveri Mutual Fund", " ",
        "900401;" + isin(1) + ";-;Kaveri Flexi Cap Fund;Direct Plan;Growth;111.2500;19-Aug-2026",
        "900402;" + isin(2) + ";" + isin(3) + ";Kaveri Flexi Cap Fund;Regular Plan;IDCW;20.2000;19-Aug-2026",
        " ", "Open Ended Schemes(Debt Scheme - Liquid Fund)", " ",
        "900403;" + isin(4) + ";-;Kaveri Liquid Fund;;;2500.6000;19-Aug-2026", "");
    Path a = dir.resolve("navall-2026-08-18.txt");
    Files.writeString(a, day1, StandardCharsets.UTF_8);
    Path b = dir.resolve("navall-2026-08-19.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(b))) {
      out.write(day2.getBytes(StandardCharsets.UTF_8));
    }
    return new Path[] {a, b};
  }

  /** Runs the command line, returning exit code and standard output. */
  private static Map.Entry<Integer, String> run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      int code = LumpsumCli.run(args);
      return Map.entry(code, bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void navParse_printsLayoutCountsProblemsAndDates() throws IOException {
    Path[] f = files();
    var r = run("nav", "parse", f[0].toString());
    assertThat(r.getKey()).isZero();
    assertThat(r.getValue()).contains("Layout            DAILY\n")
        .contains("Data rows         6 (5 read, 1 left out)")
        .contains("Schemes           5, 2 fund houses")
        .contains("NAV rows          4 (1 rows without a NAV)")
        .contains("Dates covered     2026-08-18 to 2026-08-18")
        .contains("1  date is not a valid dd-MMM-yyyy date");
  }

  @Test
  void navParse_json_isTheSummary() throws IOException {
    Path[] f = files();
    var r = run("nav", "parse", "--json", f[1].toString());
    assertThat(r.getKey()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> json = JsonCodec.standard().fromJson(r.getValue(), Map.class);
    assertThat(json).containsEntry("layout", "DAILY_WITH_PLAN_OPTION").containsEntry("dataRows", 3)
        .containsEntry("schemes", 3).containsEntry("navRows", 3).containsEntry("problems", 0)
        .containsEntry("publicationDate", "2026-08-19");
  }

  @Test
  void navParse_unknownFormatOrMissingFile_failsWithAClearMessage() throws IOException {
    Path html = dir.resolve("error.html");
    Files.writeString(html, "<html><body>Service Unavailable</body></html>");
    assertThat(LumpsumCli.run("nav", "parse", html.toString())).isEqualTo(1);
    assertThat(LumpsumCli.run("nav", "parse", dir.resolve("missing.txt").toString())).isEqualTo(1);
    assertThat(LumpsumCli.run("nav", "parse")).isEqualTo(2);
    assertThat(LumpsumCli.run("nav")).isEqualTo(2);
  }

  @Test
  void navShow_byCodeOrIsin_acrossTheFormatChange() throws IOException {
    Path[] f = files();
    var r = run("nav", "show", "900403", "--navall", f[0].toString(), "--navall", f[1].toString());
    assertThat(r.getKey()).isZero();
    assertThat(r.getValue()).contains("900403  Kaveri Liquid Fund\n")
        .contains("Plan        DIRECT; option GROWTH")
        .contains("NAV         2500.6000 on 2026-08-19")
        .contains("NAVs held   2")
        .doesNotContain("Renamed");

    var byIsin = run("nav", "show", isin(3), "--date", "2026-08-18", "--navall", dir.toString());
    assertThat(byIsin.getKey()).isZero();
    assertThat(byIsin.getValue()).contains("900402").contains("NAV         20.1000 on 2026-08-18");

    assertThat(run("nav", "show", "999999", "--navall", f[0].toString()).getKey()).isEqualTo(1);
    assertThat(run("nav", "show", "not-an-id", "--navall", f[0].toString()).getKey()).isEqualTo(2);
    assertThat(run("nav", "show", "900401").getKey()).isEqualTo(2);
  }

  @Test
  void fundsSearch_wordsAndFilters() throws IOException {
    Path[] f = files();
    var r = run("funds", "search", "LIQUID fund", "--navall", f[0].toString());
    assertThat(r.getKey()).isZero();
    assertThat(r.getValue()).contains("3 scheme(s) match").contains("900403").contains("900404")
        .contains("900501");
    var narrowed = run("funds", "search", "liquid", "--navall", f[0].toString(), "--amc", "kaveri",
        "--plan", "direct");
    assertThat(narrowed.getValue()).contains("1 scheme(s) match").contains("900403");
    var flexi = run("funds", "search", "flexi-cap", "--navall", f[0].toString(), "--option", "idcw");
    assertThat(flexi.getValue()).contains("1 scheme(s) match").contains("900402");
    assertThat(run("funds", "search", "x", "--navall", f[0].toString(), "--plan", "gold").getKey())
        .isEqualTo(2);
  }

  @Test
  void demo_navall_runsOnTheFile_andDefaultStaysSample() throws IOException {
    Path[] f = files();
    var r = run("demo", "--navall", f[0].toString(), "--navall", f[1].toString());
    assertThat(r.getKey()).isZero();
    assertThat(r.getValue()).contains("REAL schemes and NAVs from 2 AMFI daily file(s), 2026-08-18 to "
        + "2026-08-19").contains("Kaveri Flexi Cap Fund").contains("Kaveri Liquid Fund")
        .contains("Valued on  2026-08-19").contains("FeedFormatChanged ×1");
    var sample = run("demo", "--as-of", "2026-08-19");
    assertThat(sample.getValue()).contains("SAMPLE DATA generated by lumpsum").contains("SchemeAdded ×4");
  }

  @Test
  void realFile_parseSearchShowAndDemo() {
    Path real = RealData.require("amfi-navall-daily-2026/navall-2026-08-19.txt.gz");
    var parse = run("nav", "parse", real.toString());
    assertThat(parse.getValue()).contains("DAILY_WITH_PLAN_OPTION").contains("Data rows         9107")
        .contains("most NAVs dated 2026-08-19");
    var search = run("funds", "search", "parag parikh flexi cap", "--navall", real.toString(),
        "--plan", "direct", "--option", "growth");
    assertThat(search.getValue()).contains("122639").contains("Parag Parikh Flexi Cap Fund");
    var show = run("nav", "show", "122639", "--navall", real.toString());
    assertThat(show.getValue()).contains("PPFAS Mutual Fund").contains("Plan        DIRECT");
    var demo = run("demo", "--navall", real.toString());
    assertThat(demo.getKey()).isZero();
    assertThat(demo.getValue()).contains("REAL schemes and NAVs from 1 AMFI daily file(s)")
        .contains("Valued on  2026-08-19");
  }
}
