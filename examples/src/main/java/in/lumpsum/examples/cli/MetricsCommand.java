package in.lumpsum.examples.cli;

import in.lumpsum.calc.returns.NavReturns;
import in.lumpsum.calc.returns.PeriodReturn;
import in.lumpsum.calc.returns.RollingResult;
import in.lumpsum.calc.returns.RollingReturns;
import in.lumpsum.calc.returns.RollingSummary;
import in.lumpsum.calc.returns.TrailingPeriod;
import in.lumpsum.calc.risk.BenchmarkMetrics;
import in.lumpsum.calc.risk.Drawdown;
import in.lumpsum.calc.risk.RiskCalculator;
import in.lumpsum.calc.risk.RiskMetrics;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.result.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lumpsum metrics FILE}: the return and risk metrics of a NAV series, optionally against a
 * benchmark on common dates. File formats: see {@link MetricsInput}.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = {"Prints trailing, calendar-year, since-inception and rolling returns and risk "
        + "metrics of the NAV series in FILE (DD/MM/YYYY,nav; date,nav; or an NSE index CSV), and "
        + "against --benchmark FILE on the dates both share."})
final class MetricsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The NAV series.")
  Path file;

  @Option(names = "--benchmark", paramLabel = "FILE",
      description = "A benchmark series (an index or a fund), same formats.")
  Path benchmark;

  @Option(names = "--rf", paramLabel = "PERCENT", defaultValue = "0",
      description = "Annual risk-free rate in percent, such as 6.5 (default ${DEFAULT-VALUE}).")
  double riskFreePercent;

  @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "95",
      description = "Confidence of VaR and CVaR in percent (default ${DEFAULT-VALUE}).")
  double confidencePercent;

  @Option(names = "--rolling", paramLabel = "YEARS", split = ",", defaultValue = "1,3,5,10",
      description = "Rolling windows in years, comma-separated (default ${DEFAULT-VALUE}).")
  int[] rollingYears;

  @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "12",
      description = "Rolling returns: share of windows above this annual rate in percent "
          + "(default ${DEFAULT-VALUE}).")
  double thresholdPercent;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "End of trailing and calendar-year returns (default: the last NAV date).")
  LocalDate asOf;

  @Option(names = "--json", description = "Print a JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MetricsInput.Read fund = MetricsInput.read(file);
    warn(err, file, fund.problems());
    Optional<MetricsInput.Read> bench = Optional.empty();
    if (benchmark != null) {
      bench = Optional.of(MetricsInput.read(benchmark));
      warn(err, benchmark, bench.get().problems());
    }
    NavSeries series = fund.series();
    if (series.size() < 3) {
      err.println("lumpsum: " + file + ": " + series.size()
          + " NAVs read; at least 3 are needed");
      return 1;
    }
    RiskCalculator calc = RiskCalculator.builder().riskFreeRate(riskFreePercent / 100)
        .confidence(confidencePercent / 100).build();
    RiskMetrics m = bench.isPresent() ? calc.metrics(series, bench.get().series())
        : calc.metrics(series);
    LocalDate end = asOf != null ? asOf : series.lastDate().orElseThrow();
    Map<TrailingPeriod, PeriodReturn> trailing = NavReturns.trailing(series, end);
    PeriodReturn inception = NavReturns.sinceInception(series, end);
    SortedMap<Integer, PeriodReturn> calendar = NavReturns.calendarYears(series, end);
    double threshold = thresholdPercent / 100;
    Map<Integer, RollingResult[]> rolling = new LinkedHashMap<>();
    for (int years : rollingYears) {
      Period window = Period.ofYears(years);
      rolling.put(years, new RollingResult[] {RollingReturns.lumpsum(series, window),
          RollingReturns.sip(series, window)});
    }

    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", file.toString());
      o.put("format", fund.format());
      o.put("navs", series.size());
      o.put("problems", fund.problems().size());
      o.put("asOf", end);
      Map<String, Object> t = new LinkedHashMap<>();
      trailing.forEach((p, r) -> t.put(p.label(), period(r)));
      o.put("trailing", t);
      o.put("sinceInception", period(inception));
      Map<String, Object> y = new LinkedHashMap<>();
      calendar.forEach((year, r) -> y.put(year.toString(), period(r)));
      o.put("calendarYears", y);
      Map<String, Object> windows = new LinkedHashMap<>();
      rolling.forEach((years, r) -> {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("lumpsum", rolling(r[0], threshold));
        w.put("sip", rolling(r[1], threshold));
        windows.put(years + "Y", w);
      });
      o.put("rolling", windows);
      o.put("risk", risk(m));
      bench.ifPresent(b -> o.put("benchmarkFile", benchmark.toString()));
      o.put("benchmark", m.benchmark().map(MetricsCommand::benchmark));
      out.println(JsonCodec.standard().toJson(o));
      return 0;
    }

    out.printf(Locale.ROOT, "%s: %d NAVs (%s), %s to %s, %.1f a year%n", file, series.size(),
        fund.format(), m.startDate(), m.endDate(), m.periodsPerYear());
    out.println("Returns to " + end + " (up to 1Y absolute, beyond CAGR; NAV on or before each"
        + " end):");
    for (Map.Entry<TrailingPeriod, PeriodReturn> e : trailing.entrySet()) {
      out.printf(Locale.ROOT, "  %-16s %s%n", e.getKey().label(), text(e.getValue()));
    }
    out.printf(Locale.ROOT, "  %-16s %s%n", "since inception", text(inception));
    out.println("Calendar years:");
    for (Map.Entry<Integer, PeriodReturn> e : calendar.entrySet()) {
      out.printf(Locale.ROOT, "  %-16s %s%n", e.getKey(), text(e.getValue()));
    }
    out.println("Rolling returns, one window ending on each NAV date (SIP: monthly instalments):");
    rolling.forEach((years, r) -> {
      out.printf(Locale.ROOT, "  %2dY lumpsum CAGR %s%n", years, text(r[0], threshold));
      out.printf(Locale.ROOT, "  %2dY SIP XIRR     %s%n", years, text(r[1], threshold));
    });
    out.printf(Locale.ROOT, "Risk (risk-free %.2f%% a year):%n", riskFreePercent);
    out.printf(Locale.ROOT, "  CAGR %s, volatility %s, downside deviation %s%n",
        pct(m.annualisedReturn()), pct(m.volatility()), pct(m.downsideDeviation()));
    out.printf(Locale.ROOT, "  Sharpe %s, Sortino %s, Calmar %s, Omega %s%n", num(m.sharpe()),
        num(m.sortino()), num(m.calmar()), num(m.omega()));
    if (m.maxDrawdown().isPresent()) {
      Drawdown d = m.maxDrawdown().get();
      out.printf(Locale.ROOT, "  max drawdown %s: peak %s, trough %s, %s; ulcer index %s%n",
          pct(-d.depth()), d.peakDate(), d.troughDate(), d.recoveryDate()
              .map(r -> "recovered " + r + " (" + d.durationDays(m.endDate()) + " days under water)")
              .orElse("not recovered by " + m.endDate()), pct(m.ulcerIndex()));
    } else {
      out.println("  max drawdown none: the series never fell below a previous peak");
    }
    out.printf(Locale.ROOT,
        "  one-period VaR %.0f%%: historical %s (CVaR %s), parametric %s (CVaR %s)%n",
        m.tailRisk().confidence() * 100, pct(m.tailRisk().historicalVar()),
        pct(m.tailRisk().historicalCvar()), pct(m.tailRisk().parametricVar()),
        pct(m.tailRisk().parametricCvar()));
    out.printf(Locale.ROOT, "  skewness %s, excess kurtosis %s%n", num(m.skewness()),
        num(m.excessKurtosis()));
    if (m.benchmark().isPresent()) {
      BenchmarkMetrics b = m.benchmark().get();
      out.printf(Locale.ROOT, "Against %s (%d common returns, %s to %s):%n", benchmark,
          b.observations(), b.startDate(), b.endDate());
      out.printf(Locale.ROOT, "  alpha %s, beta %.4f, R² %.4f, correlation %.4f%n",
          pct(b.alpha()), b.beta(), b.rSquared(), b.correlation());
      out.printf(Locale.ROOT,
          "  tracking error %s, information ratio %s, Treynor %s, up capture %s, down capture %s%n",
          pct(b.trackingError()), num(b.informationRatio()), num(b.treynor()),
          num(b.upCapture()), num(b.downCapture()));
    }
    return 0;
  }

  private static void warn(PrintWriter err, Path file, List<Problem> problems) {
    for (Problem p : problems) {
      err.println("lumpsum: " + file + ":" + p.line() + ": " + (p.field().isEmpty() ? ""
          : p.field() + ": ") + p.reason() + " (skipped)");
    }
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
  }

  private static String num(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }

  private static String text(PeriodReturn r) {
    if (r instanceof PeriodReturn.Value v) {
      return String.format(Locale.ROOT, "%8s %s  (%s %.4f to %s %.4f)", pct(v.value()),
          v.annualised() ? "CAGR    " : "absolute", v.startDate(), v.startNav(), v.endDate(),
          v.endNav());
    }
    PeriodReturn.NotAvailable n = (PeriodReturn.NotAvailable) r;
    return "     n/a " + n.reason() + ": " + n.detail();
  }

  private static String text(RollingResult r, double threshold) {
    Optional<RollingSummary> s = r.summary(threshold);
    if (s.isEmpty()) {
      return "n/a: the series is shorter than one window";
    }
    RollingSummary x = s.get();
    return String.format(Locale.ROOT,
        "%d windows: min %s, median %s, max %s; below 0 in %s, above %s in %s", x.windows(),
        pct(x.min()), pct(x.median()), pct(x.max()), pct(x.shareBelowZero()), pct(threshold),
        pct(x.shareAboveThreshold()));
  }

  private static Object period(PeriodReturn r) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (r instanceof PeriodReturn.Value v) {
      o.put("value", v.value());
      o.put("annualised", v.annualised());
      o.put("startDate", v.startDate());
      o.put("startNav", v.startNav());
      o.put("endDate", v.endDate());
      o.put("endNav", v.endNav());
    } else {
      PeriodReturn.NotAvailable n = (PeriodReturn.NotAvailable) r;
      o.put("value", null);
      o.put("reason", n.reason().name());
      o.put("detail", n.detail());
    }
    return o;
  }

  private static Object rolling(RollingResult r, double threshold) {
    Optional<RollingSummary> s = r.summary(threshold);
    if (s.isEmpty()) {
      return null;
    }
    RollingSummary x = s.get();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("windows", x.windows());
    o.put("min", x.min());
    o.put("p5", x.p5());
    o.put("p25", x.p25());
    o.put("median", x.median());
    o.put("p75", x.p75());
    o.put("p95", x.p95());
    o.put("max", x.max());
    o.put("mean", x.mean());
    o.put("shareBelowZero", x.shareBelowZero());
    o.put("threshold", x.threshold());
    o.put("shareAboveThreshold", x.shareAboveThreshold());
    o.put("worstEnd", x.worst().endDate());
    o.put("bestEnd", x.best().endDate());
    return o;
  }

  private static Object risk(RiskMetrics m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("startDate", m.startDate());
    o.put("endDate", m.endDate());
    o.put("observations", m.observations());
    o.put("periodsPerYear", m.periodsPerYear());
    o.put("riskFreeRate", m.riskFreeRate());
    o.put("annualisedReturn", m.annualisedReturn());
    o.put("volatility", m.volatility());
    o.put("downsideDeviation", m.downsideDeviation());
    o.put("sharpe", m.sharpe());
    o.put("sortino", m.sortino());
    o.put("calmar", m.calmar());
    o.put("omega", m.omega());
    o.put("maxDrawdown", m.maxDrawdown().map(d -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("depth", d.depth());
      x.put("peakDate", d.peakDate());
      x.put("troughDate", d.troughDate());
      x.put("recoveryDate", d.recoveryDate());
      x.put("declineDays", d.declineDays());
      x.put("recoveryDays", d.recoveryDays());
      x.put("durationDays", d.durationDays(m.endDate()));
      return x;
    }));
    o.put("ulcerIndex", m.ulcerIndex());
    Map<String, Object> tail = new LinkedHashMap<>();
    tail.put("confidence", m.tailRisk().confidence());
    tail.put("historicalVar", m.tailRisk().historicalVar());
    tail.put("historicalCvar", m.tailRisk().historicalCvar());
    tail.put("parametricVar", m.tailRisk().parametricVar());
    tail.put("parametricCvar", m.tailRisk().parametricCvar());
    o.put("tailRisk", tail);
    o.put("skewness", m.skewness());
    o.put("excessKurtosis", m.excessKurtosis());
    return o;
  }

  private static Object benchmark(BenchmarkMetrics b) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("observations", b.observations());
    o.put("startDate", b.startDate());
    o.put("endDate", b.endDate());
    o.put("alpha", b.alpha());
    o.put("beta", b.beta());
    o.put("correlation", b.correlation());
    o.put("rSquared", b.rSquared());
    o.put("trackingError", b.trackingError());
    o.put("informationRatio", b.informationRatio());
    o.put("treynor", b.treynor());
    o.put("upCapture", b.upCapture());
    o.put("downCapture", b.downCapture());
    return o;
  }
}
