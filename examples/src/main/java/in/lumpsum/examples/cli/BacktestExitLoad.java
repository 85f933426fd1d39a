package in.lumpsum.examples.cli;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.ExitLoadTier;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --exit-load} option of {@code lumpsum backtest}: tiers {@code PERCENT%:PERIOD}, such
 * as {@code 1%:365} (1% on units redeemed within 365 days of their allotment, inclusive), the period
 * in days ({@code 365} or {@code 365d}), calendar months ({@code 12m}) or years ({@code 1y}). Several
 * tiers are comma-separated or given by repeating the option, shortest period first, as scheme
 * information documents list them: {@code 1%:90,0.5%:365} is 1% within 90 days and 0.5% from day
 * 91 to day 365. {@code none} (the default) is no exit load. The schedule applies to every unit
 * bought during the back-test.
 */
final class BacktestExitLoad {

  /** The option's parameter label. */
  static final String LABEL = "PERCENT%:PERIOD";

  private BacktestExitLoad() {
  }

  /** Reads one tier; {@code none} is null. */
  static final class TierConverter implements ITypeConverter<ExitLoadTier> {
    @Override
    public ExitLoadTier convert(String value) {
      String s = value.strip().toLowerCase(Locale.ROOT);
      if (s.equals("none")) {
        return null;
      }
      int colon = s.indexOf(':');
      if (colon < 0) {
        throw new TypeConversionException("'" + value + "' is not " + LABEL
            + ", such as 1%:365 (1% within 365 days of allotment) or 0.5%:12m");
      }
      String rateText = s.substring(0, colon).strip();
      if (rateText.endsWith("%")) {
        rateText = rateText.substring(0, rateText.length() - 1).strip();
      }
      BigDecimal percent;
      try {
        percent = new BigDecimal(rateText);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "': the rate '"
            + s.substring(0, colon).strip() + "' is not a percentage such as 1%");
      }
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new TypeConversionException("'" + value + "': the rate "
            + percent.toPlainString() + "% is outside 0% to 100%");
      }
      Period period = period(value, s.substring(colon + 1).strip());
      return new ExitLoadTier(period, percent.movePointLeft(2));
    }

    private static Period period(String value, String text) {
      if (text.isEmpty()) {
        throw new TypeConversionException("'" + value + "': no period after the ':', such as"
            + " 365 (days), 12m or 1y");
      }
      char unit = text.charAt(text.length() - 1);
      String digits = Character.isDigit(unit) ? text : text.substring(0, text.length() - 1).strip();
      int n;
      try {
        n = Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > 36_500) {
        throw new TypeConversionException("'" + value + "': the period '" + text
            + "' is not a number of days (365 or 365d), months (12m) or years (1y) above zero");
      }
      return switch (unit) {
        case 'm' -> Period.ofMonths(n);
        case 'y' -> Period.ofYears(n);
        case 'd' -> Period.ofDays(n);
        default -> {
          if (Character.isDigit(unit)) {
            yield Period.ofDays(n);
          }
          throw new TypeConversionException("'" + value + "': the period '" + text
              + "' is not a number of days (365 or 365d), months (12m) or years (1y)");
        }
      };
    }
  }

  /**
   * The schedule of the tiers given, in the order given, or a usage error naming
   * {@code --exit-load} when they are not in increasing order of period.
   */
  static ExitLoadSchedule schedule(List<ExitLoadTier> given, CommandLine commandLine) {
    List<ExitLoadTier> tiers = new ArrayList<>();
    boolean none = false;
    if (given != null) {
      for (ExitLoadTier t : given) {
        if (t != null) {
          tiers.add(t);
        } else {
          none = true;
        }
      }
    }
    if (none && !tiers.isEmpty()) {
      throw new ParameterException(commandLine, "--exit-load: 'none' and tiers ("
          + describe(tiers) + ") together: give one or the other");
    }
    if (tiers.isEmpty()) {
      return ExitLoadSchedule.NONE;
    }
    try {
      return ExitLoadSchedule.of(tiers.toArray(ExitLoadTier[]::new));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--exit-load: " + describe(tiers)
          + ": tiers must be given shortest period first, each longer than the one before");
    }
  }

  /** The schedule in words, such as {@code 1% within 365 days of allotment}. */
  static String describe(ExitLoadSchedule schedule) {
    return schedule.tiers().isEmpty() ? "none" : describe(schedule.tiers())
        + " of allotment, by each lot's allotment date (first in, first out); nil after";
  }

  private static String describe(List<ExitLoadTier> tiers) {
    List<String> parts = new ArrayList<>();
    for (ExitLoadTier t : tiers) {
      parts.add(percent(t.rate()) + " within " + period(t.within()));
    }
    return String.join(", ", parts);
  }

  /** A fraction as a percentage: 0.01 is 1%. */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** A tier's period in words: 365 days, 12 months, 1 year. */
  static String period(Period p) {
    List<String> parts = new ArrayList<>();
    if (p.getYears() != 0) {
      parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
    }
    if (p.getMonths() != 0) {
      parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
    }
    if (p.getDays() != 0) {
      parts.add(p.getDays() + (p.getDays() == 1 ? " day" : " days"));
    }
    return String.join(" ", parts);
  }
}
