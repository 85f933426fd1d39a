package in.lumpsum.examples.cli;

import in.lumpsum.calc.backtest.Backtest;
import in.lumpsum.calc.backtest.BacktestFund;
import in.lumpsum.calc.backtest.BacktestResult;
import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
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
import picocli.CommandLine.Spec;

/** {@code lumpsum backtest sip}: a monthly SIP run on a scheme's NAV history. */
@Command(name = "sip", mixinStandardHelpOptions = true,
    description = "Back-tests a monthly SIP on the NAV history in --navs: every instalment, the "
        + "charges, the final value, XIRR and the holding at each year end.")
final class BacktestSipCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  BacktestFundOption scheme;

  @Option(names = {"-a", "--amount"}, required = true, paramLabel = "RUPEES",
      description = "The monthly instalment in rupees.")
  BigDecimal amount;

  @Mixin
  BacktestOptions options;

  @Override
  public Integer call() throws IOException {
    ExitLoadSchedule load = options.exitLoadSchedule();
    BacktestReport.Fund fund = scheme.fund();
    BacktestReport.Series series = fund.series();
    Optional<BacktestReport.Series> bench = options.benchmark();
    LocalDate to = options.to(series.navs());
    Money monthly = SipConventionsMixin.money(amount);
    BacktestResult r = BacktestReport.calculate(spec,
        Map.of("monthly", "--amount", "start", "--from", "end", "--to", "benchmark",
            "--benchmark"),
        () -> Backtest.DEFAULT.sip(
            new BacktestFund(fund.scheme(), series.navs(), !options.debt, load), monthly,
            options.from, to, bench.map(BacktestReport.Series::navs)));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("monthly", monthly);
    String plan = "instalments of " + SipReport.rupees(monthly) + " on "
        + BacktestCommand.monthly(options.from) + " from " + options.from + ", each allotted at "
        + "the NAV on or after its date; none whose NAV falls after " + to;
    new BacktestReport("backtest sip", "Back-test of a SIP of " + SipReport.rupees(monthly)
        + " a month from " + BacktestCommand.date(options.from) + " to "
        + BacktestCommand.date(to), inputs, List.of(plan), List.of(fund), bench, !options.debt,
        load, r).print(spec.commandLine().getOut(), options.json);
    return 0;
  }
}
