package in.lumpsum.examples.cli;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.funds.history.NavHistoryFile;
import in.lumpsum.funds.index.IndexFormat;
import in.lumpsum.funds.index.IndexFormatException;
import in.lumpsum.funds.index.IndexImport;
import in.lumpsum.funds.index.IndexImporter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a NAV (or index) series file for {@code lumpsum metrics}, detecting its format:
 * <ul>
 *   <li>{@code DD/MM/YYYY,nav}, no header, any order: the per-scheme files of the 2016 NAV history
 *       (utkarshohm/mf-nav-data; {@code ../shared/data/SOURCES.md}, section 5);</li>
 *   <li>{@code date,nav} with ISO dates, with or without a header line;</li>
 *   <li>an NSE index CSV, header {@code "Date","Open","High","Low","Close",...}, dates
 *       {@code DD-MMM-YYYY}, values quoted and space-padded: the close is taken; likewise BSE's
 *       index CSV and the Nifty total return index JSON.</li>
 * </ul>
 * The 2016 per-scheme files are read by lumpsum-funds' {@link NavHistoryFile} and the index files
 * by its {@link IndexImporter}; other files by the generic reader here. Columns are found by header
 * name when there is a header ({@code date}; {@code nav}, {@code close} or {@code value}), else the
 * first two fields are taken. Each line's date format is recognised by its shape. A line that
 * cannot be read, and a date repeated with a different value (the first one read is kept), become
 * a {@link Problem}; the rest is read. Blank lines and lines starting with {@code #} are skipped.
 */
final class MetricsInput {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter NSE =
      DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH);

  private MetricsInput() {
  }

  /** A read file: the series, the problems and the format detected. */
  record Read(NavSeries series, List<Problem> problems, String format) {
  }

  static Read read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int first = 0;
    while (first < lines.size() && (lines.get(first).isBlank()
        || lines.get(first).strip().startsWith("#"))) {
      first++;
    }
    if (first < lines.size()) {
      String head = lines.get(first).strip();
      String[] f = fields(head);
      if (head.startsWith("[") || (!looksLikeDate(f[0]) && hasColumn(f, "close"))) {
        Read index = index(file);
        if (index != null) {
          return index;
        }
      } else if (looksLikeDate(f[0]) && f[0].indexOf('/') >= 0) {
        return history(file);
      }
    }
    ParseResult.Builder<NavPoint> result = ParseResult.builder();
    int dateColumn = 0;
    int valueColumn = 1;
    int start = 0;
    String format = null;
    while (start < lines.size() && lines.get(start).isBlank()) {
      start++;
    }
    if (start < lines.size()) {
      String[] header = fields(lines.get(start));
      if (!looksLikeDate(header[0])) {
        dateColumn = -1;
        valueColumn = -1;
        for (int c = 0; c < header.length; c++) {
          String name = header[c].toLowerCase(Locale.ROOT);
          if (name.equals("date") || name.equals("nav_date") || name.equals("nav date")) {
            dateColumn = c;
          } else if (valueColumn < 0 && (name.equals("nav") || name.equals("close")
              || name.equals("value") || name.equals("net asset value"))) {
            valueColumn = c;
          }
        }
        if (dateColumn < 0 || valueColumn < 0) {
          throw new InvalidValueException("file", file + ": " + lines.get(start),
              "header names no date and nav/close/value column");
        }
        format = header[valueColumn].equalsIgnoreCase("close") ? "NSE index CSV (close)"
            : "CSV with header";
        start++;
      }
    }
    Map<LocalDate, BigDecimal> seen = new HashMap<>();
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] f = fields(line);
      if (f.length <= Math.max(dateColumn, valueColumn)) {
        result.problem(Problem.row(i + 1, line, "expected at least "
            + (Math.max(dateColumn, valueColumn) + 1) + " fields, got " + f.length));
        continue;
      }
      LocalDate date;
      try {
        date = date(f[dateColumn]);
      } catch (DateTimeParseException e) {
        result.problem(Problem.field(i + 1, "date", line,
            "date is not DD/MM/YYYY, YYYY-MM-DD or DD-MMM-YYYY"));
        continue;
      }
      if (format == null) {
        format = f[dateColumn].indexOf('/') >= 0 ? "DD/MM/YYYY,nav" : "date,nav";
      }
      NavPoint point;
      try {
        point = NavPoint.of(date, f[valueColumn]);
      } catch (InvalidValueException e) {
        result.problem(Problem.field(i + 1, "nav", line, e.getMessage()));
        continue;
      }
      BigDecimal earlier = seen.putIfAbsent(date, point.nav());
      if (earlier == null) {
        result.add(point);
      } else if (earlier.compareTo(point.nav()) != 0) {
        result.problem(Problem.field(i + 1, "nav", line, "date " + date
            + " repeated with a different value; the first, " + earlier.toPlainString()
            + ", is kept"));
      }
    }
    ParseResult<NavPoint> read = result.build();
    return new Read(NavSeries.of(read.values()), read.problems(),
        format == null ? "empty" : format);
  }

  /** Reads an index file with lumpsum-funds, or returns null if its header is none of them. */
  private static Read index(Path file) {
    IndexImport read;
    try {
      read = IndexImporter.read(file);
    } catch (IndexFormatException e) {
      return null;
    }
    String format = read.format() == IndexFormat.NSE_CSV ? "NSE index CSV (close)"
        : read.format() == IndexFormat.BSE_CSV ? "BSE index CSV (close)"
        : "Nifty TRI JSON";
    return new Read(read.series().values(), read.problems(), format);
  }

  /**
   * Reads a 2016 per-scheme file with lumpsum-funds, giving its problems this command's field
   * names and wording; comment lines are skipped as in the other formats.
   */
  private static Read history(Path file) {
    ParseResult<NavPoint> read = NavHistoryFile.read(file);
    NavSeries series = NavSeries.of(read.values());
    List<Problem> problems = new ArrayList<>();
    for (Problem p : read.problems()) {
      String raw = p.raw().strip();
      if (raw.startsWith("#")) {
        continue;
      }
      String reason = p.reason();
      if (reason.startsWith(NavHistoryFile.REASON_CONFLICT)) {
        LocalDate date = LocalDate.parse(fields(raw)[0], DMY);
        problems.add(Problem.field(p.line(), "nav", p.raw(), "date " + date
            + " repeated with a different value; the first, "
            + series.exact(date).orElseThrow().nav().toPlainString() + ", is kept"));
      } else if (reason.equals(NavHistoryFile.REASON_DATE)) {
        problems.add(Problem.field(p.line(), "date", p.raw(), reason));
      } else if (reason.equals(NavHistoryFile.REASON_SHAPE)) {
        problems.add(p);
      } else {
        problems.add(Problem.field(p.line(), "nav", p.raw(), reason));
      }
    }
    return new Read(series, problems, "DD/MM/YYYY,nav");
  }

  private static boolean hasColumn(String[] header, String name) {
    for (String h : header) {
      if (h.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static String[] fields(String line) {
    String[] f = line.split(",", -1);
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip().replace("\"", "").strip();
    }
    return f;
  }

  private static boolean looksLikeDate(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static LocalDate date(String s) {
    if (s.indexOf('/') >= 0) {
      return LocalDate.parse(s, DMY);
    }
    if (s.length() > 4 && Character.isLetter(s.charAt(3))) {
      return LocalDate.parse(s, NSE);
    }
    return LocalDate.parse(s);
  }
}
