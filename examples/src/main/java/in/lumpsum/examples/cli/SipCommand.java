package in.lumpsum.examples.cli;

import in.lumpsum.calc.planning.Projection;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lumpsum sip}: what a monthly SIP grows to, year by year. */
@Command(name = "sip", mixinStandardHelpOptions = true,
    description = "Projects a monthly SIP at an assumed annual return: totals and a yearly "
        + "schedule, with the conventions used.")
final class SipCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SipConventionsMixin conventions;

  @Option(names = {"-a", "--amount"}, required = true, paramLabel = "RUPEES",
      description = "The monthly instalment in rupees.")
  BigDecimal amount;

  @Mixin
  SipHorizonMixin horizon;

  @Override
  public Integer call() {
    Projection p = SipReport.calculate(spec, () -> conventions.planner().sip(
        SipConventionsMixin.money(amount), horizon.fraction(), horizon.years));
    PrintWriter out = spec.commandLine().getOut();
    if (conventions.json) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put("monthly", SipConventionsMixin.money(amount));
      inputs.put("annualRatePercent", horizon.rate);
      inputs.put("years", horizon.years);
      SipReport.printJson(out, SipReport.json("sip", inputs, p.conventions(), SipReport.totals(p),
          p.years()));
    } else {
      out.printf("SIP of %s a month for %d years at %s a year%n",
          SipReport.rupees(SipConventionsMixin.money(amount)), horizon.years,
          SipReport.percent(horizon.fraction()));
      out.println("Conventions: " + conventions.conventionsLine());
      out.println();
      SipReport.printProjection(out, p);
    }
    out.flush();
    return 0;
  }
}
