package in.lumpsum.funds.amfi;

import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.result.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads AMFI's NAV files: the daily {@code NAVAll.txt}, {@code SIF_NAVAll.txt} and the NAV history
 * report, in any of the {@link AmfiLayout layouts} AMFI has used.
 *
 * <h2>What is read</h2>
 * The first non-blank line is the header; its column names decide the layout and where each field is
 * (columns are found by name, never by position). An unknown header stops the reading with an
 * {@link AmfiFormatException}. After it, line by line:
 * <ul>
 *   <li>blank lines, and lines holding only spaces, are skipped;
 *   <li>a line without {@code ;} that begins {@code Open Ended}, {@code Close Ended} or
 *       {@code Interval Fund} and names schemes is a section heading: it gives the following rows their
 *       {@link in.lumpsum.core.scheme.SchemeStructure} and {@link in.lumpsum.core.scheme.SebiCategory}
 *       (read by {@code SebiCategory.fromHeading});
 *   <li>any other line without {@code ;} names the fund house ({@link in.lumpsum.core.scheme.Amc}) of
 *       the rows below it, except a line of digits only, which is a data row cut short. A fund house
 *       stays in force across a heading: AMFI omits the fund-house line when a section begins with the
 *       fund house that ended the section before;
 *   <li>a line with {@code ;} is a data row.
 * </ul>
 *
 * <h2>Quirks handled</h2>
 * <ul>
 *   <li>NAV {@code N.A.} (also {@code NA}, {@code -}, empty): the row is read, without a NAV. NAV zero:
 *       read without a NAV and reported ({@link #REASON_ZERO_NAV}); a NAV is positive. {@code 10.} is
 *       ten. Other text in the NAV field leaves the row out ({@link #REASON_BAD_NAV}).
 *   <li>ISIN fields holding {@code -}, {@code ---}, {@code Redeemed}, {@code #N/A}, {@code NOTAPP}, an
 *       empty string, trailing spaces or an ISIN missing its leading {@code I} are read by
 *       {@link in.lumpsum.core.scheme.IsinField}. An invalid ISIN (a wrong check digit, a code that is
 *       not an ISIN) is reported with the field named ({@link #REASON_BAD_ISIN}) and the row is read
 *       without that ISIN. A reinvestment ISIN equal to the growth/payout ISIN is dropped and
 *       reported ({@link #REASON_SAME_ISIN}).
 *   <li>Names double-encoded as UTF-8 ({@code â€“} for an en dash, {@code â€™} for a right quote) are
 *       repaired; bytes that are not UTF-8 at all are read as Windows-1252.
 *   <li>Dates are {@code dd-MMM-yyyy} and strict: {@code 31-Feb-2026} leaves the row out
 *       ({@link #REASON_BAD_DATE}). Old dates (dead schemes) and weekend dates are read as written.
 *   <li>The plan and option come from the {@code Plan} and {@code Option} columns when the layout has
 *       them and they name one ({@code Growth}, {@code GROWTH}, {@code Growth Option},
 *       {@code MONTHLY DCW Payout}, ...), else from the scheme name, by the rules of
 *       {@link in.lumpsum.core.scheme.Plan#find(String)} and
 *       {@link in.lumpsum.core.scheme.SchemeOption#find(String)}; when neither names one, the
 *       {@link in.lumpsum.core.scheme.Scheme} defaults apply (regular, growth) and the row says so
 *       ({@link AmfiRow#planStated()}, {@link AmfiRow#optionStated()}).
 *   <li>CRLF and LF line ends, a UTF-8 byte-order mark, gzip-compressed input (recognised by its magic
 *       number), and repurchase and sale prices (read past, not kept).
 * </ul>
 * SIF files number their schemes {@code SIF-120}; {@link in.lumpsum.core.scheme.SchemeCode} holds
 * numbers only, so such rows are left out with {@link #REASON_BAD_CODE} until it holds them.
 *
 * <h2>Problems</h2>
 * Every data row is either read or named by exactly one whole-row {@link Problem}; a row read may also
 * carry field problems. The reasons are the {@code REASON_*} constants, stable texts callers may group
 * by.
 *
 * <p>Reading is streaming and byte-level: the input is read in blocks, fields are located and parsed in
 * the bytes, and the name, ISINs, plan and option are decoded only for rows a visitor builds. All
 * methods are thread-safe (each call has its own state).
 *
 * @since 0.1.0
 */
public final class AmfiReader {

  /** The row has a different number of fields than the header. */
  public static final String REASON_FIELD_COUNT = "number of fields differs from the header";
  /** The scheme code is not a number from 1 to 99,999,999 (SIF codes such as {@code SIF-120} included). */
  public static final String REASON_BAD_CODE = "scheme code is not a number from 1 to 99999999";
  /** The NAV field holds neither a decimal number nor a not-available marker. */
  public static final String REASON_BAD_NAV = "NAV is not a decimal number";
  /** The NAV is zero: the row is read without a NAV. */
  public static final String REASON_ZERO_NAV = "NAV is zero, read as no NAV";
  /** The date is not a valid {@code dd-MMM-yyyy} date. */
  public static final String REASON_BAD_DATE = "date is not a valid dd-MMM-yyyy date";
  /** An ISIN field holds something that is not a valid ISIN: the row is read without it. */
  public static final String REASON_BAD_ISIN = "not a valid ISIN, read as no ISIN";
  /** The reinvestment ISIN repeats the growth/payout ISIN: the row is read without it. */
  public static final String REASON_SAME_ISIN = "repeats the growth/payout ISIN, read as no ISIN";
  /** The scheme name is blank. */
  public static final String REASON_BLANK_NAME = "scheme name is blank";
  /** No fund-house line precedes the row. */
  public static final String REASON_NO_AMC = "no fund-house line above the row";
  /** A line of digits only: a data row cut short. */
  public static final String REASON_TRUNCATED = "data row without fields (cut short?)";
  /** A line too long to be an AMFI row (over 1 MiB). */
  public static final String REASON_LINE_TOO_LONG = "line longer than 1 MiB";

  private AmfiReader() {}

  /**
   * Reads a whole file from a stream; the stream is read to its end but not closed.
   *
   * @param in the file's bytes, plain or gzip-compressed
   * @return the layout, rows and problems
   * @throws AmfiFormatException if the header is missing or names no known layout
   * @throws LumpsumException if reading the stream fails
   */
  public static AmfiFile read(InputStream in) {
    Objects.requireNonNull(in, "in");
    AmfiParser parser = new AmfiParser(0);
    try {
      parser.run(maybeGunzip(in));
    } catch (IOException e) {
      throw new LumpsumException("cannot read AMFI file: " + e.getMessage(), e);
    }
    return parser.file();
  }

  /**
   * Reads a whole file held in memory. The array is read, not kept: the file read does not change if
   * the caller changes the array afterwards.
   *
   * @param bytes the file's bytes, plain (not compressed)
   * @return the layout, rows and problems
   * @throws AmfiFormatException if the header is missing or names no known layout
   */
  public static AmfiFile read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    AmfiParser parser = new AmfiParser(bytes.length);
    parser.run(bytes);
    return parser.file();
  }

  /**
   * Reads a file.
   *
   * @param file the file, plain or gzip-compressed
   * @return the layout, rows and problems
   * @throws AmfiFormatException if the header is missing or names no known layout
   * @throws LumpsumException if the file cannot be read
   */
  public static AmfiFile read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new LumpsumException("cannot read AMFI file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a file from a stream, handing each row and problem to a visitor as it goes; the stream is
   * read to its end (unless the visitor throws) but not closed.
   *
   * @param in the file's bytes, plain or gzip-compressed
   * @param visitor receives the layout, the rows and the problems
   * @return the layout
   * @throws AmfiFormatException if the header is missing or names no known layout
   * @throws LumpsumException if reading the stream fails
   */
  public static AmfiLayout visit(InputStream in, AmfiVisitor visitor) {
    Objects.requireNonNull(in, "in");
    AmfiParser parser = new AmfiParser(Objects.requireNonNull(visitor, "visitor"));
    try {
      parser.run(maybeGunzip(in));
    } catch (IOException e) {
      throw new LumpsumException("cannot read AMFI file: " + e.getMessage(), e);
    }
    return parser.layout();
  }

  /**
   * Reads a file held in memory, handing each row and problem to a visitor as it goes.
   *
   * @param bytes the file's bytes, plain (not compressed)
   * @param visitor receives the layout, the rows and the problems
   * @return the layout
   * @throws AmfiFormatException if the header is missing or names no known layout
   */
  public static AmfiLayout visit(byte[] bytes, AmfiVisitor visitor) {
    Objects.requireNonNull(bytes, "bytes");
    AmfiParser parser = new AmfiParser(Objects.requireNonNull(visitor, "visitor"));
    parser.run(bytes);
    return parser.layout();
  }

  /**
   * Finds the layout a header line names.
   *
   * @param header a header line, such as {@code "Scheme Code;Scheme Name;..."}
   * @return the layout
   * @throws AmfiFormatException if the line names no known layout
   */
  public static AmfiLayout layoutOf(String header) {
    return AmfiParser.parseHeader(Objects.requireNonNull(header, "header"), 1).layout();
  }

  private static InputStream maybeGunzip(InputStream in) throws IOException {
    InputStream b = in.markSupported() ? in : new BufferedInputStream(in, 2);
    b.mark(2);
    int m1 = b.read();
    int m2 = b.read();
    b.reset();
    return m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
  }
}
