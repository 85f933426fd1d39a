package in.lumpsum.examples.cli;

import in.lumpsum.calc.montecarlo.GoalScenario;
import in.lumpsum.calc.montecarlo.MonteCarlo;
import in.lumpsum.calc.montecarlo.MonteCarloResult;
import in.lumpsum.calc.montecarlo.ReturnModel;
import in.lumpsum.calc.planning.DelayCost;
import in.lumpsum.calc.planning.GoalPlan;
import in.lumpsum.calc.planning.StepUp;
import in.lumpsum.core.money.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lumpsum goal}: the SIP or lump sum that reaches a goal stated in today's money. */
@Command(name = "goal", mixinStandardHelpOptions = true,
    description = "Plans a goal stated in today's money: the target after inflation, the monthly "
        + "SIP (level, or rising every year with --step-up) or lump sum that reaches it, the cost "
        + "of starting late and, with --volatility, the chance of success by Monte Carlo.")
final class GoalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SipConventionsMixin conventions;

  @Option(names = {"-t", "--target"}, required = true, paramLabel = "RUPEES",
      description = "The goal's cost in today's money.")
  BigDecimal target;

  @Mixin
  SipHorizonMixin horizon;

  @Option(names = {"-i", "--inflation"}, defaultValue = "6", paramLabel = "PERCENT",
      description = "Annual inflation in percent (default ${DEFAULT-VALUE}).")
  BigDecimal inflation;

  @Option(names = {"-e", "--existing"}, defaultValue = "0", paramLabel = "RUPEES",
      description = "Money already set aside for the goal (default ${DEFAULT-VALUE}).")
  BigDecimal existing;

  @Option(names = {"-d", "--delay"}, defaultValue = "1", paramLabel = "YEARS",
      description = "Years of delay to price (default ${DEFAULT-VALUE}; 0 for none).")
  int delay;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  StepUpOptions rise;

  @Option(names = "--volatility", paramLabel = "PERCENT",
      description = "Annual volatility in percent: adds the chance of success by Monte Carlo "
          + "(lognormal returns with the expected return as mean).")
  BigDecimal volatility;

  @Option(names = "--paths", defaultValue = "10000", paramLabel = "N",
      description = "Monte Carlo paths (default ${DEFAULT-VALUE}).")
  int paths;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
      description = "Monte Carlo seed (default ${DEFAULT-VALUE}); the same seed gives the same "
          + "result.")
  long seed;

  @Override
  public Integer call() {
    double r = horizon.fraction();
    StepUp stepUp = StepUpOptions.of(rise, spec.commandLine());
    GoalPlan plan = SipReport.calculate(spec, () -> conventions.planner().goal(
        SipConventionsMixin.money(target), horizon.years,
        SipConventionsMixin.fraction(inflation), r,
        SipConventionsMixin.money(existing), delay, stepUp));
    MonteCarloResult mc = volatility == null ? null : SipReport.calculate(spec,
        () -> MonteCarlo.builder().paths(paths).seed(seed).build().simulate(GoalScenario.of(plan),
            ReturnModel.lognormal(r, SipConventionsMixin.fraction(volatility))));
    PrintWriter out = spec.commandLine().getOut();
    if (conventions.json) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put("targetToday", plan.targetToday());
      inputs.put("years", horizon.years);
      inputs.put("annualRatePercent", horizon.rate);
      inputs.put("inflationPercent", inflation);
      inputs.put("existingCorpus", plan.existingCorpus());
      inputs.put("delayYears", delay);
      inputs.put("stepUp", stepUp.describe());
      inputs.put("stepUpPercent", StepUpOptions.percent(rise));
      inputs.put("stepUpAmount", StepUpOptions.amount(rise));
      Map<String, Object> totals = new LinkedHashMap<>();
      totals.put("targetFuture", plan.targetFuture());
      totals.put("existingCorpusFuture", plan.existingCorpusFuture());
      totals.put("shortfall", plan.shortfall());
      totals.put("requiredMonthlySip", plan.requiredMonthlySip());
      totals.put("requiredLumpsum", plan.requiredLumpsum());
      totals.put("costOfDelay", plan.costOfDelay().orElse(null));
      totals.putAll(SipReport.totals(plan.projection()));
      if (mc != null) {
        Map<String, Object> monteCarlo = new LinkedHashMap<>();
        monteCarlo.put("model", mc.model());
        monteCarlo.put("paths", mc.paths());
        monteCarlo.put("seed", mc.seed());
        monteCarlo.put("successProbability", mc.successProbability());
        monteCarlo.put("standardError", mc.standardError());
        monteCarlo.put("p10", mc.percentile(0.1));
        monteCarlo.put("median", mc.median());
        monteCarlo.put("p90", mc.percentile(0.9));
        totals.put("monteCarlo", monteCarlo);
      }
      SipReport.printJson(out, SipReport.json("goal", inputs, plan.conventions(), totals,
          plan.projection().years()));
    } else {
      print(out, plan, conventions.conventionsLine(), mc);
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, GoalPlan plan, String conventionsLine, MonteCarloResult mc) {
    out.printf("Goal of %s in today's money in %d years, at %s inflation and %s a year%n",
        SipReport.rupees(plan.targetToday()), plan.years(), SipReport.percent(plan.inflation()),
        SipReport.percent(plan.annualReturn()));
    out.printf("Conventions: %s%n", conventionsLine);
    out.println();
    out.printf("%-30s %18s%n", "Target in " + plan.years() + " years",
        SipReport.rupees(plan.targetFuture()));
    if (plan.existingCorpus().signum() > 0) {
      out.printf("%-30s %18s%n", "Existing " + SipReport.rupees(plan.existingCorpus())
          + " grows to", SipReport.rupees(plan.existingCorpusFuture()));
    }
    out.printf("%-30s %18s%n", "Still to build", SipReport.rupees(plan.shortfall()));
    boolean rising = StepUpOptions.rises(plan.sipStepUp());
    out.printf("%-30s %18s%n", rising ? "First-year monthly SIP needed" : "Monthly SIP needed",
        SipReport.rupees(plan.requiredMonthlySip()));
    if (rising) {
      out.printf("%-30s %18s%n", "  rising by", plan.sipStepUp().describe());
      out.printf("%-30s %18s%n", "  last year's monthly SIP",
          SipReport.rupees(plan.projection().years().get(plan.years() - 1).instalment()));
    }
    out.printf("%-30s %18s%n", "Or a lump sum today of", SipReport.rupees(plan.requiredLumpsum()));
    if (plan.costOfDelay().isPresent()) {
      DelayCost d = plan.costOfDelay().get();
      out.printf("Starting %d year%s later needs %s a month%s (%s more), or the SIP above falls "
              + "short by %s.%n", d.delayYears(), d.delayYears() == 1 ? "" : "s",
          SipReport.rupees(d.requiredMonthlySip()), rising ? " in its first year" : "",
          SipReport.rupees(d.extraPerMonth()),
          SipReport.rupees(d.corpusShortfall()));
    }
    if (mc != null) {
      Money p10 = mc.percentile(0.1);
      out.printf("Chance of success: %.1f%% (± %.1f%%) over %,d paths, seed %d, %s; "
              + "10th percentile %s, median %s.%n", mc.successProbability() * 100,
          mc.standardError() * 100, mc.paths(), mc.seed(), mc.model(), SipReport.rupees(p10),
          SipReport.rupees(mc.median()));
    }
  }
}
