package in.lumpsum.examples.cli;

import in.lumpsum.calc.planning.StepUp;
import java.math.BigDecimal;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The yearly rise of an instalment or a withdrawal, {@code --step-up PERCENT} or
 * {@code --step-up-amount RUPEES}: an exclusive argument group shared by {@code stepup},
 * {@code swp} and {@code goal}.
 */
final class StepUpOptions {

  @Option(names = {"-s", "--step-up"}, paramLabel = "PERCENT",
      description = "Raise the amount by this percent of the previous year's every 12 months, "
          + "such as 10.")
  BigDecimal percent;

  @Option(names = "--step-up-amount", paramLabel = "RUPEES",
      description = "Raise the amount by this many rupees every 12 months.")
  BigDecimal amount;

  /**
   * The step-up of the options given, {@link StepUp#NONE} when the group is absent, or a usage
   * error that names the option out of range.
   */
  static StepUp of(StepUpOptions options, CommandLine commandLine) {
    if (options == null) {
      return StepUp.NONE;
    }
    if (options.percent != null) {
      if (options.percent.signum() < 0
          || options.percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
        throw new ParameterException(commandLine, "--step-up: "
            + options.percent.toPlainString() + " is outside 0 to 1000 (percent a year)");
      }
      return StepUp.percent(SipConventionsMixin.fraction(options.percent));
    }
    if (options.amount.signum() < 0) {
      throw new ParameterException(commandLine, "--step-up-amount: "
          + options.amount.toPlainString() + " is below zero");
    }
    return StepUp.amount(SipConventionsMixin.money(options.amount));
  }

  /** The percent given, or null. */
  static BigDecimal percent(StepUpOptions options) {
    return options == null ? null : options.percent;
  }

  /** The amount given, in rupees to the paisa, or null. */
  static Object amount(StepUpOptions options) {
    return options == null || options.amount == null ? null
        : SipConventionsMixin.money(options.amount);
  }

  /** Whether a step-up raises anything: not a zero percent or a zero amount. */
  static boolean rises(StepUp stepUp) {
    return stepUp instanceof StepUp.Percent p ? p.rate() != 0
        : ((StepUp.Amount) stepUp).amount().signum() != 0;
  }
}
