package in.lumpsum.examples.cli;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lumpsum backtest}: SIP, SWP and STP run on actual NAV history with the charges a
 * registrar applies (lumpsum-calculators' {@code Backtest}).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Runs a SIP, SWP or STP on actual NAV history, as a registrar processes it "
        + "(allotment at the NAV on or after each date, units to 3 decimals, stamp duty, exit load, "
        + "STT), optionally against the same money in a benchmark index.",
    subcommands = {BacktestSipCommand.class, BacktestSwpCommand.class, BacktestStpCommand.class})
final class BacktestCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "backtest: name a command: sip, swp or stp");
  }

  /** When a monthly plan started on a date falls: "day 5 of each month". */
  static String monthly(LocalDate from) {
    int day = from.getDayOfMonth();
    return "day " + day + " of each month" + (day > 28 ? " (the month's last day when shorter)"
        : "");
  }

  /** A date in words for titles: "1 January 2015". */
  static String date(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " " + d.getYear();
  }
}
