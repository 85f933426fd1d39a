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
 * The rows of an AMFI file, packed: six {@code long}s a row for the numbers (code and line, NAV,
 * ISINs validated and packed, where the name is, fund house, section, and plan and option from their
 * columns as small codes), names as their bytes one after another, and dates. An {@link AmfiRow} with
 * its {@link Scheme} is built from them when asked for, and the plan and option of a name are worked
 * out then. Filled by one thread; read-only (and safe to share) once filled.
 */
final class RowStore {

  /** No plan or option column value: take it from the name. */
  static final byte FROM_NAME = -1;

  private static final SebiCategory[] CATEGORIES = SebiCategory.values();
  private static final SchemeStructure[] STRUCTURES = SchemeStructure.values();

  private int size;
  // Each row's numbers in STRIDE consecutive longs, so that adding a row writes one place rather than
  // one array per field: [line << 32 | code, NAV packed by AsciiDecimal (or -1, or TOO_LONG), first
  // ISIN packed (or IsinBytes.NONE), second ISIN, the name's place (chunk << 47 | offset << 31 |
  // length), the context (see context()) | plan << 8 | option (plan and option as unsigned bytes)].
  // Rows are held in pages of PAGE rows (48 KiB of longs): ordinary allocations, where one array for
  // a daily file's 14,000 rows (670 KiB) would be a humongous object for G1 with 1 MiB regions, and
  // no copying as the store grows.
  private static final int STRIDE = 6;
  private static final int PAGE_BITS = 10;
  private static final int PAGE = 1 << PAGE_BITS;
  private long[][] pages;
  private LocalDate[][] datePages;
  private long[] page;
  private LocalDate[] datePage;
  // Names as the file's bytes, decoded when a row is built: one after another in chunks of 64 KiB
  // (small enough to be ordinary allocations, unlike one array for all). A name longer than a chunk
  // gets a chunk of its own, at offset 0, so an offset fits 16 bits; a length fits 31.
  private static final int CHUNK = 1 << 16;
  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk;
  private int chunkUsed;
  // The fund houses of the file, in the order met (rows refer to them by index).
  private final List<Amc> amcs = new ArrayList<>();
  private final Map<Integer, Nav> longNavs = new HashMap<>();

  /**
   * Creates a store.
   *
   * @param capacity the expected number of rows
   */
  RowStore(int capacity) {
    int c = Math.max(1, (capacity + PAGE - 1) >>> PAGE_BITS);
    pages = new long[c][];
    datePages = new LocalDate[c][];
    chunk = new byte[CHUNK];
    chunks.add(chunk);
  }

  /** The chunk the next name goes to, at {@link #nameUsed()}; see {@link #add}'s {@code copiedFrom}. */
  byte[] nameChunk() {
    return chunk;
  }

  /** Where in {@link #nameChunk()} the next name goes. */
  int nameUsed() {
    return chunkUsed;
  }

  /**
   * Keeps a fund house the rows of this store may refer to.
   *
   * @return its index, for {@link #context}
   */
  int amc(Amc amc) {
    amcs.add(amc);
    return amcs.size() - 1;
  }

  /**
   * Packs what a row takes from the lines above it, its fund house (an index from {@link #amc}),
   * structure and category, as {@link #add} takes it: fund house << 32 | structure << 24 |
   * category (its ordinal + 1, or 0 for none) << 16.
   */
  static long context(int amcIndex, SebiCategory category, SchemeStructure structure) {
    return (long) amcIndex << 32 | (long) structure.ordinal() << 24
        | (long) (category == null ? 0 : category.ordinal() + 1) << 16;
  }

  /**
   * Adds a row.
   *
   * @param navPacked the NAV packed by {@link AsciiDecimal}, or -1 for none, or
   *     {@link AsciiDecimal#TOO_LONG} with {@code longNav} set
   * @param copiedFrom -1, or where in {@code name} the bytes already written to
   *     {@link #nameChunk()} at {@link #nameUsed()} begin (at most {@code nameFrom}, and reaching at
   *     least {@code nameTo})
   * @param context the row's fund house, structure and category, packed by {@link #context}
   */
  void add(long line, int code, long navPacked, Nav longNav, LocalDate date, byte[] name,
      int nameFrom, int nameTo, int copiedFrom, long isin1, long isin2, long context, byte plan,
      byte option) {
    int i = size;
    int j = i & (PAGE - 1);
    if (j == 0) {
      newPage(i >>> PAGE_BITS);
    }
    int len = nameTo - nameFrom;
    int used = chunkUsed;
    int offset;
    if (copiedFrom >= 0) {
      offset = used + nameFrom - copiedFrom;
      chunkUsed = used + nameTo - copiedFrom;
    } else {
      byte[] c = chunk;
      if (used + len > c.length) {
        c = new byte[Math.max(CHUNK, len)];
        chunks.add(c);
        chunk = c;
        used = 0;
      }
      System.arraycopy(name, nameFrom, c, used, len);
      offset = used;
      chunkUsed = used + len;
    }
    long[] r = page;
    int k = j * STRIDE;
    r[k] = line << 32 | code;
    r[k + 1] = navPacked;
    r[k + 2] = isin1;
    r[k + 3] = isin2;
    r[k + 4] = (long) (chunks.size() - 1) << 47 | (long) offset << 31 | len;
    r[k + 5] = context | (plan & 0xFF) << 8 | (option & 0xFF);
    datePage[j] = date;
    if (navPacked == AsciiDecimal.TOO_LONG) {
      longNavs.put(i, longNav);
    }
    size = i + 1;
  }

  int size() {
    return size;
  }

  boolean hasNav(int i) {
    return pages[i >>> PAGE_BITS][(i & (PAGE - 1)) * STRIDE + 1] != -1;
  }

  /** Decodes the name of row {@code i}. */
  String name(int i) {
    long ref = pages[i >>> PAGE_BITS][(i & (PAGE - 1)) * STRIDE + 4];
    byte[] nameBytes = chunks.get((int) (ref >>> 47));
    int from = (int) (ref >>> 31) & 0xFFFF;
    int to = from + ((int) ref & 0x7FFF_FFFF);
    return TextRepair.decode(nameBytes, from, to, TextRepair.isAscii(nameBytes, from, to));
  }

  /** Builds row {@code i}. */
  AmfiRow row(int i) {
    long[] rows = pages[i >>> PAGE_BITS];
    int k = (i & (PAGE - 1)) * STRIDE;
    long meta = rows[k + 5];
    int cat = (int) (meta >>> 16) & 0xFF;
    Optional<Nav> nav;
    long packed = rows[k + 1];
    if (packed == -1) {
      nav = Optional.empty();
    } else if (packed == AsciiDecimal.TOO_LONG) {
      nav = Optional.of(longNavs.get(i));
    } else {
      nav = Optional.of(new Nav(BigDecimal.valueOf(AsciiDecimal.unscaled(packed),
          AsciiDecimal.scale(packed))));
    }
    long lineCode = rows[k];
    return row(lineCode >>> 32, (int) lineCode, name(i), rows[k + 2], rows[k + 3],
        (byte) (meta >>> 8), (byte) meta, amcs.get((int) (meta >>> 32)),
        cat == 0 ? null : CATEGORIES[cat - 1], STRUCTURES[(int) (meta >>> 24) & 0xFF], nav, datePages[i >>> PAGE_BITS][i & (PAGE - 1)]);
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

  private void newPage(int p) {
    if (p == pages.length) {
      pages = Arrays.copyOf(pages, p * 2);
      datePages = Arrays.copyOf(datePages, p * 2);
    }
    page = new long[PAGE * STRIDE];
    datePage = new LocalDate[PAGE];
    pages[p] = page;
    datePages[p] = datePage;
  }
}
