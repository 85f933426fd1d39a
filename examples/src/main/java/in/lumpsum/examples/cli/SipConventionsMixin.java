package in.lumpsum.examples.cli;

import in.lumpsum.calc.planning.Conventions;
import in.lumpsum.calc.planning.LumpsumCompounding;
import in.lumpsum.calc.planning.MonthlyRate;
import in.lumpsum.calc.planning.PaymentTiming;
import in.lumpsum.calc.planning.Planner;
import in.lumpsum.calc.planning.StepUpRounding;
import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options shared by {@code lumpsum sip}, {@code stepup}, {@code swp}, {@code goal} and
 * {@code retirement}: the
 * conventions of the calculation and {@code --json}.
 */
final class SipConventionsMixin {

  @Option(names = "--timing", paramLabel = "start|end", converter = TimingConverter.class,
      description = "When each month's instalment or withdrawal happens: start (annuity due, "
          + "default, as the popular Indian calculator pages) or end (ordinary annuity).")
  PaymentTiming timing = Conventions.INDIAN_CALCULATORS.timing();

  @Option(names = "--monthly-rate", paramLabel = "nominal|effective",
      converter = MonthlyRateConverter.class,
      description = "How the annual rate becomes monthly: nominal (annual / 12, default) or "
          + "effective ((1 + annual)^(1/12) - 1).")
  MonthlyRate monthlyRate = Conventions.INDIAN_CALCULATORS.monthlyRate();

  @Option(names = "--lumpsum-compounding", paramLabel = "annual|monthly",
      converter = CompoundingConverter.class,
      description = "How a lump sum or existing corpus compounds: annual (default) or monthly "
          + "(at the monthly rate).")
  LumpsumCompounding lumpsumCompounding = Conventions.INDIAN_CALCULATORS.lumpsumCompounding();

  @Option(names = "--step-up-rounding", paramLabel = "none|paisa|rupee|ten|hundred",
      converter = RoundingConverter.class,
      description = "How a stepped-up instalment is rounded each year (default none).")
  StepUpRounding stepUpRounding = Conventions.INDIAN_CALCULATORS.stepUpRounding();

  @Option(names = "--json", description = "Print the totals and the yearly schedule as JSON.")
  boolean json;

  Conventions conventions() {
    return new Conventions(timing, monthlyRate, lumpsumCompounding, stepUpRounding);
  }

  Planner planner() {
    return Planner.of(conventions());
  }

  /** The conventions in words, saying when they are the default. */
  String conventionsLine() {
    Conventions c = conventions();
    return c.describe() + (c.equals(Conventions.INDIAN_CALCULATORS)
        ? " (default: as the popular Indian calculator pages)" : "");
  }

  /** A percentage option as a fraction: 12 is 0.12. */
  static double fraction(BigDecimal percent) {
    return percent.movePointLeft(2).doubleValue();
  }

  static Money money(BigDecimal rupees) {
    return Money.of(rupees);
  }

  private static String key(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  static final class TimingConverter implements ITypeConverter<PaymentTiming> {
    @Override
    public PaymentTiming convert(String value) {
      return switch (key(value)) {
        case "start" -> PaymentTiming.START_OF_MONTH;
        case "end" -> PaymentTiming.END_OF_MONTH;
        default -> throw new TypeConversionException("'" + value + "' is not start or end");
      };
    }
  }

  static final class MonthlyRateConverter implements ITypeConverter<MonthlyRate> {
    @Override
    public MonthlyRate convert(String value) {
      return switch (key(value)) {
        case "nominal" -> MonthlyRate.NOMINAL;
        case "effective" -> MonthlyRate.EFFECTIVE;
        default -> throw new TypeConversionException("'" + value + "' is not nominal or effective");
      };
    }
  }

  static final class CompoundingConverter implements ITypeConverter<LumpsumCompounding> {
    @Override
    public LumpsumCompounding convert(String value) {
      return switch (key(value)) {
        case "annual" -> LumpsumCompounding.ANNUAL;
        case "monthly" -> LumpsumCompounding.AT_MONTHLY_RATE;
        default -> throw new TypeConversionException("'" + value + "' is not annual or monthly");
      };
    }
  }

  static final class RoundingConverter implements ITypeConverter<StepUpRounding> {
    @Override
    public StepUpRounding convert(String value) {
      return switch (key(value)) {
        case "none" -> StepUpRounding.NONE;
        case "paisa" -> StepUpRounding.PAISA;
        case "rupee" -> StepUpRounding.RUPEE;
        case "ten" -> StepUpRounding.TEN_RUPEES;
        case "hundred" -> StepUpRounding.HUNDRED_RUPEES;
        default -> throw new TypeConversionException(
            "'" + value + "' is not none, paisa, rupee, ten or hundred");
      };
    }
  }
}
