package in.lumpsum.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The scheme of {@code lumpsum backtest sip} and {@code swp}: its NAV file ({@code --navs}) and
 * AMFI code ({@code --scheme}).
 */
final class BacktestFundOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--navs", required = true, paramLabel = "FILE",
      description = "The scheme's NAV history: DD/MM/YYYY,nav lines; date,nav CSV; or an "
          + "NSE/BSE index CSV (as lumpsum metrics reads them).")
  Path navs;

  @Option(names = "--scheme", paramLabel = "CODE",
      description = "The scheme's AMFI code, carried by the transactions (default: the file's "
          + "name when it is a code, such as 119551.csv, else the placeholder "
          + BacktestReport.PLACEHOLDER + ").")
  String scheme;

  /** Reads {@code --navs} and names the scheme, or a usage error naming the option at fault. */
  BacktestReport.Fund fund() throws IOException {
    BacktestReport.Series series = BacktestReport.read(spec, "--navs", navs);
    return BacktestReport.fund(spec, "Fund", series, "--scheme", scheme,
        BacktestReport.PLACEHOLDER);
  }
}
