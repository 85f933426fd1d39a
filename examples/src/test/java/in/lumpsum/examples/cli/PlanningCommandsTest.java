package in.lumpsum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.calc.planning.GoalPlan;
import in.lumpsum.calc.planning.Planner;
import in.lumpsum.calc.planning.StepUp;
import in.lumpsum.core.money.Money;
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
  void swp_stepUp_raisesTheWithdrawalEachYear_andSaysSo() {
    // ₹1,00,000, ₹1,000 a month rising 10% a year, 12%, 2 years (PlannerTest's hand-checked
    // case): 99,873.17 after year 1, 98,449.33 after year 2, 12,000 + 13,200 withdrawn. The
    // sustainable first-year withdrawal W solves W × (F × 1.01^12 + 1.1 × F) = 1,00,000 × 1.01^24
    // with F = 12.8093280: 1,26,973.46 / 28.524127 = 4,451.44.
    Run r = run("swp", "-c", "100000", "-w", "1000", "--step-up", "10", "-r", "12", "-y", "2");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("SWP of ₹1,000.00 a month, rising 10% a year, from")
        .contains("Withdrawals: rising 10% a year, every 12 months from the first withdrawal")
        .contains("1,100.00").contains("99,873.17").contains("₹98,449.33")
        .contains("₹25,200.00").contains("rising 10% a year, is ₹4,451.44 a month");
    Run json = run("swp", "-c", "25200", "-w", "1000", "-s", "10", "-r", "0", "-y", "2", "--json");
    assertThat(json.exitCode()).isZero();
    // At 0%, 12 × 1,000 + 12 × 1,100 spend ₹25,200 exactly in month 24.
    assertThat(json.out()).contains("\"stepUp\":\"10% a year\"")
        .contains("\"stepUpPercent\":\"10\"")
        .contains("\"withdrawals\":\"rising 10% a year")
        .contains("\"depletionMonth\":24").contains("\"sustainableWithdrawal\":\"1000.00\"")
        .contains("\"instalment\":\"1100.00\"");
    Run level = run("swp", "-c", "100000", "-w", "10000", "-r", "0", "-y", "1");
    assertThat(level.out()).contains("Withdrawals: level (no --step-up)");
    Run byAmount = run("swp", "-c", "100000", "-w", "1000", "--step-up-amount", "500", "-r", "0",
        "-y", "2", "--json");
    assertThat(byAmount.out()).contains("\"withdrawn\":\"30000.00\"");
  }

  @Test
  void swp_badStepUp_isAUsageError() {
    Run negative = run("swp", "-c", "1000", "-w", "10", "-r", "8", "-y", "1", "--step-up", "-5");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).contains("--step-up: -5 is outside 0 to 1000");
    Run both = run("swp", "-c", "1000", "-w", "10", "-r", "8", "-y", "1", "--step-up", "5",
        "--step-up-amount", "100");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void retirement_printsTheCorpus_theSips_andBothSchedules() {
    // ₹50,000 a month today, 6% inflation, age 35 to 60, lasting to 85, 12% before and 7% after,
    // ₹5,00,000 set aside. Checked apart in a few lines of Python: expenses at 60 are 50,000 ×
    // 1.06^25 = 2,14,593.54; the corpus is the sum over months m < 300 of 2,14,593.54 ×
    // 1.06^⌊m / 12⌋ / (1 + 0.07 / 12)^m = 5,44,94,755.21; the existing corpus grows to 5,00,000 ×
    // 1.12^25 = 85,00,032.20; the rest, 4,59,94,723.00, over the 300-month annuity due at 1%
    // (1,897.5887…) is 24,237.92 a month (rounded up), or 27,05,561.70 today (÷ 1.12^25); a SIP
    // rising 10% a year starts at 4,59,94,723.00 / Σ_y 1.1^y × 12.809328 × 1.01^(12 × (24 − y)) =
    // 10,757.63.
    Run r = run("retirement", "--expenses", "50000", "--age", "35", "--retire-at", "60",
        "--life-expectancy", "85", "--rate", "12", "--rate-after", "7", "--existing", "500000",
        "--step-up", "10");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Retirement at 60 (in 25 years) from age 35")
        .contains("₹2,14,593.54").contains("₹5,44,94,755.21").contains("₹85,00,032.20")
        .contains("₹24,237.92").contains("₹10,757.63").contains("₹27,05,561.70")
        .contains("start of each month (annuity due)")
        .contains("Until retirement, SIP of ₹24,237.92 a month")
        .contains("Until retirement, step-up SIP from ₹10,757.63 a month, rising 10% a year")
        .contains("In retirement, withdrawals from ₹2,14,593.54 a month, rising 6% a year");
    Run json = run("retirement", "-m", "50000", "--age", "35", "--retire-at", "60", "-r", "12",
        "--rate-after", "7", "-e", "500000", "-s", "10", "--json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out().trim()).startsWith("{\"command\":\"retirement\"")
        .contains("\"lifeExpectancy\":85").contains("\"yearsInRetirement\":25")
        .contains("\"corpusNeeded\":\"54494755.21\"")
        .contains("\"requiredMonthlySip\":\"24237.92\"")
        .contains("\"firstYearMonthlySip\":\"10757.63\"")
        .contains("\"requiredLumpsum\":\"2705561.70\"")
        .contains("\"drawdownYears\":[{\"year\":1,\"instalment\":\"214593.54\"")
        .contains("\"stepUpYears\":[").contains("\"timing\":\"START_OF_MONTH\"");
    Run plain = run("retirement", "-m", "10000", "--age", "50", "--retire-at", "60",
        "--life-expectancy", "80", "-r", "0", "--rate-after", "0", "-i", "0");
    // No growth, no inflation: 20 years × 12 × 10,000 = 24,00,000, built by 20,000 a month.
    assertThat(plain.out()).contains("₹24,00,000.00").contains("₹20,000.00")
        .doesNotContain("step-up SIP");
  }

  @Test
  void retirement_badInput_isAUsageError_thatNamesTheOption() {
    String[] base = {"retirement", "-m", "50000", "-r", "12", "--rate-after", "7"};
    Run ages = run(concat(base, "--age", "60", "--retire-at", "55"));
    assertThat(ages.exitCode()).isEqualTo(2);
    assertThat(ages.err()).contains("--retire-at: 55 is not after --age 60");
    Run life = run(concat(base, "--age", "35", "--retire-at", "60", "--life-expectancy", "60"));
    assertThat(life.exitCode()).isEqualTo(2);
    assertThat(life.err()).contains("--life-expectancy: 60 is not after --retire-at 60");
    Run inflation = run(concat(base, "--age", "35", "--retire-at", "60", "-i", "200"));
    assertThat(inflation.exitCode()).isEqualTo(2);
    assertThat(inflation.err()).contains("--inflation: 200 is outside -50 to 100");
    Run rate = run("retirement", "-m", "50000", "--age", "35", "--retire-at", "60", "-r", "1200",
        "--rate-after", "7");
    assertThat(rate.exitCode()).isEqualTo(2);
    assertThat(rate.err()).contains("--rate: 1200 is outside -99 to 1000");
    Run expenses = run("retirement", "-m", "0", "--age", "35", "--retire-at", "60", "-r", "12",
        "--rate-after", "7");
    assertThat(expenses.exitCode()).isEqualTo(2);
    assertThat(expenses.err()).contains("--expenses: 0 is not above zero");
    Run missing = run("retirement", "-m", "50000", "--age", "35", "-r", "12");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--retire-at").contains("--rate-after");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
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
  void goal_withARisingSip_startsLower_andSaysHowItRises() {
    GoalPlan plan = Planner.DEFAULT.goal(Money.ofRupees(2_000_000), 10, 0.06, 0.12,
        Money.ofRupees(100_000), 1, StepUp.percent(0.10));
    Run r = run("goal", "-t", "2000000", "-y", "10", "-r", "12", "-e", "100000", "-s", "10");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("First-year monthly SIP needed")
        .contains(SipReport.rupees(plan.requiredMonthlySip())).contains("rising by")
        .contains("10% a year").contains("last year's monthly SIP")
        .contains(SipReport.rupees(plan.projection().years().get(9).instalment()))
        .contains("a month in its first year");
    Run json = run("goal", "-t", "2000000", "-y", "10", "-r", "12", "-e", "100000",
        "--step-up-amount", "1000", "--json");
    assertThat(json.exitCode()).isZero();
    GoalPlan byAmount = Planner.DEFAULT.goal(Money.ofRupees(2_000_000), 10, 0.06, 0.12,
        Money.ofRupees(100_000), 1, StepUp.amount(Money.ofRupees(1_000)));
    assertThat(json.out()).contains("\"stepUp\":\"₹1000.00 a year\"")
        .contains("\"stepUpAmount\":\"1000.00\"")
        .contains("\"requiredMonthlySip\":\"" + byAmount.requiredMonthlySip().amount()
            .toPlainString() + "\"");
    Run both = run("goal", "-t", "2000000", "-y", "10", "-r", "12", "-s", "10",
        "--step-up-amount", "1000");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    Run negative = run("goal", "-t", "2000000", "-y", "10", "-r", "12", "-s", "-1");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).contains("--step-up: -1 is outside 0 to 1000");
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
