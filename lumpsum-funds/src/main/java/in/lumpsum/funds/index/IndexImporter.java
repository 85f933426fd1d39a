package in.lumpsum.funds.index;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads benchmark index files into {@link IndexSeries}, and fixed-deposit rate tables into
 * {@link RateSeries}, recognising the {@link IndexFormat} from the header (for JSON, from its first
 * element) rather than from the file name.
 *
 * <p>Columns are found by header name. Dates are parsed strictly in each format's own style
 * ({@code 31-Feb-2016} is a problem, not 2 March). Every data row is either read or reported as one
 * {@link Problem}: a missing or non-positive close, a bad date, a row giving another close for a date
 * already read (the first is kept; a repeat with the same close counts once, as the Nifty LargeMidcap
 * 250 TRI file has for two dates). A header that matches no format raises
 * {@link IndexFormatException} naming the file and line.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class IndexImporter {

  /** Reason of a row with fewer fields than the header. */
  public static final String REASON_SHAPE = "too few fields";
  /** Reason of a row whose date is not a valid date in the file's style. */
  public static final String REASON_DATE = "date is not a valid date in the file's style";
  /** Reason of a row without a close (empty or {@code -}). */
  public static final String REASON_MISSING = "value is missing";
  /** Reason of a row whose close is not a decimal number. */
  public static final String REASON_NUMBER = "value is not a decimal number";
  /** Reason of a row whose close is zero or negative, or beyond 8 decimals or 10^10. */
  public static final String REASON_RANGE = "value is not positive or is out of range";
  /** Reason of a row giving another close for a date already read. */
  public static final String REASON_CONFLICT = "another value was read for the same date";

  // Formats from the files themselves (see ../shared/data/SOURCES.md, sections 5 and 7).
  private static final DateTimeFormatter NSE_DATE = strict("dd-MMM-uuuu");
  private static final DateTimeFormatter BSE_DATE = strict("d-MMMM-uuuu");
  // FD.csv writes 05.03.1999 but once 7.10.2014: one or two digits, still strict about the date.
  private static final DateTimeFormatter RATE_DATE = strict("d.M.uuuu");

  private static final List<String> NSE_HEADER =
      List.of("date", "open", "high", "low", "close", "shares traded", "turnover (rs. cr)");
  private static final List<String> BSE_HEADER = List.of("date", "open", "high", "low", "close");

  private IndexImporter() {}

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Reads an index file, naming the series after the file without its extension.
   *
   * @param file an NSE or BSE CSV, or a Nifty TRI JSON
   * @return the format, the series and the problems
   * @throws IndexFormatException if the header matches no index format (or is the rate table's)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static IndexImport read(Path file) {
    return read(bytes(file), file.toString(), stem(file));
  }

  /**
   * Reads an index file from a stream, to its end; the stream is not closed.
   *
   * @param in the file's bytes, UTF-8
   * @param source the file's name for errors
   * @param name the series' name
   * @return the format, the series and the problems
   * @throws IndexFormatException if the header matches no index format (or is the rate table's)
   * @throws UncheckedIOException if the stream fails
   */
  public static IndexImport read(InputStream in, String source, String name) {
    Objects.requireNonNull(in, "in");
    try {
      return read(in.readAllBytes(), source, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * Reads a rate table such as {@code FD.csv} ({@code Date,1 year,3 year}, rates in percent): one
   * {@link RateSeries} per rate column, named after the file and the column ({@code "FD 1 year"}),
   * rates as fractions ({@code 7.25} becomes {@code 0.0725}).
   *
   * @param file the file
   * @return the series and the problems
   * @throws IndexFormatException if the header is not {@code Date} followed by tenor columns
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RateImport readRates(Path file) {
    return readRates(bytes(file), file.toString(), stem(file));
  }

  // ---------------------------------------------------------------------------------------------

  private static byte[] bytes(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.lines().toList();
  }

  private static int headerLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static String cut(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  private static IndexImport read(byte[] bytes, String source, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    List<String> lines = lines(bytes);
    int h = headerLine(lines);
    if (h < 0) {
      throw new IndexFormatException(source, 0, "", "no header: the file holds no line");
    }
    String header = lines.get(h);
    if (header.strip().startsWith("[")) {
      return TriJson.read(String.join("\n", lines), source, name, h + 1);
    }
    List<String> columns = normalised(Csv.split(header));
    IndexFormat format;
    DateTimeFormatter dates;
    if (columns.equals(NSE_HEADER)) {
      format = IndexFormat.NSE_CSV;
      dates = NSE_DATE;
    } else if (columns.equals(BSE_HEADER)) {
      format = IndexFormat.BSE_CSV;
      dates = BSE_DATE;
    } else if (isRateHeader(columns)) {
      throw new IndexFormatException(source, h + 1, cut(header),
          "holds interest rates by tenor, not index values: read it with readRates");
    } else {
      throw new IndexFormatException(source, h + 1, cut(header),
          "header matches no known index format (NSE, BSE, Nifty TRI JSON)");
    }
    int date = columns.indexOf("date");
    int close = columns.indexOf("close");
    Closes closes = new Closes();
    int rows = 0;
    for (int i = h + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      rows++;
      List<String> f = Csv.split(line);
      if (f.size() <= Math.max(date, close)) {
        closes.problem(i + 1, line, REASON_SHAPE);
        continue;
      }
      closes.add(i + 1, line, f.get(date).strip(), dates, f.get(close).strip());
    }
    return new IndexImport(format, IndexSeries.of(name, closes.series()), rows, closes.problems);
  }

  private static List<String> normalised(List<String> fields) {
    List<String> out = new ArrayList<>(fields.size());
    for (String f : fields) {
      out.add(f.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean isRateHeader(List<String> columns) {
    if (columns.size() < 2 || !columns.get(0).equals("date")) {
      return false;
    }
    for (int i = 1; i < columns.size(); i++) {
      if (!columns.get(i).matches("\\d+ (year|years|month|months|day|days)")) {
        return false;
      }
    }
    return true;
  }

  private static RateImport readRates(byte[] bytes, String source, String name) {
    List<String> lines = lines(bytes);
    int h = headerLine(lines);
    if (h < 0) {
      throw new IndexFormatException(source, 0, "", "no header: the file holds no line");
    }
    String header = lines.get(h);
    List<String> raw = Csv.split(header);
    List<String> columns = normalised(raw);
    if (!isRateHeader(columns)) {
      throw new IndexFormatException(source, h + 1, cut(header),
          "not a rate table: expected Date then tenor columns such as '1 year'");
    }
    List<Map<LocalDate, BigDecimal>> rates = new ArrayList<>();
    for (int c = 1; c < columns.size(); c++) {
      rates.add(new LinkedHashMap<>());
    }
    List<Problem> problems = new ArrayList<>();
    int rows = 0;
    for (int i = h + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      rows++;
      List<String> f = Csv.split(line);
      if (f.size() < columns.size()) {
        problems.add(Problem.row(i + 1, line, REASON_SHAPE));
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(f.get(0).strip(), RATE_DATE);
      } catch (DateTimeParseException e) {
        problems.add(Problem.row(i + 1, line, REASON_DATE));
        continue;
      }
      for (int c = 1; c < columns.size(); c++) {
        String v = f.get(c).strip();
        try {
          BigDecimal percent = new BigDecimal(v);
          if (percent.signum() < 0) {
            problems.add(Problem.field(i + 1, raw.get(c).strip(), line, REASON_RANGE));
          } else if (rates.get(c - 1).putIfAbsent(date, percent.movePointLeft(2)) != null) {
            problems.add(Problem.field(i + 1, raw.get(c).strip(), line, REASON_CONFLICT));
          }
        } catch (NumberFormatException e) {
          problems.add(Problem.field(i + 1, raw.get(c).strip(), line,
              v.isEmpty() ? REASON_MISSING : REASON_NUMBER));
        }
      }
    }
    List<RateSeries> series = new ArrayList<>();
    for (int c = 1; c < columns.size(); c++) {
      series.add(RateSeries.of(name + " " + raw.get(c).strip(), rates.get(c - 1)));
    }
    return new RateImport(series, rows, problems);
  }

  /** Collects closes by date, reporting bad and conflicting rows. */
  static final class Closes {
    final List<Problem> problems = new ArrayList<>();
    private final Map<LocalDate, BigDecimal> byDate = new HashMap<>();
    private final Map<LocalDate, Long> lineOf = new HashMap<>();

    void problem(long line, String raw, String reason) {
      problems.add(Problem.row(line, raw, reason));
    }

    void add(long line, String raw, String dateText, DateTimeFormatter dates, String value) {
      LocalDate date;
      try {
        date = LocalDate.parse(dateText, dates);
      } catch (DateTimeParseException e) {
        problem(line, raw, REASON_DATE);
        return;
      }
      if (value.isEmpty() || value.equals("-")) {
        problem(line, raw, REASON_MISSING);
        return;
      }
      BigDecimal close;
      try {
        close = new BigDecimal(value);
        new NavPoint(date, close);
      } catch (NumberFormatException e) {
        problem(line, raw, REASON_NUMBER);
        return;
      } catch (InvalidValueException e) {
        problem(line, raw, REASON_RANGE);
        return;
      }
      BigDecimal earlier = byDate.putIfAbsent(date, close);
      if (earlier == null) {
        lineOf.put(date, line);
      } else if (earlier.compareTo(close) != 0) {
        problem(line, raw, REASON_CONFLICT + " (line " + lineOf.get(date) + ": "
            + earlier.toPlainString() + ")");
      }
    }

    NavSeries series() {
      NavSeries.Builder b = NavSeries.builder();
      new TreeMap<>(byDate).forEach(b::add);
      return b.build();
    }
  }
}
