package in.lumpsum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code lumpsum demo --live}, offline: a MockWebServer plays AMFI. */
class DemoLiveTest {

  /** AMFI's daily file with Plan/Option (CRLF), written for this test: made-up schemes and ISINs. */
  private static final String NAVALL = String.join("\r\n",
      "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;Option;"
          + "Net Asset Value;Date",
      " ", "Open Ended Schemes(Other Scheme - Index Funds)", " ", "Kaveri Mutual Fund", " ",
      "950601;INF9KV01A015;-;Kaveri Nifty 50 Index Fund;Direct Plan;Growth;152.3400;26-Nov-2026",
      " ", "Open Ended Schemes(Equity Scheme - Flexi Cap Fund)", " ",
      "950602;INF9KV01A023;-;Kaveri Flexi Cap Fund;Direct Plan;Growth;88.1200;26-Nov-2026",
      " ", "Open Ended Schemes(Debt Scheme - Liquid Fund)", " ",
      "950603;INF9KV01A031;-;Kaveri Liquid Fund;Direct Plan;Growth;3120.5566;26-Nov-2026",
      "");

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static List<Object> run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      int code = LumpsumCli.run(args);
      return List.of(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void live_fetchesTodaysFileFromAmfi_andRunsOnIt() throws InterruptedException {
    server.enqueue(new MockResponse().setBody(NAVALL));

    List<Object> r = run("demo", "--live", "--amfi-url", server.url("/").toString());

    assertThat(r.get(0)).isEqualTo(0);
    assertThat((String) r.get(1)).contains("REAL schemes and NAVs from 1 AMFI daily file(s)")
        .contains("Kaveri").contains("Valued on  2026-11-26");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/spages/NAVAll.txt");
    assertThat(request.getHeader("User-Agent")).startsWith("lumpsum/");
  }

  @Test
  void live_anHtmlPageInPlaceOfTheFile_failsNamingAmfi_andRunsNothing() {
    // Every attempt (the client retries) gets the page.
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "text/html")
            .setBody("<!DOCTYPE html><html><body>Service Unavailable</body></html>");
      }
    });

    List<Object> r = run("demo", "--live", "--amfi-url", server.url("/").toString());

    assertThat(r.get(0)).isEqualTo(1);
    assertThat((String) r.get(2)).contains("lumpsum:").containsIgnoringCase("html");
    assertThat((String) r.get(1)).doesNotContain("Valued on");
  }

  @Test
  void live_withNavall_isAUsageError() {
    List<Object> r = run("demo", "--live", "--navall", "x.txt");

    assertThat(r.get(0)).isEqualTo(2);
    assertThat((String) r.get(2)).contains("--live and --navall");
  }
}
