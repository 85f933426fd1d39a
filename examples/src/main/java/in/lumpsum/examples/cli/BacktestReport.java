package in.lumpsum.examples.cli;

import in.lumpsum.calc.backtest.Backtest;
import in.lumpsum.calc.backtest.BacktestResult;
import in.lumpsum.calc.backtest.BenchmarkHoldingPoint;
import in.lumpsum.calc.backtest.BenchmarkResult;
import in.lumpsum.calc.backtest.HoldingPoint;
import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.SecuritiesTransactionTax;
import in.lumpsum.calc.charges.StampDuty;
import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.examples.demo.Rupees;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads the files of {@code lumpsum backtest} and prints a back-test as text or JSON: the inputs
 * and conventions, the totals with XIRR (and the benchmark's), the holdings at each year end and at
 * the end; the JSON adds every transaction and the holdings after each date with transactions.
 */
final class BacktestReport {

  /**
   * The scheme code given to a fund when none is given and its file is not named by one: AMFI's
   * codes have six digits today, so this eight-digit code is no real scheme's.
   */
  static final int PLACEHOLDER = SchemeCode.MAX;

  /** The placeholder code of an STP's source scheme, beside {@link #PLACEHOLDER} for the target. */
  static final int SOURCE_PLACEHOLDER = SchemeCode.MAX - 1;

  /** A series read from the file an option names. */
  record Series(String option, Path file, MetricsInput.Read read) {

    NavSeries navs() {
      return read.series();
    }

    String describe() {
      return file + " (" + read.format() + "; " + Rupees.format(BigDecimal.valueOf(navs().size()),
          0) + " values, " + navs().firstDate().orElseThrow() + " to "
          + navs().lastDate().orElseThrow() + ")";
    }
  }

  /** A scheme of the back-test: its role, its series and its code (and where the code came from). */
  record Fund(String role, Series series, SchemeCode scheme, String schemeSource) {
  }

  private final String command;
  private final String title;
  private final Map<String, Object> inputs;
  private final List<String> plan;
  private final List<Fund> funds;
  private final Optional<Series> benchmark;
  private final boolean equityOriented;
  private final ExitLoadSchedule exitLoad;
  private final BacktestResult result;

  /**
   * A report.
   *
   * @param command the command, such as {@code backtest sip}
   * @param title the first line of the text
   * @param inputs the command's own inputs, for the JSON (the files, dates and charges are added)
   * @param plan the plan's conventions in words, before the common ones
   */
  BacktestReport(String command, String title, Map<String, Object> inputs, List<String> plan,
      List<Fund> funds, Optional<Series> benchmark, boolean equityOriented,
      ExitLoadSchedule exitLoad, BacktestResult result) {
    this.command = command;
    this.title = title;
    this.inputs = inputs;
    this.plan = plan;
    this.funds = funds;
    this.benchmark = benchmark;
    this.equityOriented = equityOriented;
    this.exitLoad = exitLoad;
    this.result = result;
  }

  /**
   * Reads a NAV or index file with {@link MetricsInput}, printing the lines it skipped on standard
   * error; a missing, unreadable or empty file is a usage error naming the option.
   */
  static Series read(CommandSpec spec, String option, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), option + ": no such file: " + file);
    }
    MetricsInput.Read read;
    try {
      read = MetricsInput.read(file);
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Problem p : read.problems()) {
      err.println("lumpsum: " + file + ":" + p.line() + ": " + (p.field().isEmpty() ? ""
          : p.field() + ": ") + p.reason() + " (skipped)");
    }
    err.flush();
    if (read.series().isEmpty()) {
      throw new ParameterException(spec.commandLine(), option + ": " + file
          + ": no NAVs read (" + read.problems().size() + " lines skipped)");
    }
    return new Series(option, file, read);
  }

  /**
   * The scheme code of a fund: the one given, else the file's name when it is a code (such as
   * {@code 119551.csv}), else a placeholder. A code given that is not one is a usage error naming
   * the option.
   */
  static Fund fund(CommandSpec spec, String role, Series series, String option, String given,
      int placeholder) {
    if (given != null) {
      try {
        return new Fund(role, series, SchemeCode.parse(given), option);
      } catch (InvalidValueException e) {
        throw new ParameterException(spec.commandLine(), option + ": '" + given
            + "' is not a scheme code (one to eight digits, from 1)", e);
      }
    }
    String name = series.file().getFileName().toString();
    int dot = name.indexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    if (stem.matches("[0-9]{1,8}") && Integer.parseInt(stem) > 0) {
      return new Fund(role, series, SchemeCode.parse(stem), "the file's name");
    }
    return new Fund(role, series, SchemeCode.of(placeholder), "placeholder: give " + option);
  }

  /**
   * Runs a back-test, turning an argument the calculator rejects into a usage error (exit code 2)
   * that names the option for the calculator's field ({@code start} is {@code --from}), as
   * {@link SipReport#calculate} does for the planning commands.
   */
  static BacktestResult calculate(CommandSpec spec, Map<String, String> optionOfField,
      Supplier<BacktestResult> backtest) {
    try {
      return backtest.get();
    } catch (InvalidValueException e) {
      String option = optionOfField.get(e.field());
      String message = e.getMessage();
      if (option != null) {
        String prefix = e.field() + ": ";
        message = option + ": " + (message.startsWith(prefix) ? message.substring(prefix.length())
            : message);
      }
      throw new ParameterException(spec.commandLine(), message, e);
    }
  }

  /** The conventions in words, the plan's first. */
  List<String> conventions() {
    List<String> c = new ArrayList<>(plan);
    c.add("units: the amount (after stamp duty) / NAV, rounded half up to 3 decimals");
    c.add("stamp duty: " + BacktestExitLoad.percent(StampDuty.RATE_2020) + " from "
        + StampDuty.EFFECTIVE_FROM + " on purchases and switches in, deducted from the amount "
        + "before allotment (none before)");
    c.add(equityOriented
        ? "STT: " + BacktestExitLoad.percent(SecuritiesTransactionTax.RATE_2013) + " from "
            + SecuritiesTransactionTax.EFFECTIVE_FROM + " on redemptions and switches out of an "
            + "equity-oriented fund, on the value after exit load"
        : "STT: none (--debt: not an equity-oriented fund)");
    c.add("exit load: " + BacktestExitLoad.describe(exitLoad));
    c.add("value: units × the NAV on or before each date; XIRR (Actual/365) of the money paid "
        + "in and out, with the final value received on " + result.end());
    if (benchmark.isPresent()) {
      c.add("benchmark: each date's net cash flow put into (or taken out of) the index at its "
          + "value on or after that date, without charges or unit rounding; valued as the fund");
    }
    return c;
  }

  /** Prints the report as text, or as JSON when asked. */
  void print(PrintWriter out, boolean json) {
    if (json) {
      SipReport.printJson(out, json());
    } else {
      text(out);
    }
    out.flush();
  }

  private void text(PrintWriter out) {
    out.println(title);
    for (Fund f : funds) {
      out.printf("%-11s %s%n", f.role() + ":", f.series().describe());
      out.printf("%-11s scheme %s (%s), %s%n", "", f.scheme(), f.schemeSource(),
          f == funds.get(0) ? (equityOriented ? "equity-oriented" : "not equity-oriented")
              : "bought by switches in");
    }
    benchmark.ifPresent(b -> out.printf("%-11s %s%n", "Benchmark:", b.describe()));
    out.println("Conventions:");
    for (String c : conventions()) {
      out.println("  - " + c);
    }
    out.println();
    out.printf("%-16s %18s%n", "Invested", SipReport.rupees(result.paidIn()));
    out.printf("%-16s %18s%n", "Withdrawn", SipReport.rupees(result.paidOut()));
    out.printf("%-16s %18s%n", "Stamp duty", SipReport.rupees(result.stampDuty()));
    out.printf("%-16s %18s%n", "Exit load", SipReport.rupees(result.exitLoad()));
    out.printf("%-16s %18s%n", "STT", SipReport.rupees(result.stt()));
    out.printf("%-16s %18s%n", "Final value", SipReport.rupees(result.finalValue()));
    out.printf("%-16s %18s%n", "Gain", SipReport.rupees(result.gain()));
    out.println(xirrLine("XIRR", result.xirr()));
    if (result.benchmark().isPresent()) {
      BenchmarkResult b = result.benchmark().get();
      out.printf("%-16s %18s%n", "Benchmark value", SipReport.rupees(b.finalValue()));
      out.println(xirrLine("Benchmark XIRR", b.xirr()));
    }
    out.printf("%d transactions (--json lists them)%n", result.transactions().size());
    out.println();
    boolean withBenchmark = result.benchmark().isPresent();
    boolean several = funds.size() > 1;
    StringBuilder head = new StringBuilder(String.format("%-10s", "Date"));
    for (Fund f : funds) {
      String p = several ? f.role() + " " : "";
      head.append(String.format(" %14s %12s %16s", p + "units", "NAV", p + "value"));
    }
    if (several) {
      head.append(String.format(" %16s", "Total"));
    }
    if (withBenchmark) {
      head.append(String.format(" %16s", "Benchmark"));
    }
    out.println("Holdings at each year end and at the end:");
    out.println(head);
    for (YearEnd y : yearEnds()) {
      StringBuilder row = new StringBuilder(String.format("%-10s", y.date()));
      for (Fund f : funds) {
        Optional<HoldingPoint> h = y.holdings().stream()
            .filter(p -> p.scheme().equals(f.scheme())).findFirst();
        row.append(h.isEmpty() ? String.format(" %14s %12s %16s", "-", "-", "-")
            : String.format(" %14s %12s %16s", Rupees.format(h.get().units().value(), 3),
                h.get().nav(), Rupees.format(h.get().value())));
      }
      if (several) {
        row.append(String.format(" %16s", Rupees.format(y.value())));
      }
      if (withBenchmark) {
        row.append(String.format(" %16s", y.benchmarkValue() == null ? "-"
            : Rupees.format(y.benchmarkValue())));
      }
      out.println(row);
    }
  }

  /** An XIRR line as {@code lumpsum xirr} words it: the rate, or the typed reason there is none. */
  private static String xirrLine(String label, XirrResult xirr) {
    if (xirr instanceof XirrResult.Rate r) {
      return String.format(Locale.ROOT, "%-16s %18s", label,
          String.format(Locale.ROOT, "%.4f%% a year", r.rate() * 100));
    }
    XirrResult.NoRate n = (XirrResult.NoRate) xirr;
    return String.format(Locale.ROOT, "%-16s no XIRR: %s: %s", label, n.reason(), n.detail());
  }

  private Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("command", command);
    root.put("folio", Backtest.FOLIO_NUMBER);
    Map<String, Object> in = new LinkedHashMap<>();
    List<Object> schemes = new ArrayList<>();
    for (Fund f : funds) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("role", f.role().toLowerCase(Locale.ROOT));
      s.put("option", f.series().option());
      s.put("file", f.series().file().toString());
      s.put("format", f.series().read().format());
      s.put("navs", f.series().navs().size());
      s.put("problems", f.series().read().problems().size());
      s.put("scheme", f.scheme());
      s.put("schemeSource", f.schemeSource());
      schemes.add(s);
    }
    in.put("schemes", schemes);
    in.putAll(inputs);
    in.put("from", result.start());
    in.put("to", result.end());
    in.put("equityOriented", equityOriented);
    List<Object> tiers = new ArrayList<>();
    exitLoad.tiers().forEach(t -> {
      Map<String, Object> tier = new LinkedHashMap<>();
      tier.put("within", t.within().toString());
      tier.put("ratePercent", t.rate().movePointRight(2).stripTrailingZeros());
      tiers.add(tier);
    });
    in.put("exitLoad", tiers);
    in.put("benchmark", benchmark.map(b -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("file", b.file().toString());
      s.put("format", b.read().format());
      s.put("values", b.navs().size());
      s.put("problems", b.read().problems().size());
      return s;
    }).orElse(null));
    root.put("inputs", in);
    root.put("conventions", conventions());
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("invested", result.paidIn());
    totals.put("withdrawn", result.paidOut());
    totals.put("stampDuty", result.stampDuty());
    totals.put("exitLoad", result.exitLoad());
    totals.put("stt", result.stt());
    totals.put("finalValue", result.finalValue());
    totals.put("gain", result.gain());
    totals.put("xirr", xirr(result.xirr()));
    root.put("totals", totals);
    root.put("benchmark", result.benchmark().map(b -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("finalValue", b.finalValue());
      o.put("xirr", xirr(b.xirr()));
      List<Object> flows = new ArrayList<>();
      for (CashFlow f : b.flows()) {
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("date", f.date());
        flow.put("amount", f.amount());
        flows.add(flow);
      }
      o.put("flows", flows);
      o.put("holdings", b.holdings());
      return o;
    }).orElse(null));
    List<Object> transactions = new ArrayList<>();
    for (Transaction t : result.transactions()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("date", t.tradeDate());
      o.put("type", t.type().name());
      o.put("scheme", t.schemeCode());
      o.put("amount", t.amount());
      o.put("units", t.units());
      o.put("nav", t.nav().orElse(null));
      o.put("description", t.description().orElse(null));
      transactions.add(o);
    }
    root.put("transactions", transactions);
    root.put("holdings", result.holdings());
    List<Object> years = new ArrayList<>();
    for (YearEnd y : yearEnds()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("date", y.date());
      o.put("holdings", y.holdings());
      o.put("value", y.value());
      o.put("benchmarkValue", y.benchmarkValue());
      years.add(o);
    }
    root.put("yearEnds", years);
    return root;
  }

  private static Map<String, Object> xirr(XirrResult x) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (x instanceof XirrResult.Rate r) {
      o.put("rate", r.rate());
      o.put("method", r.method().name());
      o.put("uniqueness", r.uniqueness().name());
      o.put("otherRoots", r.otherRoots());
    } else {
      XirrResult.NoRate n = (XirrResult.NoRate) x;
      o.put("rate", null);
      o.put("reason", n.reason().name());
      o.put("detail", n.detail());
    }
    return o;
  }

  /**
   * The holdings on one date: each scheme's units after every transaction traded on or before the
   * date, at the NAV on or before it (money switched out and not yet switched in, over a weekend,
   * is in neither); the benchmark's likewise, when there is one (null when the index has no value
   * by then).
   */
  record YearEnd(LocalDate date, List<HoldingPoint> holdings, Money value, Money benchmarkValue) {
  }

  /** The holdings on 31 December of each year from the start and before the end, and at the end. */
  List<YearEnd> yearEnds() {
    List<LocalDate> dates = new ArrayList<>();
    for (int year = result.start().getYear(); ; year++) {
      LocalDate d = LocalDate.of(year, 12, 31);
      if (!d.isBefore(result.end())) {
        break;
      }
      if (!d.isBefore(result.start())) {
        dates.add(d);
      }
    }
    dates.add(result.end());
    List<YearEnd> rows = new ArrayList<>();
    for (LocalDate d : dates) {
      List<HoldingPoint> points = new ArrayList<>();
      Money total = Money.ZERO;
      for (Fund f : funds) {
        // The units after every transaction traded on or before the date, from the transactions
        // themselves: a switch out on a Saturday leaves the source before the target's units
        // arrive on Monday, and the money in transit is in neither.
        Units units = Units.ZERO;
        boolean traded = false;
        for (Transaction t : result.transactions()) {
          if (t.schemeCode().equals(f.scheme()) && !t.tradeDate().isAfter(d)
              && t.type().movesUnits()) {
            units = t.type().unitsEffect() > 0 ? units.plus(t.units()) : units.minus(t.units());
            traded = true;
          }
        }
        NavSeries navs = f.series().navs();
        int i = navs.indexOnOrBefore(d);
        if (!traded || i < 0) {
          continue;
        }
        Nav nav = Nav.of(navs.navAt(i));
        HoldingPoint p = new HoldingPoint(d, f.scheme(), units, nav, units.valueAt(nav));
        points.add(p);
        total = total.plus(p.value());
      }
      Money bench = null;
      if (result.benchmark().isPresent()) {
        NavSeries index = benchmark.orElseThrow().navs();
        int i = index.indexOnOrBefore(d);
        if (i >= 0) {
          double units = 0;
          for (BenchmarkHoldingPoint h : result.benchmark().get().holdings()) {
            if (!h.date().isAfter(d)) {
              units = h.units();
            }
          }
          // As the back-test values the index holding: units x level, rounded to paise.
          bench = Money.of(BigDecimal.valueOf(units * index.navAsDouble(i)));
        }
      }
      rows.add(new YearEnd(d, points, total, bench));
    }
    return rows;
  }
}
