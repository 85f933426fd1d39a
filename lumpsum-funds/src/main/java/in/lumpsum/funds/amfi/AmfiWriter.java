package in.lumpsum.funds.amfi;

import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import in.lumpsum.funds.internal.AmfiDates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes rows as an AMFI file in a given layout, as AMFI writes it: the header, section headings,
 * fund-house lines and lines holding one space between blocks, {@code ;}-separated rows, CRLF line
 * ends, UTF-8.
 *
 * <p>What {@link AmfiReader} reads back is what was written: the same schemes, NAVs and dates. In
 * layouts without {@code Plan} and {@code Option} columns the plan and option travel only in the scheme
 * name, so they come back as the name says. Useful for fixtures, replaying AMFI in tests, and exporting.
 *
 * <p>Thread-safe (stateless).
 *
 * @since 0.1.0
 */
public final class AmfiWriter {

  private static final String CRLF = "\r\n";
  private static final Map<SebiCategory, String> HEADINGS = headings();

  private AmfiWriter() {}

  /**
   * Formats rows as the text of an AMFI file.
   *
   * @param layout the layout to write
   * @param rows the rows, in the order to write them
   * @return the file's text
   * @throws IllegalArgumentException if a row cannot be written: a name or fund house holding
   *     {@code ;} or a line break
   */
  public static String format(AmfiLayout layout, Iterable<AmfiRow> rows) {
    StringBuilder out = new StringBuilder();
    try {
      write(layout, rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes rows as an AMFI file to a stream, in UTF-8; the stream is flushed, not closed.
   *
   * @param layout the layout to write
   * @param rows the rows, in the order to write them
   * @param out the stream
   * @throws IllegalArgumentException if a row cannot be written (see {@link #format})
   * @throws LumpsumException if writing to the stream fails
   */
  public static void write(AmfiLayout layout, Iterable<AmfiRow> rows, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      write(layout, rows, w);
      w.flush();
    } catch (IOException e) {
      throw new LumpsumException("cannot write AMFI file: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the section heading AMFI's files would carry for a structure and category, such as
   * {@code Open Ended Schemes(Large Cap Fund)}; {@code SchemeStructure.fromHeading} and
   * {@code SebiCategory.fromHeading} read it back.
   *
   * @param structure the structure
   * @param category the category, or empty for a heading that names none
   * @return the heading
   */
  public static String heading(SchemeStructure structure, Optional<SebiCategory> category) {
    String prefix;
    switch (structure) {
      case CLOSE_ENDED:
        prefix = "Close Ended Schemes";
        break;
      case INTERVAL:
        prefix = "Interval Fund Schemes";
        break;
      default:
        prefix = "Open Ended Schemes";
    }
    return category.map(c -> prefix + "(" + HEADINGS.get(c) + ")").orElse(prefix);
  }

  private static void write(AmfiLayout layout, Iterable<AmfiRow> rows, Appendable out)
      throws IOException {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(rows, "rows");
    out.append(layout.header()).append(CRLF);
    String section = null;
    Amc amc = null;
    for (AmfiRow row : rows) {
      Scheme s = row.scheme();
      String h = heading(s.structure(), s.category());
      if (!h.equals(section)) {
        out.append(' ').append(CRLF).append(h).append(CRLF);
        section = h;
        amc = null;
      }
      if (!s.amc().equals(amc)) {
        check(s.amc().name(), "amc", row);
        out.append(' ').append(CRLF).append(s.amc().name()).append(CRLF).append(' ').append(CRLF);
        amc = s.amc();
      }
      String sep = "";
      for (AmfiColumn c : layout.columns()) {
        out.append(sep).append(field(c, row, layout));
        sep = ";";
      }
      out.append(CRLF);
    }
  }

  private static String field(AmfiColumn column, AmfiRow row, AmfiLayout layout) {
    Scheme s = row.scheme();
    String none = layout.isHistoryReport() ? "" : "-";
    switch (column) {
      case SCHEME_CODE:
        return s.code().toString();
      case ISIN_GROWTH_OR_PAYOUT:
        return s.isinGrowthOrPayout().map(Isin::value).orElse(none);
      case ISIN_REINVESTMENT:
        return s.isinReinvestment().map(Isin::value).orElse(none);
      case SCHEME_NAME:
        check(s.name(), "name", row);
        return s.name();
      case PLAN:
        return s.plan() == Plan.DIRECT ? "Direct Plan" : "Regular Plan";
      case OPTION:
        return option(s.option());
      case NET_ASSET_VALUE:
      case REPURCHASE_PRICE:
      case SALE_PRICE:
        return row.nav().map(Nav::value).map(v -> v.toPlainString()).orElse("N.A.");
      default:
        return AmfiDates.format(row.date());
    }
  }

  /** The option as the {@code Option} column words it: {@code Growth}, {@code Monthly IDCW Payout}. */
  static String option(SchemeOption o) {
    switch (o.type()) {
      case GROWTH:
        return "Growth";
      case BONUS:
        return "Bonus";
      default:
        String what = o.type() == in.lumpsum.core.scheme.OptionType.IDCW_PAYOUT
            ? "IDCW Payout" : "IDCW Reinvestment";
        return o.frequency() == IdcwFrequency.UNSPECIFIED ? what : frequency(o.frequency()) + " " + what;
    }
  }

  private static String frequency(IdcwFrequency f) {
    String words = f.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(words.length());
    boolean up = true;
    for (char c : words.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ';
    }
    return b.toString();
  }

  private static void check(String text, String field, AmfiRow row) {
    if (text.indexOf(';') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(field + ": cannot hold ';' or a line break in an AMFI file "
          + "(got '" + text + "' for scheme " + row.scheme().code() + ")");
    }
  }

  // For each category, a wording that SebiCategory.fromHeading reads back as that category: its
  // constant's words ("Large Cap"), with " Fund" if need be, else the wording of AMFI's files.
  private static Map<SebiCategory, String> headings() {
    Map<SebiCategory, String> known = new EnumMap<>(SebiCategory.class);
    known.put(SebiCategory.LEGACY_GROWTH, "Growth");
    known.put(SebiCategory.LEGACY_INCOME, "Income");
    known.put(SebiCategory.LEGACY_BALANCED, "Balanced");
    known.put(SebiCategory.GILT_10Y_CONSTANT_DURATION,
        "Debt Scheme - Gilt Fund with 10 year constant duration");
    known.put(SebiCategory.OTHER_DEBT, "Income/Debt Oriented Schemes - Other Debt Scheme");
    known.put(SebiCategory.DYNAMIC_ASSET_ALLOCATION,
        "Hybrid Scheme - Dynamic Asset Allocation or Balanced Advantage");
    known.put(SebiCategory.OVERSEAS_ETF, "Other Scheme - ETFs investing overseas");
    Map<SebiCategory, String> map = new EnumMap<>(SebiCategory.class);
    for (SebiCategory c : SebiCategory.values()) {
      String words = c.name().replace('_', ' ').toLowerCase(Locale.ROOT);
      StringBuilder t = new StringBuilder();
      boolean up = true;
      for (char ch : words.toCharArray()) {
        t.append(up ? Character.toUpperCase(ch) : ch);
        up = ch == ' ';
      }
      String chosen = null;
      for (String candidate : new String[] {known.get(c), t.toString(), t + " Fund"}) {
        if (candidate != null
            && SebiCategory.fromHeading("Open Ended Schemes(" + candidate + ")").orElse(null) == c) {
          chosen = candidate;
          break;
        }
      }
      if (chosen == null) {
        throw new IllegalStateException("no heading wording reads back as " + c);
      }
      map.put(c, chosen);
    }
    return map;
  }
}
