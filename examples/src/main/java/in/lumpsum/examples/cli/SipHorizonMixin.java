package in.lumpsum.examples.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** The expected return and horizon options of {@code sip}, {@code stepup}, {@code swp}, {@code goal}. */
final class SipHorizonMixin {

  @Option(names = {"-r", "--rate"}, required = true, paramLabel = "PERCENT",
      description = "The expected annual return in percent, such as 12.")
  BigDecimal rate;

  @Option(names = {"-y", "--years"}, required = true, paramLabel = "YEARS",
      description = "The horizon in years (1 to 100).")
  int years;

  /** The rate as a fraction: 12 is 0.12. */
  double fraction() {
    return SipConventionsMixin.fraction(rate);
  }
}
