package in.lumpsum.examples.cli;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
 *       {@code DD-MMM-YYYY}, values quoted and space-padded: the close is taken.</li>
 * </ul>
 * Columns are found by header name when there is a header ({@code date}; {@code nav},
 * {@code close} or {@code value}), else the first two fields are taken. Each line's date format is
 * recognised by its shape. A line that cannot be read, and a date repeated with a different value
 * (the first one read is kept), become a {@link Problem}; the rest is read.
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
