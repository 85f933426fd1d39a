package in.lumpsum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XirrCommandTest {

  /** What a command printed and returned. */
  record Run(int exit, String out, String err) {
  }

  /** Runs the command line with standard output and error captured. */
  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = LumpsumCli.run(args);
      System.out.flush();
      System.err.flush();
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /**
   * Excel's XIRR help example (support.microsoft.com, "XIRR function"): -10,000 on 1 Jan 2008,
   * then 2,750, 4,250, 3,250 and 2,750 give 0.373362535. Here out of order, with a header, a
   * comment and one DD/MM/YYYY date.
   */
  @Test
  void xirr_excelHelpExample_anyOrder_textAndJson() throws IOException {
    Path flows = file("flows.csv", "date,amount\n# Excel's example\n2009-04-01,2750\n"
        + "01/01/2008,-10000\n2008-10-30,4250\n\n2008-03-01,2750\n2009-02-15,3250\n");
    Run text = run("xirr", flows.toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("XIRR 37.3363%").contains("5 flows")
        .contains("2008-01-01 to 2009-04-01").contains("UNIQUE");

    Run json = run("xirr", "--json", flows.toString());
    assertThat(json.exit()).isZero();
    JsonNode node = new ObjectMapper().readTree(json.out());
    // Published to 9 decimals, within Excel's own tolerance (0.000001%); Gnumeric gives
    // 0.3733625335188315.
    assertThat(node.get("rate").asDouble()).isCloseTo(0.373362535, within(2e-9));
    assertThat(node.get("rate").asDouble()).isCloseTo(0.3733625335188315, within(1e-14));
    assertThat(node.get("flows").asInt()).isEqualTo(5);
    assertThat(node.get("uniqueness").asText()).isEqualTo("UNIQUE");
    assertThat(node.get("otherRoots").isArray()).isTrue();
  }

  @Test
  void xirr_noRate_printsTheTypedReason() throws IOException {
    Path flows = file("all-in.csv", "2024-01-01,-1000\n2024-06-01,-500\n");
    Run text = run("xirr", flows.toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("no XIRR: NO_SIGN_CHANGE").contains("paid in");
    JsonNode node = new ObjectMapper().readTree(run("xirr", "--json", flows.toString()).out());
    assertThat(node.get("rate").isNull()).isTrue();
    assertThat(node.get("reason").asText()).isEqualTo("NO_SIGN_CHANGE");

    Path empty = file("empty.csv", "date,amount\n");
    assertThat(run("xirr", empty.toString()).out()).startsWith("no XIRR: EMPTY");
  }

  @Test
  void xirr_badLines_nameLineAndField_andFail() throws IOException {
    Path flows = file("bad.csv", "2024-01-01,-1000\n2024-13-01,500\n2024-06-01,abc\nonly\n");
    Run r = run("xirr", flows.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.csv:2: date:").contains("bad.csv:3: amount:")
        .contains("bad.csv:4: expected date,amount");
    JsonNode node = new ObjectMapper().readTree(run("xirr", "--json", flows.toString()).out());
    assertThat(node.get("problems").size()).isEqualTo(3);
    assertThat(node.get("problems").get(0).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void xirr_missingFile_isAFailure_andNoFileIsAUsageError() {
    assertThat(run("xirr", dir.resolve("nope.csv").toString()).exit()).isEqualTo(1);
    assertThat(run("xirr").exit()).isEqualTo(2);
  }
}
