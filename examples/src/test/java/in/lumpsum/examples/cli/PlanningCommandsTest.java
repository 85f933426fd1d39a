package in.lumpsum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PlanningCommandsTest {

  private record Run(int exitCode, String out, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new LumpsumCli()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void sip_printsTheResult_theScheduleAndTheConventions() {
    Run r = run("sip", "--amount", "10000", "--rate", "12", "--years", "1");
    assertThat(r.exitCode()).isZero();
    // ₹10,000 a month for a year at 12%: ₹1,28,093 (investorq.com's worked example).
    assertThat(r.out()).contains("₹1,28,093.28").contains("₹1,20,000.00")
        .contains("start of each month (annuity due)").contains("annual / 12")
        .contains("(default: as the popular Indian calculator pages)");
  }

  @Test
  void sip_json_hasTotalsYearsAndConventions() {
    Run r = run("sip", "-a", "1000", "-r", "12", "-y", "2", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().trim()).startsWith("{\"command\":\"sip\"")
        .contains("\"finalValue\":\"27243.20\"").contains("\"timing\":\"START_OF_MONTH\"")
        .contains("\"monthlyRate\":\"NOMINAL\"").contains("\"default\":true")
        .contains("\"year\":1").contains("\"year\":2").contains("\"value\":\"12809.33\"");
  }

  @Test
  void sip_otherConventions_areUsedAndSaid() {
    Run r = run("sip", "-a", "1000", "-r", "12", "-y", "1", "--timing", "end",
        "--monthly-rate", "effective");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("end of each month (ordinary annuity)")
        .contains("(1 + annual)^(1/12) − 1").doesNotContain("(default");
  }

  @Test
  void stepUp_byPercentOrAmount() {
    Run r = run("stepup", "-a", "5000", "-s", "10", "-r", "12", "-y", "5",
        "--step-up-rounding", "rupee");
    assertThat(r.exitCode()).isZero();
    // finzony.com's step-up example: invested ₹3,66,312, about ₹4,92,290.
    assertThat(r.out()).contains("₹3,66,312.00").contains("₹4,92,291.60").contains("7,321.00")
        .contains("rounded to the rupee").contains("plain SIP");
    Run byAmount = run("stepup", "-a", "5000", "--step-up-amount", "1000", "-r", "0", "-y", "2",
        "--json");
    assertThat(byAmount.exitCode()).isZero();
    assertThat(byAmount.out()).contains("\"finalValue\":\"132000.00\"")
        .contains("\"stepUp\":\"₹1000.00 a year\"");
    assertThat(run("stepup", "-a", "5000", "-r", "12", "-y", "5").exitCode()).isEqualTo(2);
  }

  @Test
  void swp_saysWhenItRunsOut_andTheSustainableWithdrawal() {
    Run r = run("swp", "-c", "500000", "-w", "10000", "-r", "8", "-y", "5", "--first",
        "2026-01-05");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("runs out in month 61, on 2031-01-05")
        .contains("₹10,071.05 a month").contains("Withdrawn");
    Run json = run("swp", "-c", "100000", "-w", "10000", "-r", "0", "-y", "1", "--json");
    assertThat(json.out()).contains("\"depletionMonth\":10").contains("\"finalValue\":\"0.00\"");
  }

  @Test
  void goal_plansTheSip_andTheChanceOfSuccess() {
    Run r = run("goal", "-t", "2000000", "-y", "10", "-r", "12", "-e", "100000",
        "--volatility", "18", "--paths", "2000");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("₹35,81,695.39").contains("Monthly SIP needed")
        .contains("Starting 1 year later").contains("Chance of success").contains("seed 1");
    Run json = run("goal", "-t", "2000000", "-y", "10", "-r", "12", "--json");
    assertThat(json.out()).contains("\"targetFuture\":\"3581695.39\"")
        .contains("\"requiredMonthlySip\"").contains("\"costOfDelay\":{\"delayYears\":1");
  }

  @Test
  void badArguments_areUsageErrors_thatNameTheOption() {
    Run r = run("sip", "-a", "1000", "-r", "12", "-y", "1", "--timing", "middle");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--timing").contains("middle");
    Run rate = run("swp", "-c", "1000", "-w", "10", "-r", "1200", "-y", "1");
    assertThat(rate.exitCode()).isEqualTo(2);
    assertThat(rate.err()).contains("--rate: 1200 is outside -99 to 1000");
    Run years = run("sip", "-a", "1000", "-r", "12", "-y", "0");
    assertThat(years.exitCode()).isEqualTo(2);
    assertThat(years.err()).contains("years");
  }
}
