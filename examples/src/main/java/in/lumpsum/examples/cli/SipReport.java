package in.lumpsum.examples.cli;

import in.lumpsum.calc.planning.Conventions;
import in.lumpsum.calc.planning.Projection;
import in.lumpsum.calc.planning.ScheduleYear;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.money.Money;
import in.lumpsum.examples.demo.Rupees;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Prints planning results as text or JSON for the {@code sip} family of commands. */
final class SipReport {

  private SipReport() {
  }

  /** An amount in rupees with Indian digit grouping; a loss as {@code -₹8,271.14}. */
  static String rupees(Money m) {
    return m.signum() < 0 ? "-₹" + Rupees.format(m.negate()) : "₹" + Rupees.format(m);
  }

  static String percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }

  /** The totals and the year-by-year table of a projection. */
  static void printProjection(PrintWriter out, Projection p) {
    boolean withdrawals = p.totalWithdrawn().signum() != 0;
    out.printf("%-16s %18s%n", "Invested", rupees(p.totalInvested()));
    if (withdrawals) {
      out.printf("%-16s %18s%n", "Withdrawn", rupees(p.totalWithdrawn()));
    }
    out.printf("%-16s %18s%n", "Final value", rupees(p.finalValue()));
    out.printf("%-16s %18s%n", "Gain", rupees(p.gain()));
    out.println();
    if (withdrawals) {
      String format = "%4s %14s %16s %16s %16s %16s%n";
      out.printf(format, "Year", "Monthly out", "Invested", "Withdrawn", "Value", "Gain");
      for (ScheduleYear y : p.years()) {
        out.printf(format, y.year(), Rupees.format(y.instalment()),
            Rupees.format(y.totalInvested()), Rupees.format(y.totalWithdrawn()),
            Rupees.format(y.value()), Rupees.format(y.gain()));
      }
    } else {
      String format = "%4s %14s %16s %16s %16s%n";
      out.printf(format, "Year", "Monthly in", "Invested", "Value", "Gain");
      for (ScheduleYear y : p.years()) {
        out.printf(format, y.year(), Rupees.format(y.instalment()),
            Rupees.format(y.totalInvested()), Rupees.format(y.value()), Rupees.format(y.gain()));
      }
    }
  }

  /**
   * Runs a calculation, turning an argument the calculator rejects into a usage error (exit code
   * 2) that names it.
   */
  static <T> T calculate(CommandSpec spec, Supplier<T> calculation) {
    try {
      return calculation.get();
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The JSON object of a result: command, inputs, conventions, totals and the schedule. */
  static Map<String, Object> json(String command, Map<String, Object> inputs, Conventions c,
      Map<String, Object> totals, List<?> years) {
    Map<String, Object> conventions = new LinkedHashMap<>();
    conventions.put("timing", c.timing().name());
    conventions.put("monthlyRate", c.monthlyRate().name());
    conventions.put("lumpsumCompounding", c.lumpsumCompounding().name());
    conventions.put("stepUpRounding", c.stepUpRounding().name());
    conventions.put("default", c.equals(Conventions.INDIAN_CALCULATORS));
    conventions.put("description", c.describe());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("command", command);
    root.put("inputs", inputs);
    root.put("conventions", conventions);
    root.put("totals", totals);
    root.put("years", new ArrayList<>(years));
    return root;
  }

  static Map<String, Object> totals(Projection p) {
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("invested", p.totalInvested());
    totals.put("withdrawn", p.totalWithdrawn());
    totals.put("finalValue", p.finalValue());
    totals.put("gain", p.gain());
    totals.put("months", p.months());
    return totals;
  }

  static void printJson(PrintWriter out, Map<String, Object> root) {
    out.println(JsonCodec.standard().toJson(root));
  }
}
