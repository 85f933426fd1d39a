package in.lumpsum.examples.cli;

import in.lumpsum.calc.planning.Projection;
import in.lumpsum.calc.planning.StepUp;
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

/** {@code lumpsum stepup}: a SIP whose instalment rises every year. */
@Command(name = "stepup", mixinStandardHelpOptions = true,
    description = "Projects a step-up SIP (the instalment rises once a year by a percentage or an "
        + "amount) beside the plain SIP: totals and a yearly schedule, with the conventions used.")
final class StepUpCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SipConventionsMixin conventions;

  @Option(names = {"-a", "--amount"}, required = true, paramLabel = "RUPEES",
      description = "The first year's monthly instalment in rupees.")
  BigDecimal amount;

  @Mixin
  SipHorizonMixin horizon;

  @ArgGroup(exclusive = true, multiplicity = "1")
  StepUpOptions rise;

  @Override
  public Integer call() {
    StepUp stepUp = StepUpOptions.of(rise, spec.commandLine());
    double r = horizon.fraction();
    Projection p = SipReport.calculate(spec, () -> conventions.planner().stepUpSip(
        SipConventionsMixin.money(amount), stepUp, r, horizon.years));
    Projection plain = conventions.planner().sip(SipConventionsMixin.money(amount), r,
        horizon.years);
    PrintWriter out = spec.commandLine().getOut();
    if (conventions.json) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put("monthly", SipConventionsMixin.money(amount));
      inputs.put("stepUp", stepUp.describe());
      inputs.put("annualRatePercent", horizon.rate);
      inputs.put("years", horizon.years);
      Map<String, Object> totals = SipReport.totals(p);
      totals.put("plainSipFinalValue", plain.finalValue());
      SipReport.printJson(out, SipReport.json("stepup", inputs, p.conventions(), totals,
          p.years()));
    } else {
      out.printf("Step-up SIP from %s a month, rising %s, for %d years at %s a year%n",
          SipReport.rupees(SipConventionsMixin.money(amount)), stepUp.describe(), horizon.years,
          SipReport.percent(r));
      out.println("Conventions: " + conventions.conventionsLine());
      out.println();
      SipReport.printProjection(out, p);
      out.println();
      out.printf("The plain SIP of the same first instalment grows to %s (%s invested).%n",
          SipReport.rupees(plain.finalValue()), SipReport.rupees(plain.totalInvested()));
    }
    out.flush();
    return 0;
  }
}
