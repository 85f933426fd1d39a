package in.lumpsum.examples.cli;

import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.Xirr;
import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.result.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lumpsum xirr FILE}: the XIRR of dated cash flows in a CSV file, or the typed reason there
 * is none.
 *
 * <p>Each line is {@code date,amount}: the date as {@code YYYY-MM-DD} or {@code DD/MM/YYYY}, the
 * amount in rupees, negative when paid in and positive when received (spreadsheet XIRR's sign).
 * Flows may come in any order. Blank lines, lines starting with {@code #} and a first line that is a
 * header ({@code date,amount}) are skipped. A line that cannot be read is reported with its number
 * and the command fails (exit 1): an XIRR without one of its flows would be wrong silently.
 */
@Command(name = "xirr", mixinStandardHelpOptions = true,
    description = {"Prints the XIRR (annual, Actual/365) of the cash flows in FILE, or why there is "
        + "none. Each line: date,amount (YYYY-MM-DD or DD/MM/YYYY; paid in negative, received "
        + "positive), in any order."})
final class XirrCommand implements Callable<Integer> {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV of date,amount lines.")
  Path file;

  @Option(names = "--json", description = "Print a JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParseResult<CashFlow> read = read(file);
    if (!read.problems().isEmpty()) {
      if (json) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file.toString());
        o.put("error", "unreadable lines");
        List<Object> problems = new ArrayList<>();
        for (Problem p : read.problems()) {
          Map<String, Object> q = new LinkedHashMap<>();
          q.put("line", p.line());
          q.put("field", p.field());
          q.put("raw", p.raw());
          q.put("reason", p.reason());
          problems.add(q);
        }
        o.put("problems", problems);
        out.println(JsonCodec.standard().toJson(o));
      }
      for (Problem p : read.problems()) {
        err.println("lumpsum: " + file + ":" + p.line() + ": " + (p.field().isEmpty() ? ""
            : p.field() + ": ") + p.reason() + " (\"" + p.raw() + "\")");
      }
      return 1;
    }
    List<CashFlow> flows = read.values();
    XirrResult result = Xirr.DEFAULT.xirr(flows);
    if (json) {
      out.println(JsonCodec.standard().toJson(toJson(flows, result)));
    } else if (result instanceof XirrResult.Rate r) {
      out.printf(Locale.ROOT, "XIRR %.4f%% a year (%s) from %d flows, %s to %s%n", r.rate() * 100,
          r.rate(), flows.size(), first(flows), last(flows));
      out.printf(Locale.ROOT, "method %s, %d evaluations, %s%s%n", r.method(), r.iterations(),
          r.uniqueness(), r.otherRootsExist() ? "; other rates: " + r.otherRoots() : "");
    } else if (result instanceof XirrResult.NoRate n) {
      out.printf(Locale.ROOT, "no XIRR: %s: %s%n", n.reason(), n.detail());
    }
    return 0;
  }

  private static Map<String, Object> toJson(List<CashFlow> flows, XirrResult result) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("flows", flows.size());
    o.put("firstDate", flows.isEmpty() ? null : first(flows));
    o.put("lastDate", flows.isEmpty() ? null : last(flows));
    if (result instanceof XirrResult.Rate r) {
      o.put("rate", r.rate());
      o.put("continuousRate", r.continuousRate());
      o.put("method", r.method().name());
      o.put("signChanges", r.signChanges());
      o.put("uniqueness", r.uniqueness().name());
      o.put("otherRoots", r.otherRoots());
      o.put("iterations", r.iterations());
    } else if (result instanceof XirrResult.NoRate n) {
      o.put("rate", null);
      o.put("reason", n.reason().name());
      o.put("detail", n.detail());
      o.put("iterations", n.iterations());
    }
    return o;
  }

  private static LocalDate first(List<CashFlow> flows) {
    return flows.stream().map(CashFlow::date).min(LocalDate::compareTo).orElseThrow();
  }

  private static LocalDate last(List<CashFlow> flows) {
    return flows.stream().map(CashFlow::date).max(LocalDate::compareTo).orElseThrow();
  }

  /** Reads {@code date,amount} lines: good flows plus one problem per bad line. */
  static ParseResult<CashFlow> read(Path file) throws IOException {
    ParseResult.Builder<CashFlow> result = ParseResult.builder();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] f = text.split(",", -1);
      if (i == 0 && f.length >= 1 && f[0].strip().replace("\"", "").equalsIgnoreCase("date")) {
        continue;
      }
      if (f.length != 2) {
        result.problem(Problem.row(i + 1, line, "expected date,amount (2 fields), got "
            + f.length));
        continue;
      }
      LocalDate date;
      try {
        date = date(f[0]);
      } catch (DateTimeParseException e) {
        result.problem(Problem.field(i + 1, "date", line,
            "date is not YYYY-MM-DD or DD/MM/YYYY"));
        continue;
      }
      try {
        result.add(CashFlow.of(date, new BigDecimal(f[1].strip().replace("\"", ""))));
      } catch (NumberFormatException e) {
        result.problem(Problem.field(i + 1, "amount", line, "amount is not a number"));
      }
    }
    return result.build();
  }

  private static LocalDate date(String raw) {
    String s = raw.strip().replace("\"", "");
    return s.indexOf('/') >= 0 ? LocalDate.parse(s, DMY) : LocalDate.parse(s);
  }
}
