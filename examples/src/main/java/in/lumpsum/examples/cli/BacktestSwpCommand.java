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

/**
 * {@code lumpsum backtest swp}: a corpus bought once, then a monthly withdrawal, run on a scheme's
 * NAV history.
 */
@Command(name = "swp", mixinStandardHelpOptions = true,
    description = "Back-tests a systematic withdrawal plan on the NAV history in --navs: the "
        + "corpus bought on --from, then --withdrawal redeemed every month from a month later "
        + "until --to or until no units are left.")
final class BacktestSwpCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  BacktestFundOption scheme;

  @Option(names = {"-c", "--corpus"}, required = true, paramLabel = "RUPEES",
      description = "The amount invested on --from, in rupees.")
  BigDecimal corpus;

  @Option(names = {"-w", "--withdrawal"}, required = true, paramLabel = "RUPEES",
      description = "The value of units redeemed each month, in rupees.")
  BigDecimal withdrawal;

  @Mixin
  BacktestOptions options;

  @Override
  public Integer call() throws IOException {
    ExitLoadSchedule load = options.exitLoadSchedule();
    BacktestReport.Fund fund = scheme.fund();
    BacktestReport.Series series = fund.series();
    Optional<BacktestReport.Series> bench = options.benchmark();
    LocalDate to = options.to(series.navs());
    Money amount = SipConventionsMixin.money(corpus);
    Money monthly = SipConventionsMixin.money(withdrawal);
    BacktestResult r = BacktestReport.calculate(spec,
        Map.of("corpus", "--corpus", "monthlyWithdrawal", "--withdrawal", "start", "--from",
            "end", "--to", "benchmark", "--benchmark"),
        () -> Backtest.DEFAULT.swp(
            new BacktestFund(fund.scheme(), series.navs(), !options.debt, load), amount, monthly,
            options.from, to, bench.map(BacktestReport.Series::navs)));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("corpus", amount);
    inputs.put("monthlyWithdrawal", monthly);
    String plan = "the corpus of " + SipReport.rupees(amount) + " bought on " + options.from
        + " at the NAV on or after it; from a month later, the units worth "
        + SipReport.rupees(monthly) + " (rounded half up to 3 decimals) redeemed on "
        + BacktestCommand.monthly(options.from) + " at the NAV on or after that date, until " + to
        + " or until no units are left (the last withdrawal then redeems what remains)";
    new BacktestReport("backtest swp", "Back-test of an SWP of " + SipReport.rupees(monthly)
        + " a month from " + SipReport.rupees(amount) + " invested on "
        + BacktestCommand.date(options.from) + ", to " + BacktestCommand.date(to), inputs,
        List.of(plan), List.of(fund), bench, !options.debt, load, r)
        .print(spec.commandLine().getOut(), options.json);
    return 0;
  }
}
