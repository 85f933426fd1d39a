package in.lumpsum.examples.cli;

import in.lumpsum.calc.planning.StepUp;
import in.lumpsum.calc.planning.SwpPlan;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lumpsum swp}: a systematic withdrawal plan, level or rising every year (as with
 * inflation), when it runs out, and what is sustainable.
 */
@Command(name = "swp", mixinStandardHelpOptions = true,
    description = "Projects a systematic withdrawal plan, level or rising once a year (--step-up, "
        + "as with inflation): the yearly schedule, when the corpus runs out, and the (first-year) "
        + "withdrawal it sustains for the horizon.")
final class SwpCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SipConventionsMixin conventions;

  @Option(names = {"-c", "--corpus"}, required = true, paramLabel = "RUPEES",
      description = "The corpus at the start, in rupees.")
  BigDecimal corpus;

  @Option(names = {"-w", "--withdrawal"}, required = true, paramLabel = "RUPEES",
      description = "The monthly withdrawal in rupees.")
  BigDecimal withdrawal;

  @Mixin
  SipHorizonMixin horizon;

  @Option(names = "--first", paramLabel = "YYYY-MM-DD",
      description = "The date of the first withdrawal, to date the last one.")
  LocalDate first;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  StepUpOptions rise;

  /** The withdrawals' rule in words, for the line under the conventions. */
  static String withdrawalsLine(StepUp stepUp) {
    return !StepUpOptions.rises(stepUp) ? "level (no --step-up)"
        : "rising " + stepUp.describe() + ", every 12 months from the first withdrawal";
  }

  @Override
  public Integer call() {
    StepUp stepUp = StepUpOptions.of(rise, spec.commandLine());
    SwpPlan plan = SipReport.calculate(spec, () -> conventions.planner().swp(
        SipConventionsMixin.money(corpus), SipConventionsMixin.money(withdrawal), stepUp,
        horizon.fraction(), horizon.years));
    boolean rising = StepUpOptions.rises(stepUp);
    PrintWriter out = spec.commandLine().getOut();
    String lasts = plan.depletionMonth().isPresent()
        ? "runs out in month " + plan.depletionMonth().getAsInt()
            + (first == null ? "" : ", on " + plan.depletionDate(first).orElseThrow())
        : "lasts beyond 100 years";
    if (conventions.json) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put("corpus", SipConventionsMixin.money(corpus));
      inputs.put("monthlyWithdrawal", SipConventionsMixin.money(withdrawal));
      inputs.put("stepUp", stepUp.describe());
      inputs.put("stepUpPercent", StepUpOptions.percent(rise));
      inputs.put("stepUpAmount", StepUpOptions.amount(rise));
      inputs.put("annualRatePercent", horizon.rate);
      inputs.put("years", horizon.years);
      Map<String, Object> totals = SipReport.totals(plan.projection());
      totals.put("depletionMonth", plan.depletionMonth().isPresent()
          ? plan.depletionMonth().getAsInt() : null);
      if (first != null) {
        totals.put("depletionDate", plan.depletionDate(first).map(LocalDate::toString)
            .orElse(null));
      }
      totals.put("sustainableWithdrawal", plan.sustainableWithdrawal());
      Map<String, Object> root = SipReport.json("swp", inputs, plan.projection().conventions(),
          totals, plan.projection().years());
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) root.get("conventions");
      c.put("withdrawals", withdrawalsLine(stepUp));
      SipReport.printJson(out, root);
    } else {
      out.printf("SWP of %s a month%s from %s for %d years at %s a year%n",
          SipReport.rupees(plan.withdrawal()), rising ? ", rising " + stepUp.describe() + "," : "",
          SipReport.rupees(SipConventionsMixin.money(corpus)), horizon.years,
          SipReport.percent(horizon.fraction()));
      out.println("Conventions: " + conventions.conventionsLine());
      out.println("Withdrawals: " + withdrawalsLine(stepUp));
      out.println();
      if (rising) {
        out.printf("The corpus %s; the first-year withdrawal it sustains for %d years, rising %s, "
                + "is %s a month.%n", lasts, horizon.years, stepUp.describe(),
            SipReport.rupees(plan.sustainableWithdrawal()));
      } else {
        out.printf("The corpus %s; the withdrawal it sustains for %d years is %s a month.%n",
            lasts, horizon.years, SipReport.rupees(plan.sustainableWithdrawal()));
      }
      out.println();
      SipReport.printProjection(out, plan.projection());
    }
    out.flush();
    return 0;
  }
}
