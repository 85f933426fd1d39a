package in.lumpsum.examples.cli;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.ExitLoadTier;
import in.lumpsum.core.nav.NavSeries;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options shared by {@code lumpsum backtest sip}, {@code swp} and {@code stp}: the dates, the
 * benchmark, the charges of the scheme units leave ({@code --debt}, {@code --exit-load}) and
 * {@code --json}.
 */
final class BacktestOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD",
      description = "The first date: the first instalment, or the purchase of the corpus or lump "
          + "sum. Later ones fall on the same day of each month.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD",
      description = "The valuation date (default: the NAV file's last date).")
  LocalDate to;

  @Option(names = "--benchmark", paramLabel = "FILE",
      description = "An index (or fund) series to put the same money in, same formats as the NAV "
          + "file, such as an NSE index CSV.")
  Path benchmark;

  @Option(names = "--debt",
      description = "The fund (for an STP, the source) is not equity-oriented: no STT on its "
          + "redemptions and switches out (default: equity-oriented, 0.001%% STT).")
  boolean debt;

  @Option(names = "--exit-load", paramLabel = BacktestExitLoad.LABEL, split = ",",
      converter = BacktestExitLoad.TierConverter.class,
      description = "The exit load on redemptions (for an STP, on the source's switches out), by "
          + "time since each lot's allotment: 1%%:365 is 1%% within 365 days (inclusive); periods in days (365 or "
          + "365d), months (12m) or years (1y); several tiers comma-separated or repeated, shortest "
          + "first (1%%:90,0.5%%:365); none (default) for no load.")
  List<ExitLoadTier> exitLoad;

  @Option(names = "--json",
      description = "Print the inputs, totals, transactions and holdings as JSON.")
  boolean json;

  /** The {@code --benchmark} series, read, or empty; a usage error names the option. */
  Optional<BacktestReport.Series> benchmark() throws IOException {
    return benchmark == null ? Optional.empty()
        : Optional.of(BacktestReport.read(spec, "--benchmark", benchmark));
  }

  /** {@code --to}, or the last date of the series when it is not given. */
  LocalDate to(NavSeries series) {
    return to != null ? to : series.lastDate().orElseThrow();
  }

  /** The exit-load schedule given, or a usage error naming {@code --exit-load}. */
  ExitLoadSchedule exitLoadSchedule() {
    return BacktestExitLoad.schedule(exitLoad, spec.commandLine());
  }
}
