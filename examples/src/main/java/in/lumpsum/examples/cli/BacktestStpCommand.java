package in.lumpsum.examples.cli;

import in.lumpsum.calc.backtest.Backtest;
import in.lumpsum.calc.backtest.BacktestFund;
import in.lumpsum.calc.backtest.BacktestResult;
import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lumpsum backtest stp}: a lump sum bought in a source scheme, then switched into a target
 * scheme every month, run on both NAV histories. {@code --debt} and {@code --exit-load} apply to
 * the source, the scheme units leave; the target's units are only bought.
 */
@Command(name = "stp", mixinStandardHelpOptions = true,
    description = "Back-tests a systematic transfer plan: --lumpsum bought in --source on --from, "
        + "then --transfer switched into --target every month from a month later, until --to or "
        + "until the source is empty. --debt and --exit-load are the source's (give --debt for a "
        + "liquid or debt source).")
final class BacktestStpCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--source", required = true, paramLabel = "FILE",
      description = "The NAV history of the scheme the money waits in (typically liquid or "
          + "debt), in the formats lumpsum metrics reads.")
  Path source;

  @Option(names = "--target", required = true, paramLabel = "FILE",
      description = "The NAV history of the scheme the money moves to (typically equity). "
          + "Without --to, the back-test ends on the earlier of the two files' last dates.")
  Path target;

  @Option(names = "--source-scheme", paramLabel = "CODE",
      description = "The source's AMFI code (default: the file's name when it is a code, else "
          + "the placeholder " + BacktestReport.SOURCE_PLACEHOLDER + ").")
  String sourceScheme;

  @Option(names = "--target-scheme", paramLabel = "CODE",
      description = "The target's AMFI code (default: the file's name when it is a code, else "
          + "the placeholder " + BacktestReport.PLACEHOLDER + ").")
  String targetScheme;

  @Option(names = {"-l", "--lumpsum"}, required = true, paramLabel = "RUPEES",
      description = "The amount invested in the source on --from, in rupees.")
  BigDecimal lumpsum;

  @Option(names = {"-t", "--transfer"}, required = true, paramLabel = "RUPEES",
      description = "The value of source units switched into the target each month, in rupees.")
  BigDecimal transfer;

  @Mixin
  BacktestOptions options;

  @Override
  public Integer call() throws IOException {
    ExitLoadSchedule load = options.exitLoadSchedule();
    BacktestReport.Series from = BacktestReport.read(spec, "--source", source);
    BacktestReport.Series to = BacktestReport.read(spec, "--target", target);
    BacktestReport.Fund sourceFund = BacktestReport.fund(spec, "Source", from, "--source-scheme",
        sourceScheme, BacktestReport.SOURCE_PLACEHOLDER);
    BacktestReport.Fund targetFund = BacktestReport.fund(spec, "Target", to, "--target-scheme",
        targetScheme, BacktestReport.PLACEHOLDER);
    if (sourceFund.scheme().equals(targetFund.scheme())) {
      throw new ParameterException(spec.commandLine(), "--target-scheme: the target's code "
          + targetFund.scheme() + " is the source's: give the two schemes different codes");
    }
    Optional<BacktestReport.Series> bench = options.benchmark();
    LocalDate lastSource = from.navs().lastDate().orElseThrow();
    LocalDate lastTarget = to.navs().lastDate().orElseThrow();
    LocalDate end = options.to != null ? options.to
        : lastTarget.isBefore(lastSource) ? lastTarget : lastSource;
    Money amount = SipConventionsMixin.money(lumpsum);
    Money monthly = SipConventionsMixin.money(transfer);
    BacktestResult r = BacktestReport.calculate(spec,
        Map.of("lumpsum", "--lumpsum", "monthlyTransfer", "--transfer", "start", "--from",
            "end", "--to", "benchmark", "--benchmark"),
        () -> Backtest.DEFAULT.stp(
            new BacktestFund(sourceFund.scheme(), from.navs(), !options.debt, load),
            BacktestFund.of(targetFund.scheme(), to.navs(), true), amount, monthly,
            options.from, end, bench.map(BacktestReport.Series::navs)));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("lumpsum", amount);
    inputs.put("monthlyTransfer", monthly);
    String plan = "the lump sum of " + SipReport.rupees(amount) + " bought in the source on "
        + options.from + " at the NAV on or after it; from a month later, source units worth "
        + SipReport.rupees(monthly) + " switched out on " + BacktestCommand.monthly(options.from)
        + " at the NAV on or after that date and switched into the target at its NAV on or after"
        + " the switch out, until " + end + " or until the source is empty; no switch when the "
        + "target has no NAV by " + end;
    new BacktestReport("backtest stp", "Back-test of an STP of " + SipReport.rupees(monthly)
        + " a month from " + SipReport.rupees(amount) + " invested on "
        + BacktestCommand.date(options.from) + ", to " + BacktestCommand.date(end), inputs,
        List.of(plan), List.of(sourceFund, targetFund), bench, !options.debt, load, r)
        .print(spec.commandLine().getOut(), options.json);
    return 0;
  }
}
