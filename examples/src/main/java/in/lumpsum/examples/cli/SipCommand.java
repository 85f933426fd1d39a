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

  @Option(names = {"-r", "--rate"}, required = true, paramLabel = "PERCENT",
      description = "The expected annual return in percent, such as 12.")
  BigDecimal rate;

  @Option(names = {"-y", "--years"}, required = true, paramLabel = "YEARS",
      description = "The horizon in years (1 to 100).")
  int years;

  @Override
  public Integer call() {
    Projection p = SipReport.calculate(spec, () -> conventions.planner().sip(
        SipConventionsMixin.money(amount), SipConventionsMixin.fraction(rate), years));
    PrintWriter out = spec.commandLine().getOut();
    if (conventions.json) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put("monthly", SipConventionsMixin.money(amount));
      inputs.put("annualRatePercent", rate);
      inputs.put("years", years);
      SipReport.printJson(out, SipReport.json("sip", inputs, p.conventions(), SipReport.totals(p),
          p.years()));
    } else {
      out.printf("SIP of %s a month for %d years at %s a year%n",
          SipReport.rupees(SipConventionsMixin.money(amount)), years, rate.stripTrailingZeros()
              .toPlainString() + "%");
      out.println("Conventions: " + conventions.conventionsLine());
      out.println();
      SipReport.printProjection(out, p);
    }
    out.flush();
    return 0;
  }
}
