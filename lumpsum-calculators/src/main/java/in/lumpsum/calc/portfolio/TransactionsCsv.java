package in.lumpsum.calc.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.FolioNumber;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SebiCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads transactions from a CSV file, one per line, with a header naming the columns.
 *
 * <p>Columns are found by their header name, in any order and case; unknown columns are ignored:
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>required</th><th>what</th></tr>
 *   <tr><td>{@code date}</td><td>yes</td><td>trade date: {@code 2025-04-30}, {@code 30-Apr-2025} or
 *       {@code 30/04/2025}</td></tr>
 *   <tr><td>{@code scheme}</td><td>yes</td><td>AMFI scheme code, or an ISIN (resolved to a code by the
 *       resolver given)</td></tr>
 *   <tr><td>{@code type}</td><td>yes</td><td>a {@link TransactionType} name, with spaces or hyphens
 *       for underscores ({@code SIP purchase}), or one of {@code buy}, {@code sip}, {@code sell},
 *       {@code redeem}, {@code swp}, {@code dividend reinvest}, {@code dividend payout}, {@code stamp
 *       duty}</td></tr>
 *   <tr><td>{@code amount}</td><td>yes</td><td>rupees, never negative: the type gives the direction;
 *       Indian digit grouping ({@code 1,00,000.00}) is accepted in a quoted field</td></tr>
 *   <tr><td>{@code units}</td><td>for types that move units</td><td>units, never negative</td></tr>
 *   <tr><td>{@code nav}</td><td>no</td><td>the NAV applied</td></tr>
 *   <tr><td>{@code folio}</td><td>yes</td><td>folio number</td></tr>
 *   <tr><td>{@code amc}</td><td>no</td><td>fund house; {@code Unspecified} when absent (folio numbers
 *       are unique only within a fund house)</td></tr>
 *   <tr><td>{@code id}</td><td>no</td><td>registrar's reference; without one, an id is made from the
 *       row's fields, so that a row repeated verbatim counts once (and is reported in
 *       {@link Read#repeated()})</td></tr>
 *   <tr><td>{@code reverses}</td><td>for {@code REVERSAL}</td><td>the id of the reversed row</td></tr>
 *   <tr><td>{@code isin}, {@code name}, {@code category}</td><td>no</td><td>the scheme's ISIN, name and
 *       SEBI category ({@link SebiCategory#parse}), kept in {@link Read#schemes()}</td></tr>
 * </table>
 * Fields may be quoted with {@code "}; blank lines and lines starting with {@code #} are skipped.
 *
 * <p>Partial success: every data line is either a transaction or one {@link Problem} naming the line,
 * the field and the reason.
 *
 * @since 0.1.0
 */
public final class TransactionsCsv {

  /** The fund house used when the file has no {@code amc} column or the field is blank. */
  public static final Amc UNSPECIFIED_AMC = Amc.of("Unspecified");

  private static final DateTimeFormatter DMY = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH);
  private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("d/M/uuuu");
  private static final Map<String, TransactionType> ALIASES = Map.ofEntries(
      Map.entry("BUY", TransactionType.PURCHASE), Map.entry("SIP", TransactionType.SIP_PURCHASE),
      Map.entry("SELL", TransactionType.REDEMPTION), Map.entry("REDEEM", TransactionType.REDEMPTION),
      Map.entry("SWP", TransactionType.REDEMPTION),
      Map.entry("DIVIDEND_REINVEST", TransactionType.IDCW_REINVESTMENT),
      Map.entry("DIVIDEND_REINVESTMENT", TransactionType.IDCW_REINVESTMENT),
      Map.entry("IDCW_REINVEST", TransactionType.IDCW_REINVESTMENT),
      Map.entry("DIVIDEND_PAYOUT", TransactionType.IDCW_PAYOUT));

  private TransactionsCsv() {}

  /**
   * What a CSV file held.
   *
   * @param transactions the transactions read, and one problem per line not read
   * @param schemes what the optional columns said of each scheme
   * @param repeated the lines read that give the id of an earlier line, in file order
   */
  public record Read(ParseResult<Transaction> transactions, Map<SchemeCode, SchemeDetails> schemes,
      List<RepeatedRow> repeated) {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if a component is null
     * @since 0.2.0
     */
    public Read {
      Objects.requireNonNull(transactions, "transactions");
      schemes = Map.copyOf(schemes);
      repeated = List.copyOf(repeated);
    }

    /**
     * Creates a result with no repeated lines.
     *
     * @param transactions the transactions read, and one problem per line not read
     * @param schemes what the optional columns said of each scheme
     * @throws NullPointerException if a component is null
     */
    public Read(ParseResult<Transaction> transactions, Map<SchemeCode, SchemeDetails> schemes) {
      this(transactions, schemes, List.of());
    }
  }

  /**
   * A line that repeats an earlier line's transaction, the same id with the same fields: a row
   * repeated verbatim (its id made from its fields), or a registrar reference given twice for the
   * same transaction. It is kept in the transactions and counts once in holdings (see
   * {@link Reversals}); it is reported here so that a file imported twice, or two genuine
   * same-day instalments written without a reference, never pass unnoticed. Two genuine identical
   * instalments need an {@code id} each to count twice. (A line that gives an earlier line's id to
   * a different transaction is not read: it is a {@link Problem} of field {@code id}.)
   *
   * @param line the line number, 1-based
   * @param firstLine the line that first gave the transaction
   * @param id the transaction id both lines give
   * @param idDerived whether the id was made from the row's fields (no {@code id} column value)
   * @since 0.2.0
   */
  public record RepeatedRow(long line, long firstLine, TransactionId id, boolean idDerived) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public RepeatedRow {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * What a file said of a scheme besides its code.
   *
   * @param isin the ISIN, when given
   * @param name the name, when given
   * @param category the SEBI category, when given
   */
  public record SchemeDetails(Optional<Isin> isin, Optional<String> name, Optional<SebiCategory> category) {

    /**
     * Creates details.
     *
     * @throws NullPointerException if a component is null
     */
    public SchemeDetails {
      Objects.requireNonNull(isin, "isin");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(category, "category");
    }

    SchemeDetails merge(SchemeDetails o) {
      return new SchemeDetails(isin.or(o::isin), name.or(o::name), category.or(o::category));
    }
  }

  /**
   * Reads a CSV file whose scheme column holds AMFI scheme codes (an ISIN there is a problem).
   *
   * @param in the text
   * @return the transactions and problems
   * @throws InvalidValueException if the header lacks a required column (field {@code header})
   * @throws UncheckedIOException if reading fails
   */
  public static Read read(Reader in) {
    return read(in, isin -> Optional.empty());
  }

  /**
   * Reads a CSV file, resolving ISINs in the scheme column to scheme codes.
   *
   * @param in the text
   * @param resolver the scheme code of an ISIN, or empty when unknown
   * @return the transactions and problems
   * @throws InvalidValueException if the header lacks a required column (field {@code header})
   * @throws UncheckedIOException if reading fails
   */
  public static Read read(Reader in, Function<Isin, Optional<SchemeCode>> resolver) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(resolver, "resolver");
    BufferedReader reader = new BufferedReader(in);
    ParseResult.Builder<Transaction> out = ParseResult.builder();
    Map<SchemeCode, SchemeDetails> schemes = new LinkedHashMap<>();
    Map<TransactionId, Long> firstLines = new HashMap<>();
    Map<TransactionId, Transaction> firstSeen = new HashMap<>();
    List<RepeatedRow> repeated = new ArrayList<>();
    try {
      String header = reader.readLine();
      long lineNo = 1;
      while (header != null && (header.isBlank() || header.startsWith("#"))) {
        header = reader.readLine();
        lineNo++;
      }
      if (header == null) {
        return new Read(out.build(), schemes);
      }
      Map<String, Integer> cols = columns(header);
      for (String required : List.of("date", "scheme", "type", "amount", "folio")) {
        if (!cols.containsKey(required)) {
          throw new InvalidValueException("header", header, "has no '" + required + "' column");
        }
      }
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = split(line);
        Row row = new Row(lineNo, line, fields, cols);
        try {
          Transaction t = row.transaction(resolver);
          Transaction earlier = firstSeen.putIfAbsent(t.id(), t);
          if (earlier != null && !earlier.equals(t)) {
            throw new RowException("id", "id " + t.id() + " is already the id of line "
                + firstLines.get(t.id()) + ", a different transaction");
          }
          out.add(t);
          Long first = firstLines.putIfAbsent(t.id(), lineNo);
          if (first != null) {
            repeated.add(new RepeatedRow(lineNo, first, t.id(), row.get("id").isEmpty()));
          }
          schemes.merge(t.schemeCode(), row.details(), SchemeDetails::merge);
        } catch (RowException e) {
          out.problem(new Problem(lineNo, e.field, line, e.getMessage()));
        } catch (InvalidValueException e) {
          out.problem(new Problem(lineNo, e.field(), line, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Read(out.build(), schemes, repeated);
  }

  private static Map<String, Integer> columns(String header) {
    Map<String, Integer> cols = new HashMap<>();
    List<String> names = split(header);
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
      switch (n) {
        case "scheme code", "scheme_code", "schemecode", "code" -> n = "scheme";
        case "transaction type", "transaction_type" -> n = "type";
        case "trade date", "trade_date" -> n = "date";
        case "folio number", "folio_number", "folio no" -> n = "folio";
        default -> { }
      }
      cols.putIfAbsent(n, i);
    }
    return cols;
  }

  /** Splits one CSV line; {@code "} quotes a field and {@code ""} is a quote inside one. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString().strip());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString().strip());
    return fields;
  }

  /** A problem with one field of a row. */
  private static final class RowException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    RowException(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  private record Row(long line, String raw, List<String> fields, Map<String, Integer> cols) {

    Optional<String> get(String name) {
      Integer i = cols.get(name);
      if (i == null || i >= fields.size() || fields.get(i).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(fields.get(i));
    }

    String required(String name) {
      return get(name).orElseThrow(() -> new RowException(name, name + " is missing"));
    }

    Transaction transaction(Function<Isin, Optional<SchemeCode>> resolver) {
      LocalDate date = date(required("date"));
      SchemeCode code = scheme(required("scheme"), resolver);
      TransactionType type = type(required("type"));
      Transaction.Builder b = Transaction.builder().schemeCode(code).type(type).tradeDate(date)
          .amount(Money.parse(required("amount")))
          .folio(new FolioKey(get("amc").map(Amc::of).orElse(UNSPECIFIED_AMC),
              new FolioNumber(required("folio"))));
      get("units").ifPresent(u -> b.units(Units.parse(u)));
      get("nav").ifPresent(n -> b.nav(Nav.parse(n)));
      get("reverses").ifPresent(r -> b.reverses(TransactionId.of(r)));
      b.id(get("id").map(TransactionId::of).orElseGet(this::derivedId));
      return b.build();
    }

    SchemeDetails details() {
      Optional<Isin> isin = get("isin").filter(Isin::isValid).map(Isin::parse)
          .or(() -> get("scheme").filter(Isin::isValid).map(Isin::parse));
      Optional<SebiCategory> category = get("category").flatMap(c -> {
        try {
          return Optional.of(SebiCategory.parse(c));
        } catch (InvalidValueException e) {
          return Optional.empty();
        }
      });
      return new SchemeDetails(isin, get("name"), category);
    }

    private TransactionId derivedId() {
      StringBuilder key = new StringBuilder();
      for (String f : List.of("date", "scheme", "type", "amount", "units", "nav", "folio", "amc", "reverses")) {
        key.append(get(f).orElse("")).append('|');
      }
      try {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return TransactionId.of("csv-" + HexFormat.of().formatHex(d, 0, 12));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every Java platform", e);
      }
    }

    private static LocalDate date(String s) {
      for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DMY, SLASH)) {
        try {
          return LocalDate.parse(s, f);
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      throw new RowException("date", "date is not yyyy-mm-dd, dd-MMM-yyyy or dd/mm/yyyy");
    }

    private static SchemeCode scheme(String s, Function<Isin, Optional<SchemeCode>> resolver) {
      if (Isin.isValid(s)) {
        return resolver.apply(Isin.parse(s)).orElseThrow(() -> new RowException("scheme",
            "ISIN " + s + " is not known; give the AMFI scheme code, or a scheme list that has it"));
      }
      try {
        return SchemeCode.parse(s);
      } catch (InvalidValueException e) {
        throw new RowException("scheme", "scheme is neither an AMFI scheme code nor a valid ISIN");
      }
    }

    private static TransactionType type(String s) {
      String k = s.strip().toUpperCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", "_");
      TransactionType alias = ALIASES.get(k);
      if (alias != null) {
        return alias;
      }
      try {
        return TransactionType.valueOf(k);
      } catch (IllegalArgumentException e) {
        throw new RowException("type", "type '" + s + "' is not a transaction type");
      }
    }
  }
}
