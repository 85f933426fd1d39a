package in.lumpsum.examples.cli;

import in.lumpsum.calc.planning.RetirementPlan;
import in.lumpsum.calc.planning.StepUp;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lumpsum retirement}: the corpus that pays today's expenses, rising with inflation, from
 * retirement to the end of life expectancy, and the SIP (level or step-up) or lump sum that builds
 * it.
 */
@Command(name = "retirement", mixinStandardHelpOptions = true,
    description = "Plans retirement: the monthly expenses at retirement after inflation, the "
        + "corpus that pays them (rising with inflation every year) until the life expectancy, "
        + "and the monthly SIP, step-up SIP or lump sum today that builds it, with the yearly "
        + "schedules before and in retirement.")
final class RetirementCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SipConventionsMixin conventions;

  @Option(names = {"-m", "--expenses"}, required = true, paramLabel = "RUPEES",
      description = "Monthly expenses in today's money, in rupees.")
  BigDecimal expenses;

  @Option(names = "--age", required = true, paramLabel = "YEARS",
      description = "Current age in whole years.")
  int age;

  @Option(names = "--retire-at", required = true, paramLabel = "AGE",
      description = "Age at retirement.")
  int retireAt;

  @Option(names = "--life-expectancy", defaultValue = "85", paramLabel = "AGE",
      description = "Age until which the corpus must last (default ${DEFAULT-VALUE}).")
  int lifeExpectancy;

  @Option(names = {"-r", "--rate"}, required = true, paramLabel = "PERCENT",
      description = "The expected annual return before retirement in percent, such as 12.")
  BigDecimal rate;

  @Option(names = "--rate-after", required = true, paramLabel = "PERCENT",
      description = "The expected annual return in retirement in percent, such as 7.")
  BigDecimal rateAfter;

  @Option(names = {"-i", "--inflation"}, defaultValue = "6", paramLabel = "PERCENT",
      description = "Annual inflation in percent (default ${DEFAULT-VALUE}).")
  BigDecimal inflation;

  @Option(names = {"-e", "--existing"}, defaultValue = "0", paramLabel = "RUPEES",
      description = "Money already set aside for retirement (default ${DEFAULT-VALUE}).")
  BigDecimal existing;

  @Option(names = {"-s", "--step-up"}, paramLabel = "PERCENT",
      description = "Also plan a step-up SIP rising by this percent every year until retirement.")
  BigDecimal stepUp;

  @Override
  public Integer call() {
    int toRetirement = years();
    if (expenses.signum() <= 0) {
      throw usage("--expenses: " + expenses.toPlainString() + " is not above zero");
    }
    int inRetirement = lifeExpectancy - retireAt;
    double before = percent("--rate", rate, "-99", "1000", "percent a year");
    double after = percent("--rate-after", rateAfter, "-99", "1000", "percent a year");
    double inflationRate = percent("--inflation", inflation, "-50", "100", "percent a year");
    if (existing.signum() < 0) {
      throw usage("--existing: " + existing.toPlainString() + " is below zero");
    }
    StepUp sipStepUp = stepUp == null ? StepUp.NONE
        : StepUp.percent(percent("--step-up", stepUp, "0", "1000", "percent a year"));
    RetirementPlan plan = SipReport.calculate(spec, () -> conventions.planner().retirement(
        SipConventionsMixin.money(expenses), inflationRate, toRetirement, inRetirement, before,
        after, SipConventionsMixin.money(existing)));
    RetirementPlan stepped = stepUp == null ? null : SipReport.calculate(spec,
        () -> conventions.planner().retirement(SipConventionsMixin.money(expenses),
            inflationRate, toRetirement, inRetirement, before, after,
            SipConventionsMixin.money(existing), sipStepUp));
    PrintWriter out = spec.commandLine().getOut();
    if (conventions.json) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put("monthlyExpenseToday", plan.monthlyExpenseToday());
      inputs.put("age", age);
      inputs.put("retirementAge", retireAt);
      inputs.put("lifeExpectancy", lifeExpectancy);
      inputs.put("yearsToRetirement", toRetirement);
      inputs.put("yearsInRetirement", inRetirement);
      inputs.put("annualRatePercent", rate);
      inputs.put("annualRateAfterPercent", rateAfter);
      inputs.put("inflationPercent", inflation);
      inputs.put("existingCorpus", plan.existingCorpus());
      inputs.put("stepUpPercent", stepUp);
      Map<String, Object> totals = new LinkedHashMap<>();
      totals.put("monthlyExpenseAtRetirement", plan.monthlyExpenseAtRetirement());
      totals.put("corpusNeeded", plan.corpusNeeded());
      totals.put("existingCorpusAtRetirement", plan.existingCorpusAtRetirement());
      totals.put("requiredMonthlySip", plan.requiredMonthlySip());
      totals.put("requiredLumpsum", plan.requiredLumpsum());
      if (stepped != null) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("stepUp", sipStepUp.describe());
        step.put("firstYearMonthlySip", stepped.requiredMonthlySip());
        step.put("invested", stepped.accumulation().totalInvested());
        step.put("valueAtRetirement", stepped.accumulation().finalValue());
        totals.put("stepUpSip", step);
      }
      totals.put("accumulation", SipReport.totals(plan.accumulation()));
      totals.put("drawdown", SipReport.totals(plan.drawdown()));
      Map<String, Object> root = SipReport.json("retirement", inputs, plan.conventions(), totals,
          plan.accumulation().years());
      root.put("drawdownYears", plan.drawdown().years());
      if (stepped != null) {
        root.put("stepUpYears", stepped.accumulation().years());
      }
      SipReport.printJson(out, root);
    } else {
      print(out, plan, stepped);
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, RetirementPlan plan, RetirementPlan stepped) {
    out.printf("Retirement at %d (in %d years) from age %d, expenses %s a month today, lasting "
            + "to age %d (%d years)%n", retireAt, plan.yearsToRetirement(), age,
        SipReport.rupees(plan.monthlyExpenseToday()), lifeExpectancy, plan.yearsInRetirement());
    out.printf("Inflation %s a year; returns %s a year before retirement, %s in retirement%n",
        SipReport.percent(plan.inflation()), SipReport.percent(plan.returnBefore()),
        SipReport.percent(plan.returnAfter()));
    out.println("Conventions: " + conventions.conventionsLine());
    out.println("Expenses in retirement: rising with inflation every 12 months from the first; "
        + "the corpus is what they are worth at retirement at the return in retirement, so it "
        + "is spent at " + lifeExpectancy);
    out.println();
    String format = "%-34s %18s%n";
    out.printf(format, "Monthly expenses at " + retireAt,
        SipReport.rupees(plan.monthlyExpenseAtRetirement()));
    out.printf(format, "Corpus needed at " + retireAt, SipReport.rupees(plan.corpusNeeded()));
    if (plan.existingCorpus().signum() > 0) {
      out.printf(format, "Existing " + SipReport.rupees(plan.existingCorpus()) + " grows to",
          SipReport.rupees(plan.existingCorpusAtRetirement()));
    }
    out.printf(format, "Monthly SIP needed", SipReport.rupees(plan.requiredMonthlySip()));
    if (stepped != null) {
      out.printf(format, "Or a step-up SIP, " + stepped.sipStepUp().describe() + ", from",
          SipReport.rupees(stepped.requiredMonthlySip()));
    }
    out.printf(format, "Or a lump sum today of", SipReport.rupees(plan.requiredLumpsum()));
    out.println();
    out.printf("Until retirement, SIP of %s a month:%n",
        SipReport.rupees(plan.requiredMonthlySip()));
    SipReport.printProjection(out, plan.accumulation());
    if (stepped != null) {
      out.println();
      out.printf("Until retirement, step-up SIP from %s a month, rising %s:%n",
          SipReport.rupees(stepped.requiredMonthlySip()), stepped.sipStepUp().describe());
      SipReport.printProjection(out, stepped.accumulation());
    }
    out.println();
    out.printf("In retirement, withdrawals from %s a month, rising %s a year:%n",
        SipReport.rupees(plan.monthlyExpenseAtRetirement()), SipReport.percent(plan.inflation()));
    SipReport.printProjection(out, plan.drawdown());
  }

  /** Years to retirement, after checking the three ages, or a usage error naming the option. */
  private int years() {
    if (age < 0 || age > 120) {
      throw usage("--age: " + age + " is outside 0 to 120");
    }
    if (retireAt <= age) {
      throw usage("--retire-at: " + retireAt + " is not after --age " + age);
    }
    if (retireAt - age > 100) {
      throw usage("--retire-at: " + retireAt + " is more than 100 years after --age " + age);
    }
    if (lifeExpectancy <= retireAt) {
      throw usage("--life-expectancy: " + lifeExpectancy + " is not after --retire-at "
          + retireAt);
    }
    if (lifeExpectancy - retireAt > 100) {
      throw usage("--life-expectancy: " + lifeExpectancy + " is more than 100 years after "
          + "--retire-at " + retireAt);
    }
    return retireAt - age;
  }

  /** A percentage option as a fraction, or a usage error naming it when out of range. */
  private double percent(String option, BigDecimal value, String min, String max, String unit) {
    if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
      throw usage(option + ": " + value.toPlainString() + " is outside " + min + " to " + max
          + " (" + unit + ")");
    }
    return SipConventionsMixin.fraction(value);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
