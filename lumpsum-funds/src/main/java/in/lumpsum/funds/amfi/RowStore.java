package in.lumpsum.funds.amfi;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import in.lumpsum.funds.internal.AsciiDecimal;
import in.lumpsum.funds.internal.IsinBytes;
import in.lumpsum.funds.internal.OptionWords;
import in.lumpsum.funds.internal.TextRepair;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of an AMFI file in columns: numbers as numbers, names as their bytes one after another,
 * ISINs validated and packed in a {@code long}, plan and option from their columns as small codes. An {@link AmfiRow} with its
 * {@link Scheme} is built from them when asked for, and the plan and option of a name are worked out
 * then. Filled by one thread; read-only (and safe to share) once filled.
 */
final class RowStore {

  /** No plan or option column value: take it from the name. */
  static final byte FROM_NAME = -1;

  /** The fund house and section a row sits under. */
  record Context(Amc amc, SebiCategory category, SchemeStructure structure) {}

  private int size;
  private int[] lines;
  private int[] codes;
  private long[] navs;
  private LocalDate[] dates;
  // Names as the file's bytes, decoded when a row is built: one after another in chunks of 64 KiB
  // (small enough to be ordinary allocations, unlike one array for all). A name is found by its chunk
  // and offset, packed as chunk << 16 | offset, and its length; a name longer than a chunk gets a
  // chunk of its own.
  private static final int CHUNK = 1 << 16;
  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk;
  private int chunkUsed;
  private int[] nameRefs;
  private int[] nameLengths;
  private long[] isins1;
  private long[] isins2;
  private byte[] plans;
  private byte[] options;
  private int[] contexts;
  private final List<Context> contextList = new ArrayList<>();
  // The daily file of 26 May 2025 holds 1,007 distinct contexts (each fund house once per section):
  // sized so that the map does not grow while such a file is read.
  private final Map<Context, Integer> contextIndex = new HashMap<>(2048);
  private int context = -1;
  private final Map<Integer, Nav> longNavs = new HashMap<>();

  /**
   * Creates a store.
   *
   * @param capacity the expected number of rows
   */
  RowStore(int capacity) {
    int c = Math.max(16, capacity);
    lines = new int[c];
    codes = new int[c];
    navs = new long[c];
    dates = new LocalDate[c];
    nameRefs = new int[c];
    nameLengths = new int[c];
    isins1 = new long[c];
    isins2 = new long[c];
    plans = new byte[c];
    options = new byte[c];
    contexts = new int[c];
  }

  /** Starts a new section or fund house; rows added next belong to it. */
  void context(Amc amc, SebiCategory category, SchemeStructure structure) {
    // The same section and fund house recur (a file lists a fund house under many sections, a
    // history report the same section day after day): each is kept once.
    Context c = new Context(amc, category, structure);
    context = contextIndex.computeIfAbsent(c, k -> {
      contextList.add(k);
      return contextList.size() - 1;
    });
  }

  /**
   * Adds a row.
   *
   * @param navPacked the NAV packed by {@link AsciiDecimal}, or -1 for none, or
   *     {@link AsciiDecimal#TOO_LONG} with {@code longNav} set
   */
  void add(long line, int code, long navPacked, Nav longNav, LocalDate date, byte[] name,
      int nameFrom, int nameTo, long isin1, long isin2, byte plan, byte option) {
    if (size == codes.length) {
      grow();
    }
    int i = size++;
    lines[i] = (int) line;
    codes[i] = code;
    navs[i] = navPacked;
    if (navPacked == AsciiDecimal.TOO_LONG) {
      longNavs.put(i, longNav);
    }
    dates[i] = date;
    int len = nameTo - nameFrom;
    if (chunk == null || chunkUsed + len > chunk.length) {
      chunk = new byte[Math.max(CHUNK, len)];
      chunks.add(chunk);
      chunkUsed = 0;
    }
    System.arraycopy(name, nameFrom, chunk, chunkUsed, len);
    nameRefs[i] = (chunks.size() - 1) << 16 | chunkUsed;
    nameLengths[i] = len;
    chunkUsed += len;
    isins1[i] = isin1;
    isins2[i] = isin2;
    plans[i] = plan;
    options[i] = option;
    contexts[i] = context;
  }

  int size() {
    return size;
  }

  boolean hasNav(int i) {
    return navs[i] != -1;
  }

  /** Decodes the name of row {@code i}. */
  String name(int i) {
    byte[] nameBytes = chunks.get(nameRefs[i] >>> 16);
    int from = nameRefs[i] & 0xFFFF;
    int to = from + nameLengths[i];
    return TextRepair.decode(nameBytes, from, to, TextRepair.isAscii(nameBytes, from, to));
  }

  /** Builds row {@code i}. */
  AmfiRow row(int i) {
    Context ctx = contextList.get(contexts[i]);
    Optional<Nav> nav;
    long packed = navs[i];
    if (packed == -1) {
      nav = Optional.empty();
    } else if (packed == AsciiDecimal.TOO_LONG) {
      nav = Optional.of(longNavs.get(i));
    } else {
      nav = Optional.of(new Nav(BigDecimal.valueOf(AsciiDecimal.unscaled(packed),
          AsciiDecimal.scale(packed))));
    }
    return row(lines[i], codes[i], name(i), isins1[i], isins2[i], plans[i], options[i], ctx.amc(),
        ctx.category(), ctx.structure(), nav, dates[i]);
  }

  /**
   * Builds a row and its scheme. A plan or option given as {@link #FROM_NAME} is found in the name by
   * the rules of {@link Plan#find(String)} and {@link SchemeOption#find(String)}; when the name names
   * none, the scheme's defaults apply and the row says the plan or option was not stated.
   */
  static AmfiRow row(long line, int code, String name, long isin1, long isin2, byte plan,
      byte option, Amc amc, SebiCategory category, SchemeStructure structure, Optional<Nav> nav,
      LocalDate date) {
    Plan p = plan == FROM_NAME ? null : Plan.values()[plan];
    SchemeOption o = option == FROM_NAME ? null : OptionWords.optionAt(option);
    if (p == null || o == null) {
      long flags = OptionWords.scan(name);
      if (p == null) {
        p = flags != OptionWords.NOT_ASCII ? OptionWords.plan(flags) : Plan.find(name).orElse(null);
      }
      if (o == null) {
        o = flags != OptionWords.NOT_ASCII ? OptionWords.option(flags)
            : SchemeOption.find(name).orElse(null);
      }
    }
    Scheme.Builder b = Scheme.builder();
    b.code(SchemeCode.of(code))
        .name(name)
        .amc(amc)
        .plan(p != null ? p : Plan.REGULAR)
        .option(o != null ? o : SchemeOption.GROWTH)
        .structure(structure);
    if (isin1 != IsinBytes.NONE) {
      b.isinGrowthOrPayout(new Isin(IsinBytes.unpack(isin1)));
    }
    if (isin2 != IsinBytes.NONE) {
      b.isinReinvestment(new Isin(IsinBytes.unpack(isin2)));
    }
    if (category != null) {
      b.category(category);
    }
    return new AmfiRow(line, b.build(), nav, date, p != null, o != null);
  }

  private void grow() {
    int c = codes.length * 2;
    lines = Arrays.copyOf(lines, c);
    codes = Arrays.copyOf(codes, c);
    navs = Arrays.copyOf(navs, c);
    dates = Arrays.copyOf(dates, c);
    nameRefs = Arrays.copyOf(nameRefs, c);
    nameLengths = Arrays.copyOf(nameLengths, c);
    isins1 = Arrays.copyOf(isins1, c);
    isins2 = Arrays.copyOf(isins2, c);
    plans = Arrays.copyOf(plans, c);
    options = Arrays.copyOf(options, c);
    contexts = Arrays.copyOf(contexts, c);
  }
}
