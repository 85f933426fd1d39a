package in.lumpsum.examples.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The expected return and horizon options of the sip, stepup, swp and goal commands. */
final class SipHorizonMixin {

  private static final BigDecimal MIN_PERCENT = new BigDecimal("-99");
  private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = {"-r", "--rate"}, required = true, paramLabel = "PERCENT",
      description = "The expected annual return in percent, such as 12.")
  BigDecimal rate;

  @Option(names = {"-y", "--years"}, required = true, paramLabel = "YEARS",
      description = "The horizon in years (1 to 100).")
  int years;

  /** The rate as a fraction (12 is 0.12), or a usage error naming {@code --rate}. */
  double fraction() {
    if (rate.compareTo(MIN_PERCENT) < 0 || rate.compareTo(MAX_PERCENT) > 0) {
      throw new ParameterException(spec.commandLine(), "--rate: " + rate.toPlainString()
          + " is outside -99 to 1000 (percent a year)");
    }
    return SipConventionsMixin.fraction(rate);
  }
}
