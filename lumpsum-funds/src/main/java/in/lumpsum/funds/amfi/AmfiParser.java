package in.lumpsum.funds.amfi;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.IsinField;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import in.lumpsum.funds.internal.AmfiDates;
import in.lumpsum.funds.internal.AsciiDecimal;
import in.lumpsum.funds.internal.IsinBytes;
import in.lumpsum.funds.internal.OptionWords;
import in.lumpsum.funds.internal.TextRepair;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading engine behind {@link AmfiReader}: one instance per read, and the view of the current row.
 *
 * <p>Lines are found and split in one pass over the bytes, eight bytes at a time, recording where each
 * {@code ;} is. The numbers of a data row (code, NAV, date) are parsed in the bytes. Rows go either to a
 * {@link RowStore} (for an {@link AmfiFile}: the ISINs validated and packed and the name's bytes copied
 * while the line is split, nothing decoded) or to a visitor, whose view decodes text fields only when
 * asked. Not thread-safe.
 */
final class AmfiParser implements AmfiRowView {

  private static final Logger LOG = LoggerFactory.getLogger(AmfiParser.class);

  private static final int MAX_FIELDS = 16;
  private static final int MAX_LINE = 1 << 20;
  private static final int BLOCK = 1 << 16;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long SEMIS = 0x3B3B3B3B3B3B3B3BL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000};

  private final AmfiVisitor visitor;
  private final RowStore store;
  private final List<Problem> problems;
  private final AmfiDates dates = new AmfiDates();
  private final int[] fieldStart = new int[MAX_FIELDS];
  private final int[] fieldEnd = new int[MAX_FIELDS];
  // Fund houses met in this file, by the bytes of their line (open addressing, at most half full).
  private static final int AMC_SLOTS = 512;
  private final byte[][] amcKeys = new byte[AMC_SLOTS][];
  private final Amc[] amcValues = new Amc[AMC_SLOTS];
  // Each one's index in the store's fund houses (rows kept for an AmfiFile only).
  private final int[] amcIds = new int[AMC_SLOTS];
  private int amcCount;

  // The header, and what each column holds (K_*) for splitByLayout.
  private static final byte K_TEXT = 0;
  private static final byte K_CODE = 1;
  private static final byte K_NAV = 2;
  private static final byte K_ISIN = 3;
  private static final byte K_DATE = 4;
  private static final int UNPARSED = -2;
  private static final long ZERO_NAV = -3;
  private static final long NO_NAV = -4;
  private Header header;
  private int nColumns;
  private byte[] kinds;
  private boolean daily;

  // What splitByLayout read of the current line: UNPARSED / null when the general path must read it.
  private int parsedCode;
  private int digitsEnd;
  // The two ISINs, validated and packed while splitting (rows kept for an AmfiFile only: a visitor's
  // view reads them when asked), or UNREAD_ISIN when readIsins must read the field.
  private static final long UNREAD_ISIN = -2;
  private long parsedIsin1;
  private long parsedIsin2;
  // Where the name field begins when splitDaily copied it into the store's name chunk while finding
  // its end (at the store's nameUsed()), else -1.
  private int nameCopiedFrom;
  private long parsedNav;
  private LocalDate parsedDate;
  private int cCode;
  private int cIsin1;
  private int cIsin2;
  private int cName;
  private int cPlan;
  private int cOption;
  private int cNav;
  private int cDate;

  // The section and fund house in force.
  private Amc amc;
  private SebiCategory category;
  private SchemeStructure structure = SchemeStructure.OPEN_ENDED;
  private boolean contextChanged = true;
  // For rows kept: the fund house's index in the store, and the three packed (RowStore.context).
  private int amcIndex = -1;
  private long rowContext;

  // The last date read, and dates read before, by their bytes.
  private long lastDateHead;
  private int lastDateTail = -1;
  private LocalDate lastDate;
  // Dates read before in this process, by their eleven bytes: a daily file holds hundreds of distinct
  // dates (881 on 26 May 2025: the last NAVs of dead schemes), mostly the same from one file to the
  // next. Entries are immutable, so reads share the table without locks: a lookup sees a whole entry.
  private static final int DATE_BITS = 12;
  private static final DateEntry[] DATES = new DateEntry[1 << DATE_BITS];

  private record DateEntry(long head, int tail, LocalDate date) {}

  // The current line.
  private long lineNo;
  private byte[] buf;
  private int lineStart;
  private int lineEnd;
  private int fields;
  private int code;
  private boolean hasNav;
  private long navPacked;
  private Nav navValue;
  private LocalDate date;
  private String name;
  private long isin1;
  private long isin2;
  private AmfiRow built;
  // ISINs' first eight characters checked before, made when the first ISIN is read.
  private IsinBytes.Cache isinCache;

  // Skipping a line too long to keep.
  private boolean skipping;

  /** A parser that hands rows to a visitor. */
  AmfiParser(AmfiVisitor visitor) {
    this.visitor = visitor;
    this.store = null;
    this.problems = null;
  }

  /**
   * A parser that keeps rows for an {@link AmfiFile}.
   *
   * @param sizeHint the input's length when known, else 0
   */
  AmfiParser(int sizeHint) {
    this.visitor = null;
    // About 115 bytes a row in AMFI's daily file.
    this.store = new RowStore(sizeHint > 0 ? sizeHint / 112 : 1024);
    this.problems = new ArrayList<>();
    this.isinCache = new IsinBytes.Cache();
  }

  AmfiLayout layout() {
    return header.layout();
  }

  AmfiFile file() {
    return new AmfiFile(header.layout(), store, problems);
  }

  // ---------------------------------------------------------------------------------------------
  // Drivers

  void run(byte[] bytes) {
    feed(bytes, 0, bytes.length, true);
    finish();
  }

  void run(InputStream in) throws IOException {
    byte[] b = new byte[BLOCK];
    int len = 0;
    while (true) {
      int n = in.read(b, len, b.length - len);
      if (n < 0) {
        feed(b, 0, len, true);
        break;
      }
      len += n;
      int pos = feed(b, 0, len, false);
      if (pos > 0) {
        System.arraycopy(b, pos, b, 0, len - pos);
        len -= pos;
      } else if (len == b.length) {
        if (b.length < MAX_LINE) {
          b = java.util.Arrays.copyOf(b, b.length * 2);
        } else {
          // One line fills a megabyte: report it, drop what we hold and skip to its end.
          lineNo++;
          problem(Problem.row(lineNo, new String(b, 0, 200, StandardCharsets.UTF_8) + "...",
              AmfiReader.REASON_LINE_TOO_LONG));
          skipping = true;
          len = 0;
        }
      }
    }
    finish();
  }

  private void finish() {
    if (header == null) {
      throw new AmfiFormatException("no header line: the input is empty or blank", "", 0, List.of());
    }
  }

  /**
   * Processes the complete lines in {@code b[pos, limit)} (and, at the end of input, the last line
   * without a terminator); returns where the unprocessed rest begins.
   */
  private int feed(byte[] b, int pos, int limit, boolean eof) {
    buf = b;
    while (pos < limit) {
      if (skipping) {
        int i = pos;
        while (i < limit && b[i] != '\n') {
          i++;
        }
        if (i == limit) {
          return limit;
        }
        skipping = false;
        pos = i + 1;
        continue;
      }
      if (header != null) {
        // A blank line (AMFI's files put " \r\n" between every two text lines): skipped here, before
        // the splitting a data row needs.
        int k = pos;
        while (k < limit && (b[k] == ' ' || b[k] == '\t')) {
          k++;
        }
        if (k < limit && b[k] == '\r' && k + 1 < limit) {
          k++;
        }
        if (k < limit && b[k] == '\n') {
          lineNo++;
          pos = k + 1;
          continue;
        }
      }
      int i = header == null ? splitAny(b, pos, limit) : splitByLayout(b, pos, limit, eof);
      if (i == limit && !eof) {
        return pos;
      }
      lineNo++;
      lineStart = pos;
      onLine();
      pos = i < limit ? i + 1 : limit;
    }
    return pos;
  }

  /**
   * Splits the line at {@code pos} into fields at every ';'; returns the index of its '\n', or
   * {@code limit} when there is none. Used for the lines before the header (usually the header alone),
   * so it is kept simple; data lines go through {@link #splitByLayout}.
   */
  private int splitAny(byte[] b, int pos, int limit) {
    int nf = 0;
    fieldStart[0] = pos;
    int i = scanSeparator(b, pos, limit);
    while (i < limit && b[i] == ';') {
      if (nf < MAX_FIELDS - 1) {
        fieldEnd[nf] = i;
        fieldStart[nf + 1] = i + 1;
      }
      nf++;
      i = scanSeparator(b, i + 1, limit);
    }
    endLine(b, pos, i, Math.min(nf, MAX_FIELDS - 1));
    fields = nf + 1;
    return i;
  }

  /** Sets the end of the last field and of the line, without a CR, for a line ending at {@code i}. */
  private void endLine(byte[] b, int pos, int i, int last) {
    int end = i;
    if (end > pos && b[end - 1] == '\r') {
      end--;
    }
    if (fieldStart[last] > end) {
      // The CR was the last field's only byte.
      fieldStart[last] = end;
    }
    fieldEnd[last] = end;
    lineEnd = end;
  }

  /**
   * Splits a data line knowing what each column holds, parsing the numbers on the way: a scheme code
   * or a NAV is read digit by digit up to its ';' (one pass, not a search and then a parse), an ISIN
   * or a date is checked for its usual length, and only free text (names) is searched eight bytes at a
   * time. A field in an unusual form (spaces, N.A., a date of another length) is only delimited here
   * and read by the general path in {@link #dataLine}. Returns as {@link #splitAny}.
   */
  private int splitByLayout(byte[] b, int pos, int limit, boolean eof) {
    parsedCode = UNPARSED;
    parsedNav = UNPARSED;
    parsedDate = null;
    parsedIsin1 = UNREAD_ISIN;
    parsedIsin2 = UNREAD_ISIN;
    nameCopiedFrom = -1;
    if (daily) {
      int end = splitDaily(b, pos, limit, eof);
      if (end >= 0) {
        return end;
      }
      parsedCode = UNPARSED;
      parsedNav = UNPARSED;
      parsedDate = null;
      parsedIsin1 = UNREAD_ISIN;
      parsedIsin2 = UNREAD_ISIN;
      nameCopiedFrom = -1;
    }
    int[] fs = fieldStart;
    int[] fe = fieldEnd;
    byte[] k = kinds;
    int n = k.length;
    int p = pos;
    for (int c = 0; c < n; c++) {
      fs[c] = p;
      int e;
      switch (k[c]) {
        case K_CODE:
          e = codeField(b, p, limit);
          break;
        case K_NAV:
          e = navField(b, p, limit);
          break;
        case K_ISIN:
          e = isinField(b, p, limit);
          break;
        case K_DATE:
          e = dateField(b, p, limit, eof);
          break;
        default:
          e = scanSeparator(b, p, limit);
      }
      if (e >= limit || b[e] == '\n') {
        // The line ends with this field: the last one, or short of fields.
        fields = c + 1;
        endLine(b, pos, e, c);
        return e;
      }
      fe[c] = e;
      p = e + 1;
    }
    // More fields than the header names: count them to the line end.
    int nf = n - 1;
    int i = p - 1;
    while (true) {
      i = scanSeparator(b, i + 1, limit);
      nf++;
      if (i >= limit || b[i] == '\n') {
        break;
      }
    }
    fields = nf + 1;
    lineEnd = i > pos && b[i - 1] == '\r' ? i - 1 : i;
    return i;
  }

  /**
   * The daily layout (code, two ISINs, name, NAV, date) in straight-line code, for a line in the usual
   * form: six fields ending at a line end. Returns as {@link #splitAny}, or -1 for any other line,
   * which {@link #splitByLayout} then splits field by field.
   */
  private int splitDaily(byte[] b, int pos, int limit, boolean eof) {
    int[] fs = fieldStart;
    int[] fe = fieldEnd;
    int e0 = codeField(b, pos, limit);
    if (e0 >= limit || b[e0] != ';') {
      // No ';' before the line's end (codeField stops only at one of the two, or the limit): a text
      // line, such as a fund house, ended here as splitByLayout would end it.
      fs[0] = pos;
      fields = 1;
      endLine(b, pos, e0, 0);
      return e0;
    }
    int p1 = e0 + 1;
    int e1;
    // Rows kept for an AmfiFile: a twelve-byte ISIN followed by ';' is validated and packed here,
    // which also finds its end (a valid ISIN holds neither ';' nor '\n').
    if (store != null && p1 + 12 < limit && b[p1 + 12] == ';'
        && (parsedIsin1 = isinCache.pack(b, p1, p1 + 12)) != IsinBytes.NONE) {
      e1 = p1 + 12;
    } else if (store != null && p1 + 1 < limit && b[p1] == '-' && b[p1 + 1] == ';') {
      parsedIsin1 = IsinBytes.NONE;
      e1 = p1 + 1;
    } else {
      parsedIsin1 = UNREAD_ISIN;
      e1 = isinField(b, p1, limit);
      if (e1 >= limit || b[e1] != ';') {
        return -1;
      }
    }
    int p2 = e1 + 1;
    int e2;
    if (store != null && p2 + 12 < limit && b[p2 + 12] == ';'
        && (parsedIsin2 = isinCache.pack(b, p2, p2 + 12)) != IsinBytes.NONE) {
      e2 = p2 + 12;
    } else if (store != null && p2 + 1 < limit && b[p2] == '-' && b[p2 + 1] == ';') {
      // AMFI's mark of no ISIN, in most rows' reinvestment column.
      parsedIsin2 = IsinBytes.NONE;
      e2 = p2 + 1;
    } else {
      parsedIsin2 = UNREAD_ISIN;
      e2 = isinField(b, p2, limit);
      if (e2 >= limit || b[e2] != ';') {
        return -1;
      }
    }
    int p3 = e2 + 1;
    int e3 = store != null ? scanName(b, p3, limit) : scanSeparator(b, p3, limit);
    if (e3 >= limit || b[e3] != ';') {
      return -1;
    }
    int p4 = e3 + 1;
    int e4 = navField(b, p4, limit);
    if (e4 >= limit || b[e4] != ';') {
      return -1;
    }
    int p5 = e4 + 1;
    int e5 = dateField(b, p5, limit, eof);
    if (e5 < limit && b[e5] != '\n') {
      return -1;
    }
    fs[0] = pos;
    fe[0] = e0;
    fs[1] = p1;
    fe[1] = e1;
    fs[2] = p2;
    fe[2] = e2;
    fs[3] = p3;
    fe[3] = e3;
    fs[4] = p4;
    fe[4] = e4;
    fs[5] = p5;
    fields = 6;
    endLine(b, pos, e5, 5);
    return e5;
  }

  // codeField and navField read the number in the same pass that finds the field's end, where the
  // general readers (code, AsciiDecimal.parse) need the end first. Finding the end and then reading
  // with those readers was tried: on the real daily file, separator search and number reading rose
  // from 27% to 35% of JFR's samples of AmfiReader.read.

  /** A scheme code from {@code p}, read into {@link #parsedCode} when in the usual form; its end. */
  private int codeField(byte[] b, int p, int limit) {
    long v = digits(b, p, limit, 0);
    int i = digitsEnd;
    if (i < limit && b[i] == ';' && i > p && i - p <= 8) {
      parsedCode = (int) v;
      return i;
    }
    return scanSeparator(b, i, limit);
  }

  /**
   * Whether a packed NAV is zero at the 8 decimals a {@link in.lumpsum.core.money.Nav} keeps (rounded
   * half up): {@code 0.0000} and {@code 0.000000001} alike are no NAV, never a row that fails later.
   */
  private static boolean roundsToZero(long packed) {
    long unscaled = AsciiDecimal.unscaled(packed);
    int scale = AsciiDecimal.scale(packed);
    if (unscaled == 0) {
      return true;
    }
    if (scale <= 8) {
      return false;
    }
    long half = 5;
    for (int i = 9; i < scale; i++) {
      half *= 10;
    }
    return unscaled < half;
  }

  /** A NAV from {@code p}, read into {@link #parsedNav} when in the usual form; its end. */
  private int navField(byte[] b, int p, int limit) {
    long v = digits(b, p, limit, 0);
    int i = digitsEnd;
    int count = i - p;
    int scale = 0;
    if (i < limit && b[i] == '.') {
      v = digits(b, i + 1, limit, v);
      scale = digitsEnd - i - 1;
      count += scale;
      i = digitsEnd;
    }
    if (i < limit && b[i] == ';' && count > 0 && count <= 17) {
      parsedNav = v << 5 | scale;
      return i;
    }
    return scanSeparator(b, i, limit);
  }

  /**
   * The digits from {@code b[i]} on, up to the first other byte or {@code limit}, appended to
   * {@code v}; {@link #digitsEnd} is set to where they end.
   */
  private long digits(byte[] b, int i, int limit, long v) {
    // Eight bytes at a time while they can be read: the digits they begin with, found and summed
    // with word arithmetic (the bytes after the digits shifted out, the digits right-aligned, then
    // pairs, quads and the eight combined by multiplications).
    while (i + 8 <= limit) {
      long w = (long) LONGS.get(b, i);
      // Per byte, non-zero where it is not a digit: its high nibble is not 3, or adding 6 carries
      // it out of 3 (a carry across bytes starts at a byte that is no digit, after which nothing
      // counts).
      long other = ((w & 0xF0F0F0F0F0F0F0F0L) ^ 0x3030303030303030L)
          | (((w + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) ^ 0x3030303030303030L);
      int n = other == 0 ? 8 : Long.numberOfTrailingZeros(other) >>> 3;
      if (n == 0) {
        digitsEnd = i;
        return v;
      }
      long x = (w & 0x0F0F0F0F0F0F0F0FL) << ((8 - n) << 3);
      x = (x * 2561) >>> 8;
      x = ((x & 0x00FF00FF00FF00FFL) * 6553601) >>> 16;
      x = ((x & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
      v = v * POWERS[n] + x;
      i += n;
      if (n < 8) {
        digitsEnd = i;
        return v;
      }
    }
    while (i < limit) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      v = v * 10 + d;
      i++;
    }
    digitsEnd = i;
    return v;
  }

  /** The end of an ISIN field from {@code p}: checked where a twelve-character ISIN or "-" ends. */
  private static int isinField(byte[] b, int p, int limit) {
    if (p + 12 < limit && b[p + 12] == ';' && noSeparator12(b, p)) {
      return p + 12;
    }
    if (p + 1 < limit && b[p] == '-' && b[p + 1] == ';') {
      return p + 1;
    }
    return scanSeparator(b, p, limit);
  }

  /** A date from {@code p}, read into {@link #parsedDate} when eleven bytes long; its end. */
  private int dateField(byte[] b, int p, int limit, boolean eof) {
    if (p + 11 < limit || (eof && p + 11 == limit)) {
      int t = p + 11 < limit ? b[p + 11] : '\n';
      if (t == '\r' || t == '\n' || t == ';') {
        LocalDate d = date(p, p + 11);
        if (d != null) {
          if (t != '\r') {
            parsedDate = d;
            return p + 11;
          }
          if (p + 12 < limit && b[p + 12] == '\n') {
            // CRLF: the line ends at the LF.
            parsedDate = d;
            return p + 12;
          }
        }
      }
    }
    return scanSeparator(b, p, limit);
  }

  /** Whether the twelve bytes at {@code p} hold no ';' and no '\n' (the caller made sure they exist). */
  private static boolean noSeparator12(byte[] b, int p) {
    long w = (long) LONGS.get(b, p);
    long t = (int) INTS.get(b, p + 8) & 0xFFFF_FFFFL | 0x4040_4040_0000_0000L;
    return (zeroBytes(w ^ SEMIS) | zeroBytes(w ^ NEWLINES) | zeroBytes(t ^ SEMIS)
        | zeroBytes(t ^ NEWLINES)) == 0;
  }

  /** The high bit of each zero byte of {@code x}, exactly. */
  private static long zeroBytes(long x) {
    return ~(((x & LOWS) + LOWS) | x | LOWS);
  }

  /**
   * {@link #scanSeparator} for the name of a row kept for an {@link AmfiFile}: each eight bytes read
   * are also written to the store's name chunk at {@link RowStore#nameUsed()} on, so that keeping
   * the name costs no copy of its own. Sets {@link #nameCopiedFrom} to {@code i} when the bytes up
   * to the separator were all written (the chunk had room), else to -1. Bytes written for a row not
   * kept are overwritten by the next.
   */
  private int scanName(byte[] b, int i, int limit) {
    byte[] c = store.nameChunk();
    int o = store.nameUsed();
    int from = i;
    int wordLimit = limit - 8;
    int copyLimit = c.length - 8;
    while (i <= wordLimit && o <= copyLimit) {
      long w = (long) LONGS.get(b, i);
      LONGS.set(c, o, w);
      long m = zeroBytes(w ^ SEMIS) | zeroBytes(w ^ NEWLINES);
      if (m != 0) {
        nameCopiedFrom = from;
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
      i += 8;
      o += 8;
    }
    nameCopiedFrom = -1;
    return scanSeparator(b, i, limit);
  }

  /** The first ';' or '\n' at or after {@code i}, or {@code limit}; eight bytes at a time. */
  private static int scanSeparator(byte[] b, int i, int limit) {
    int wordLimit = limit - 8;
    while (i <= wordLimit) {
      long w = (long) LONGS.get(b, i);
      long m = zeroBytes(w ^ SEMIS) | zeroBytes(w ^ NEWLINES);
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
      i += 8;
    }
    while (i < limit && b[i] != ';' && b[i] != '\n') {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------
  // Lines

  private void onLine() {
    if (header == null) {
      headerLine();
    } else if (fields == 1) {
      textLine();
    } else {
      dataLine();
    }
  }

  private void headerLine() {
    int s = lineStart;
    // A UTF-8 byte-order mark before the header.
    if (lineNo == 1 && lineEnd - s >= 3 && buf[s] == (byte) 0xEF && buf[s + 1] == (byte) 0xBB
        && buf[s + 2] == (byte) 0xBF) {
      s += 3;
    }
    if (isBlank(s, lineEnd)) {
      return;
    }
    String text = new String(buf, s, lineEnd - s, StandardCharsets.UTF_8);
    header = parseHeader(text, lineNo);
    List<AmfiColumn> cols = header.columns();
    nColumns = cols.size();
    cCode = cols.indexOf(AmfiColumn.SCHEME_CODE);
    cIsin1 = cols.indexOf(AmfiColumn.ISIN_GROWTH_OR_PAYOUT);
    cIsin2 = cols.indexOf(AmfiColumn.ISIN_REINVESTMENT);
    cName = cols.indexOf(AmfiColumn.SCHEME_NAME);
    cPlan = cols.indexOf(AmfiColumn.PLAN);
    cOption = cols.indexOf(AmfiColumn.OPTION);
    cNav = cols.indexOf(AmfiColumn.NET_ASSET_VALUE);
    cDate = cols.indexOf(AmfiColumn.DATE);
    kinds = new byte[nColumns];
    for (int i = 0; i < nColumns; i++) {
      switch (cols.get(i)) {
        case SCHEME_CODE:
          kinds[i] = K_CODE;
          break;
        case NET_ASSET_VALUE:
          kinds[i] = K_NAV;
          break;
        case ISIN_GROWTH_OR_PAYOUT:
        case ISIN_REINVESTMENT:
          kinds[i] = K_ISIN;
          break;
        case DATE:
          kinds[i] = K_DATE;
          break;
        default:
          kinds[i] = K_TEXT;
      }
    }
    daily = Arrays.equals(kinds, new byte[] {K_CODE, K_ISIN, K_ISIN, K_TEXT, K_NAV, K_DATE});
    LOG.debug("AMFI file layout {} from header at line {}", header.layout(), lineNo);
    if (visitor != null) {
      visitor.layout(header.layout());
    }
  }

  /** A line without ';': blank, a section heading, a fund house, or a data row cut short. */
  private void textLine() {
    int s = trimStart(lineStart, lineEnd);
    int e = trimEnd(s, lineEnd);
    if (s == e) {
      return;
    }
    boolean digits = true;
    boolean ascii = true;
    int h = 0;
    for (int i = s; i < e; i++) {
      byte c = buf[i];
      h = 31 * h + c;
      if (c < '0' || c > '9') {
        digits = false;
      }
      if (c < 0) {
        ascii = false;
      }
    }
    if (digits) {
      problem(Problem.row(lineNo, raw(), AmfiReader.REASON_TRUNCATED));
      return;
    }
    boolean headingLike = startsLikeHeading(s, e);
    if (!headingLike) {
      // A fund house seen before in this file: found by its bytes, without decoding them.
      int slot = h & (AMC_SLOTS - 1);
      byte[] key;
      while ((key = amcKeys[slot]) != null) {
        if (Arrays.equals(key, 0, key.length, buf, s, e)) {
          setAmc(amcValues[slot], amcIds[slot]);
          return;
        }
        slot = (slot + 1) & (AMC_SLOTS - 1);
      }
    }
    String text = TextRepair.decode(buf, s, e, ascii);
    // Most such lines name a fund house; only a line beginning like a heading is asked of core.
    if (headingLike) {
      Heading heading = heading(text);
      if (heading != null) {
        // The fund house is kept: when a section's first fund house is the one that ended the
        // section before, AMFI's files omit its line (ICICI under "Open Ended Schemes(Growth)" in
        // 2025, UTI and Zerodha in August 2026).
        structure = heading.structure();
        category = heading.category();
        contextChanged = true;
        return;
      }
    }
    Amc a = fundHouse(text);
    int id = -1;
    if (store != null) {
      id = store.amc(a);
    }
    if (!headingLike && amcCount < AMC_SLOTS / 2) {
      int slot = h & (AMC_SLOTS - 1);
      while (amcKeys[slot] != null) {
        slot = (slot + 1) & (AMC_SLOTS - 1);
      }
      amcKeys[slot] = Arrays.copyOfRange(buf, s, e);
      amcValues[slot] = a;
      amcIds[slot] = id;
      amcCount++;
    }
    setAmc(a, id);
  }

  /** Sets the fund house in force; {@code id} is its index in the store (-1 without a store). */
  private void setAmc(Amc a, int id) {
    if (!a.equals(amc)) {
      amc = a;
      amcIndex = id;
      contextChanged = true;
    }
  }

  // Fund houses recur in every file too: about fifty in a file, a few hundred over the years. Amc.of
  // normalises spaces with a regular expression; made anew in every read, fund houses were a quarter
  // of what the numbers-only path allocated. The cache stops growing at 4,096.
  private static final Map<String, Amc> FUND_HOUSES = new ConcurrentHashMap<>();

  /** The fund house a line names, made once per process. */
  private static Amc fundHouse(String text) {
    Amc a = FUND_HOUSES.get(text);
    if (a == null) {
      a = Amc.of(text);
      if (FUND_HOUSES.size() < 4096) {
        FUND_HOUSES.put(text, a);
      }
    }
    return a;
  }

  /** A section heading's structure and category (null when it names none lumpsum knows). */
  record Heading(SchemeStructure structure, SebiCategory category) {}

  // Headings recur in every file AMFI publishes, so they are read once per process: at most a few
  // hundred, and the cache stops growing at 1,024 (for the case of a feed of odd text).
  private static final Map<String, Optional<Heading>> HEADINGS = new ConcurrentHashMap<>();

  /** The heading {@code text} is, or null when it is not one. */
  private static Heading heading(String text) {
    Optional<Heading> known = HEADINGS.get(text);
    if (known == null) {
      Optional<SchemeStructure> st = SchemeStructure.fromHeading(text);
      known = st.isPresent() && isHeading(text)
          ? Optional.of(new Heading(st.get(), SebiCategory.fromHeading(text).orElse(null)))
          : Optional.empty();
      if (known.isPresent() && known.get().category() == null) {
        // Once per process; then the cache answers quietly.
        LOG.warn("AMFI section heading names no SEBI category lumpsum knows, its rows get none: "
            + "'{}'", text);
      }
      if (HEADINGS.size() < 1024) {
        HEADINGS.put(text, known);
      }
    }
    return known.orElse(null);
  }

  private static final byte[][] HEADING_STARTS = {
    "open".getBytes(StandardCharsets.US_ASCII), "close".getBytes(StandardCharsets.US_ASCII),
    "interval".getBytes(StandardCharsets.US_ASCII)
  };

  /** Whether {@code buf[s, e)} begins "open", "close" or "interval", in any case. */
  private boolean startsLikeHeading(int s, int e) {
    for (byte[] start : HEADING_STARTS) {
      if (e - s >= start.length) {
        int k = 0;
        while (k < start.length && (buf[s + k] | 0x20) == start[k]) {
          k++;
        }
        if (k == start.length) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isHeading(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("scheme") || text.indexOf('(') >= 0;
  }

  private void dataLine() {
    int[] fs = fieldStart;
    int[] fe = fieldEnd;
    built = null;
    name = null;
    navValue = null;
    if (fields != nColumns) {
      if (!repeatedHeader()) {
        problem(Problem.row(lineNo, raw(), AmfiReader.REASON_FIELD_COUNT));
      }
      return;
    }
    // Scheme code: one to eight digits (read while splitting, unless in an unusual form).
    int v = parsedCode != UNPARSED ? parsedCode : generalCode();
    if (v <= 0) {
      if (!repeatedHeader()) {
        problem(Problem.row(lineNo, raw(), AmfiReader.REASON_BAD_CODE));
      }
      return;
    }
    code = v;
    // NAV: a decimal, or a marker that there is none (read while splitting, unless unusual).
    long nav = parsedNav != UNPARSED ? parsedNav : generalNav();
    if (nav == AsciiDecimal.INVALID) {
      problem(Problem.row(lineNo, raw(), AmfiReader.REASON_BAD_NAV));
      return;
    }
    boolean zero = nav == ZERO_NAV || (nav >= 0 && roundsToZero(nav));
    navPacked = zero || nav == NO_NAV ? -1 : nav;
    hasNav = navPacked != -1;
    // Date: dd-MMM-yyyy, strictly.
    LocalDate d = parsedDate;
    if (d == null) {
      int s = trimStart(fs[cDate], fe[cDate]);
      d = date(s, trimEnd(s, fe[cDate]));
    }
    if (d == null) {
      problem(Problem.row(lineNo, raw(), AmfiReader.REASON_BAD_DATE));
      return;
    }
    date = d;
    int s = trimStart(fs[cName], fe[cName]);
    int e = trimEnd(s, fe[cName]);
    if (s == e) {
      problem(Problem.row(lineNo, raw(), AmfiReader.REASON_BLANK_NAME));
      return;
    }
    if (amc == null) {
      problem(Problem.row(lineNo, raw(), AmfiReader.REASON_NO_AMC));
      return;
    }
    if (zero) {
      problem(Problem.field(lineNo, AmfiColumn.NET_ASSET_VALUE.field(), raw(),
          AmfiReader.REASON_ZERO_NAV));
    }
    if (store == null) {
      visitor.row(this);
    } else {
      keep(s, e);
    }
  }

  /** Keeps the current row, its name at {@code buf[s, e)}: validates the ISINs, reads plan and option. */
  private void keep(int s, int e) {
    if (contextChanged) {
      rowContext = RowStore.context(amcIndex, category, structure);
      contextChanged = false;
    }
    readIsins();
    store.add(lineNo, code, navPacked, navValue, date, buf, s, e, nameCopiedFrom, isin1, isin2,
        rowContext, planColumn(), optionColumn());
  }

  /**
   * The date in {@code buf[s, e)}, or null. A file holds few distinct dates, so an eleven-byte date is
   * looked up by its bytes (the previous row's first) before it is parsed.
   */
  private LocalDate date(int s, int e) {
    if (e - s != 11) {
      return dates.parse(buf, s, e);
    }
    long head = (long) LONGS.get(buf, s);
    int tail = (buf[s + 8] & 0xFF) << 16 | (buf[s + 9] & 0xFF) << 8 | (buf[s + 10] & 0xFF);
    if (head == lastDateHead && tail == lastDateTail) {
      return lastDate;
    }
    long mixed = (head ^ tail) * 0x9E3779B97F4A7C15L;
    int slot = (int) (mixed >>> (64 - DATE_BITS));
    LocalDate d;
    DateEntry known = DATES[slot];
    if (known != null && known.head() == head && known.tail() == tail) {
      d = known.date();
    } else {
      d = dates.parse(buf, s, e);
      if (d == null) {
        return null;
      }
      DATES[slot] = new DateEntry(head, tail, d);
    }
    lastDateHead = head;
    lastDateTail = tail;
    lastDate = d;
    return d;
  }

  /** The scheme code of a field in an unusual form (spaces around it), or -1. */
  private int generalCode() {
    int s = trimStart(fieldStart[cCode], fieldEnd[cCode]);
    return code(buf, s, trimEnd(s, fieldEnd[cCode]));
  }

  /** The scheme code {@code b[s, e)} holds (one to eight digits), or -1. */
  private static int code(byte[] b, int s, int e) {
    int v = e == s || e - s > 8 ? -1 : 0;
    for (int i = s; i < e && v >= 0; i++) {
      int d = b[i] - '0';
      v = d < 0 || d > 9 ? -1 : v * 10 + d;
    }
    return v;
  }

  /**
   * The NAV of a field in an unusual form: packed as {@link AsciiDecimal} packs it, {@link #NO_NAV}
   * for a marker of no NAV, {@link #ZERO_NAV} for a zero too long to pack, {@link AsciiDecimal#INVALID} for anything
   * else. A NAV too long to pack is read into {@link #navValue} and returned as
   * {@link AsciiDecimal#TOO_LONG}.
   */
  private long generalNav() {
    int s = trimStart(fieldStart[cNav], fieldEnd[cNav]);
    int e = trimEnd(s, fieldEnd[cNav]);
    if (isNotAvailable(s, e)) {
      return NO_NAV;
    }
    long packed = AsciiDecimal.parse(buf, s, e);
    if (packed == AsciiDecimal.TOO_LONG) {
      BigDecimal big = AsciiDecimal.parseLong(buf, s, e);
      if (big.setScale(8, java.math.RoundingMode.HALF_UP).signum() == 0) {
        return ZERO_NAV; // zero at the 8 decimals a Nav keeps
      }
      navValue = new Nav(big);
    }
    return packed;
  }

  /** A header line again inside the file (reports concatenated): skipped if it names the same layout. */
  private boolean repeatedHeader() {
    int s = trimStart(fieldStart[0], fieldEnd[0]);
    int e = trimEnd(s, fieldEnd[0]);
    String first = new String(buf, s, e - s, StandardCharsets.UTF_8);
    if (AmfiColumn.ofHeader(first).isEmpty()) {
      return false;
    }
    Header again = parseHeader(raw(), lineNo);
    if (again.layout() != header.layout()) {
      throw new AmfiFormatException("the layout changes within the file, from " + header.layout()
          + " to " + again.layout(), raw(), lineNo, List.of());
    }
    return true;
  }

  private boolean isNotAvailable(int s, int e) {
    int len = e - s;
    if (len == 0) {
      return true;
    }
    if (len == 1) {
      return buf[s] == '-';
    }
    // N.A., N.A, NA, #N/A in any case.
    int k = s;
    if (buf[k] == '#') {
      k++;
    }
    if ((buf[k] | 0x20) != 'n') {
      return false;
    }
    k++;
    if (k < e && (buf[k] == '.' || buf[k] == '/')) {
      k++;
    }
    if (k >= e || (buf[k] | 0x20) != 'a') {
      return false;
    }
    k++;
    if (k < e && buf[k] == '.') {
      k++;
    }
    return k == e;
  }

  // ---------------------------------------------------------------------------------------------
  // The row view

  @Override
  public long line() {
    return lineNo;
  }

  @Override
  public int schemeCode() {
    return code;
  }

  @Override
  public boolean hasNav() {
    return hasNav;
  }

  @Override
  public long navUnscaled() {
    if (!hasNav) {
      throw new IllegalStateException("line " + lineNo + " has no NAV");
    }
    if (navPacked == AsciiDecimal.TOO_LONG) {
      return navValue.value().unscaledValue().longValueExact();
    }
    return AsciiDecimal.unscaled(navPacked);
  }

  @Override
  public int navScale() {
    if (!hasNav) {
      throw new IllegalStateException("line " + lineNo + " has no NAV");
    }
    if (navPacked == AsciiDecimal.TOO_LONG) {
      navValue.value().unscaledValue().longValueExact();
      return navValue.value().scale();
    }
    return AsciiDecimal.scale(navPacked);
  }

  @Override
  public Optional<Nav> nav() {
    if (!hasNav) {
      return Optional.empty();
    }
    if (navValue == null) {
      navValue = new Nav(BigDecimal.valueOf(AsciiDecimal.unscaled(navPacked),
          AsciiDecimal.scale(navPacked)));
    }
    return Optional.of(navValue);
  }

  @Override
  public LocalDate date() {
    return date;
  }

  @Override
  public Amc amc() {
    return amc;
  }

  @Override
  public Optional<SebiCategory> category() {
    return Optional.ofNullable(category);
  }

  @Override
  public SchemeStructure structure() {
    return structure;
  }

  @Override
  public String name() {
    if (name == null) {
      int s = trimStart(fieldStart[cName], fieldEnd[cName]);
      int e = trimEnd(s, fieldEnd[cName]);
      name = TextRepair.decode(buf, s, e, TextRepair.isAscii(buf, s, e));
    }
    return name;
  }

  @Override
  public String raw() {
    return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
  }

  @Override
  public AmfiRow toRow() {
    if (built != null) {
      return built;
    }
    readIsins();
    built = RowStore.row(lineNo, code, name(), isin1, isin2, planColumn(), optionColumn(), amc,
        category, structure, nav(), date);
    return built;
  }

  /**
   * Reads the current row's two ISINs into {@link #isin1} and {@link #isin2}, reporting an invalid one,
   * and a reinvestment ISIN that repeats the growth/payout one (read as none).
   */
  private void readIsins() {
    isin1 = parsedIsin1 != UNREAD_ISIN ? parsedIsin1
        : isin(cIsin1, AmfiColumn.ISIN_GROWTH_OR_PAYOUT);
    isin2 = parsedIsin2 != UNREAD_ISIN ? parsedIsin2 : isin(cIsin2, AmfiColumn.ISIN_REINVESTMENT);
    if (isin1 != IsinBytes.NONE && isin1 == isin2) {
      problem(Problem.field(lineNo, AmfiColumn.ISIN_REINVESTMENT.field(), raw(),
          AmfiReader.REASON_SAME_ISIN));
      isin2 = IsinBytes.NONE;
    }
  }

  /** The ISIN in a column, packed, or {@link IsinBytes#NONE}; an invalid one is reported. */
  private long isin(int col, AmfiColumn column) {
    int s = fieldStart[col];
    int e = fieldEnd[col];
    if (e - s == 12) {
      if (isinCache == null) {
        isinCache = new IsinBytes.Cache();
      }
      long packed = isinCache.pack(buf, s, e);
      if (packed != IsinBytes.NONE) {
        return packed;
      }
    }
    s = trimStart(s, e);
    e = trimEnd(s, e);
    int len = e - s;
    if (len == 0 || (len == 1 && buf[s] == '-')) {
      return IsinBytes.NONE;
    }
    long packed = IsinBytes.pack(buf, s, e);
    if (packed != IsinBytes.NONE) {
      return packed;
    }
    String text = new String(buf, fieldStart[col], fieldEnd[col] - fieldStart[col],
        StandardCharsets.UTF_8);
    IsinField field = IsinField.read(text);
    if (field.isin().isPresent()) {
      return IsinBytes.pack(field.isin().get().value());
    }
    // "---" is a longer dash, seen in the 2017 file.
    if (field.status() == IsinField.Status.INVALID && !text.strip().matches("-+")) {
      problem(Problem.field(lineNo, column.field(), raw(), AmfiReader.REASON_BAD_ISIN));
    }
    return IsinBytes.NONE;
  }

  /** The plan the Plan column names, as a code for {@link RowStore}. */
  private byte planColumn() {
    if (cPlan < 0) {
      return RowStore.FROM_NAME;
    }
    int s = fieldStart[cPlan];
    int e = fieldEnd[cPlan];
    long flags = OptionWords.scan(buf, s, e);
    Plan p = flags != OptionWords.NOT_ASCII ? OptionWords.plan(flags)
        : Plan.find(TextRepair.decode(buf, s, e, false)).orElse(null);
    return p == null ? RowStore.FROM_NAME : (byte) p.ordinal();
  }

  /** The option the Option column names, as a code for {@link RowStore}. */
  private byte optionColumn() {
    if (cOption < 0) {
      return RowStore.FROM_NAME;
    }
    int s = fieldStart[cOption];
    int e = fieldEnd[cOption];
    long flags = OptionWords.scan(buf, s, e);
    SchemeOption o = flags != OptionWords.NOT_ASCII ? OptionWords.option(flags)
        : SchemeOption.find(TextRepair.decode(buf, s, e, false)).orElse(null);
    return o == null ? RowStore.FROM_NAME : (byte) OptionWords.index(o);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private void problem(Problem p) {
    if (visitor != null) {
      visitor.problem(p);
    } else {
      problems.add(p);
    }
  }

  private int trimStart(int s, int e) {
    while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
      s++;
    }
    return s;
  }

  private int trimEnd(int s, int e) {
    while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
      e--;
    }
    return e;
  }

  private boolean isBlank(int s, int e) {
    return trimStart(s, e) == e;
  }

  // ---------------------------------------------------------------------------------------------
  // Header

  /** A header: its layout and its columns in order. */
  record Header(AmfiLayout layout, List<AmfiColumn> columns) {}

  static Header parseHeader(String line, long lineNo) {
    String text = line.strip();
    if (text.indexOf(';') < 0) {
      String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
      throw new AmfiFormatException("no header line: the first line is not an AMFI header of "
          + "';'-separated column names", shown, lineNo, List.of());
    }
    String[] names = text.split(";", -1);
    List<AmfiColumn> columns = new ArrayList<>(names.length);
    List<String> unknown = new ArrayList<>();
    for (String n : names) {
      Optional<AmfiColumn> c = AmfiColumn.ofHeader(n);
      if (c.isPresent()) {
        columns.add(c.get());
      } else {
        unknown.add(n.strip());
      }
    }
    if (!unknown.isEmpty()) {
      throw new AmfiFormatException("the header names columns lumpsum cannot place: " + unknown,
          text, lineNo, unknown);
    }
    AmfiLayout layout = AmfiLayout.of(columns);
    if (layout == null) {
      Set<AmfiColumn> required = EnumSet.of(AmfiColumn.SCHEME_CODE, AmfiColumn.ISIN_GROWTH_OR_PAYOUT,
          AmfiColumn.ISIN_REINVESTMENT, AmfiColumn.SCHEME_NAME, AmfiColumn.NET_ASSET_VALUE,
          AmfiColumn.DATE);
      required.removeAll(columns);
      String why = !required.isEmpty() ? "the header lacks the columns " + required
          : "the header's columns " + columns + " form no known layout";
      throw new AmfiFormatException(why, text, lineNo, List.of());
    }
    return new Header(layout, List.copyOf(columns));
  }
}
