package in.lumpsum.funds.internal;

import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeOption;
import java.util.Optional;

/**
 * Finds the plan and option words in ASCII text straight from bytes, giving exactly what
 * {@link Plan#find(String)} and {@link SchemeOption#find(String)} give for the same text, without
 * building the normalised word string those methods build (they allocate a dozen strings a call,
 * too many for 14,000 scheme names).
 *
 * <p>The text is split into words as core's {@code Text.words} does (runs of ASCII letters and digits,
 * lower-cased); {@link #scan} records which of the words and word pairs that core's rules test for are
 * present, and {@link #plan(long)} and {@link #option(long)} apply core's rules to those flags. Text
 * with a byte outside ASCII is not scanned ({@link #NOT_ASCII}); callers then use core on the decoded
 * string. {@code OptionWordsTest} checks the equivalence on every name in the real AMFI files and on
 * generated text.
 */
public final class OptionWords {

  /** Returned by {@link #scan} for text holding a non-ASCII byte. */
  public static final long NOT_ASCII = -1;

  // Whole words (core: Text.hasWord).
  private static final long DIRECT = 1L;
  private static final long DIR = 1L << 1;
  private static final long REGULAR = 1L << 2;
  private static final long REG = 1L << 3;
  private static final long RETAIL = 1L << 4;
  private static final long NORMAL = 1L << 5;
  private static final long IDCW = 1L << 6;
  private static final long DCW = 1L << 7;
  private static final long DIVIDEND = 1L << 8;
  private static final long DIV = 1L << 9;
  private static final long PAYOUT = 1L << 10;
  private static final long TRANSFER = 1L << 11;
  private static final long GROWTH = 1L << 12;
  private static final long GR = 1L << 13;
  private static final long CUMULATIVE = 1L << 14;
  private static final long ACCUMULATION = 1L << 15;
  private static final long BONUS = 1L << 16;
  private static final long DAILY = 1L << 17;
  private static final long WEEKLY = 1L << 18;
  private static final long FORTNIGHTLY = 1L << 19;
  private static final long MONTHLY = 1L << 20;
  private static final long QUARTERLY = 1L << 21;
  private static final long ANNUAL = 1L << 22;
  private static final long YEARLY = 1L << 23;
  private static final long REINV = 1L << 24;
  // Words that only matter as half of a pair.
  private static final long RE = 1L << 25;
  private static final long INVESTMENT = 1L << 26;
  private static final long PAY = 1L << 27;
  private static final long OUT = 1L << 28;
  // Substrings and pairs (core: String.contains on the word string, Text.hasWord of two words).
  private static final long INCOME_DISTRIBUTION = 1L << 32;
  private static final long REINVEST_ANYWHERE = 1L << 33;
  private static final long RE_INVESTMENT = 1L << 34;
  private static final long PAY_OUT = 1L << 35;
  private static final long HALF_YEARLY = 1L << 36;

  private static final String[] WORDS = {
    "direct", "dir", "regular", "reg", "retail", "normal", "idcw", "dcw", "dividend", "div", "payout",
    "transfer", "growth", "gr", "cumulative", "accumulation", "bonus", "daily", "weekly", "fortnightly",
    "monthly", "quarterly", "annual", "yearly", "reinv", "re", "investment", "pay", "out"
  };
  private static final long[] WORD_FLAGS = {
    DIRECT, DIR, REGULAR, REG, RETAIL, NORMAL, IDCW, DCW, DIVIDEND, DIV, PAYOUT,
    TRANSFER, GROWTH, GR, CUMULATIVE, ACCUMULATION, BONUS, DAILY, WEEKLY, FORTNIGHTLY,
    MONTHLY, QUARTERLY, ANNUAL, YEARLY, REINV, RE, INVESTMENT, PAY, OUT
  };
  // Open-addressed table of the words above, by a hash of their lower-case letters.
  private static final int TABLE = 128;
  private static final byte[][] TABLE_WORDS = new byte[TABLE][];
  private static final long[] TABLE_FLAGS = new long[TABLE];

  // Word-edge properties used by the pair tests: "income distribution", "half yearly", "semi annual".
  private static final int ENDS_INCOME = 1;
  private static final int ENDS_HALF = 2;
  private static final int ENDS_SEMI = 4;
  private static final int STARTS_DISTRIBUTION = 8;
  private static final int STARTS_YEARLY = 16;
  private static final int STARTS_ANNUAL = 32;

  private static final byte[] B_INCOME = ascii("income");
  private static final byte[] B_HALF = ascii("half");
  private static final byte[] B_SEMI = ascii("semi");
  private static final byte[] B_DISTRIBUTION = ascii("distribution");
  private static final byte[] B_YEARLY = ascii("yearly");
  private static final byte[] B_ANNUAL = ascii("annual");
  private static final byte[] B_REINVEST = ascii("reinvest");
  private static final byte[] B_HALFYEARLY = ascii("halfyearly");

  private static final SchemeOption BONUS_OPTION = new SchemeOption(OptionType.BONUS, IdcwFrequency.NONE);
  private static final SchemeOption[] PAYOUT_OPTIONS = idcwOptions(OptionType.IDCW_PAYOUT);
  private static final SchemeOption[] REINVEST_OPTIONS = idcwOptions(OptionType.IDCW_REINVESTMENT);

  static {
    for (int i = 0; i < WORDS.length; i++) {
      byte[] w = ascii(WORDS[i]);
      int h = 0;
      for (byte c : w) {
        h = h * 31 + c;
      }
      int slot = mix(h);
      while (TABLE_WORDS[slot] != null) {
        slot = (slot + 1) & (TABLE - 1);
      }
      TABLE_WORDS[slot] = w;
      TABLE_FLAGS[slot] = WORD_FLAGS[i];
    }
  }

  private OptionWords() {}

  /**
   * Records which plan and option words {@code b[from, to)} holds.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @return the flags for {@link #plan(long)} and {@link #option(long)}, or {@link #NOT_ASCII}
   */
  public static long scan(byte[] b, int from, int to) {
    long flags = 0;
    long prevWord = 0;
    int prevEdges = 0;
    int i = from;
    while (i < to) {
      int c = b[i];
      if (!isAlnum(c)) {
        if (c < 0) {
          return NOT_ASCII;
        }
        i++;
        continue;
      }
      int start = i;
      int h = 0;
      do {
        h = h * 31 + (c | 0x20);
        i++;
      } while (i < to && isAlnum(c = b[i]));
      if (c < 0) {
        return NOT_ASCII;
      }
      int len = i - start;
      long word = exact(b, start, len, h);
      int edges = edges(b, start, len);
      if (len >= B_REINVEST.length && contains(b, start, len, B_REINVEST)) {
        flags |= REINVEST_ANYWHERE;
      }
      if (len >= B_HALFYEARLY.length && contains(b, start, len, B_HALFYEARLY)) {
        flags |= HALF_YEARLY;
      }
      if ((prevWord & RE) != 0 && (word & INVESTMENT) != 0) {
        flags |= RE_INVESTMENT;
      }
      if ((prevWord & PAY) != 0 && (word & OUT) != 0) {
        flags |= PAY_OUT;
      }
      if ((prevEdges & ENDS_INCOME) != 0 && (edges & STARTS_DISTRIBUTION) != 0) {
        flags |= INCOME_DISTRIBUTION;
      }
      if (((prevEdges & ENDS_HALF) != 0 && (edges & STARTS_YEARLY) != 0)
          || ((prevEdges & ENDS_SEMI) != 0 && (edges & STARTS_ANNUAL) != 0)) {
        flags |= HALF_YEARLY;
      }
      flags |= word;
      prevWord = word;
      prevEdges = edges;
    }
    return flags;
  }

  /**
   * Applies {@link Plan#find(String)}'s rules to scanned flags.
   *
   * @param flags the result of {@link #scan}, not {@link #NOT_ASCII}
   * @return the plan, or null when the text names none (internal use only)
   */
  public static Plan plan(long flags) {
    if ((flags & (DIRECT | DIR)) != 0) {
      return Plan.DIRECT;
    }
    if ((flags & (REGULAR | REG | RETAIL | NORMAL)) != 0) {
      return Plan.REGULAR;
    }
    return null;
  }

  /**
   * Applies {@link SchemeOption#find(String)}'s rules to scanned flags.
   *
   * @param flags the result of {@link #scan}, not {@link #NOT_ASCII}
   * @return the option (a shared instance), or null when the text names none (internal use only)
   */
  public static SchemeOption option(long flags) {
    boolean idcw = (flags & (IDCW | DCW | DIVIDEND | DIV | INCOME_DISTRIBUTION)) != 0;
    boolean reinvest = (flags & (REINVEST_ANYWHERE | RE_INVESTMENT | REINV)) != 0;
    boolean payout = (flags & (PAYOUT | PAY_OUT | TRANSFER)) != 0;
    boolean growth = (flags & GROWTH) != 0;
    if (idcw || (reinvest && !growth) || payout) {
      SchemeOption[] options = reinvest && !payout ? REINVEST_OPTIONS : PAYOUT_OPTIONS;
      return options[frequency(flags).ordinal()];
    }
    if ((flags & (GROWTH | GR | CUMULATIVE | ACCUMULATION)) != 0) {
      return SchemeOption.GROWTH;
    }
    if ((flags & BONUS) != 0) {
      return BONUS_OPTION;
    }
    return null;
  }

  /**
   * Scans a string as {@link #scan(byte[], int, int)} scans bytes.
   *
   * @param text the text
   * @return the flags, or {@link #NOT_ASCII}
   */
  public static long scan(String text) {
    int n = text.length();
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return NOT_ASCII;
      }
      b[i] = (byte) c;
    }
    return scan(b, 0, n);
  }

  /**
   * Returns a small number for an option, for compact storage: 0 growth, 1 bonus, 2 to 9 IDCW payout
   * and 10 to 17 IDCW reinvestment by frequency.
   *
   * @param option the option
   * @return its index, from 0 to 17
   */
  public static int index(SchemeOption option) {
    switch (option.type()) {
      case GROWTH:
        return 0;
      case BONUS:
        return 1;
      case IDCW_PAYOUT:
        return 1 + option.frequency().ordinal();
      default:
        return 9 + option.frequency().ordinal();
    }
  }

  /**
   * Returns the option of an index given by {@link #index(SchemeOption)}.
   *
   * @param index the index, from 0 to 17
   * @return the option (a shared instance)
   */
  public static SchemeOption optionAt(int index) {
    if (index == 0) {
      return SchemeOption.GROWTH;
    }
    if (index == 1) {
      return BONUS_OPTION;
    }
    return index < 10 ? PAYOUT_OPTIONS[index - 1] : REINVEST_OPTIONS[index - 9];
  }

  /**
   * Finds the plan in text, through bytes when it is ASCII and through core otherwise.
   *
   * @param text the text
   * @return the plan it names, or empty
   */
  public static Optional<Plan> findPlan(String text) {
    long flags = scan(text);
    return flags == NOT_ASCII ? Plan.find(text) : Optional.ofNullable(plan(flags));
  }

  /**
   * Finds the option in text, through bytes when it is ASCII and through core otherwise.
   *
   * @param text the text
   * @return the option it names, or empty
   */
  public static Optional<SchemeOption> findOption(String text) {
    long flags = scan(text);
    return flags == NOT_ASCII ? SchemeOption.find(text) : Optional.ofNullable(option(flags));
  }

  // The order of core's SchemeOption.frequency: the first rule that matches wins.
  private static IdcwFrequency frequency(long flags) {
    if ((flags & DAILY) != 0) {
      return IdcwFrequency.DAILY;
    }
    if ((flags & WEEKLY) != 0) {
      return IdcwFrequency.WEEKLY;
    }
    if ((flags & FORTNIGHTLY) != 0) {
      return IdcwFrequency.FORTNIGHTLY;
    }
    if ((flags & MONTHLY) != 0) {
      return IdcwFrequency.MONTHLY;
    }
    if ((flags & QUARTERLY) != 0) {
      return IdcwFrequency.QUARTERLY;
    }
    if ((flags & HALF_YEARLY) != 0) {
      return IdcwFrequency.HALF_YEARLY;
    }
    if ((flags & (ANNUAL | YEARLY)) != 0) {
      return IdcwFrequency.ANNUAL;
    }
    return IdcwFrequency.UNSPECIFIED;
  }

  private static boolean isAlnum(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static int mix(int h) {
    return (h ^ (h >>> 7) ^ (h >>> 14)) & (TABLE - 1);
  }

  // The flag of the keyword b[start, start + len) is, if any: one probe in most cases.
  private static long exact(byte[] b, int start, int len, int h) {
    int slot = mix(h);
    byte[] w;
    while ((w = TABLE_WORDS[slot]) != null) {
      if (w.length == len && equalsLower(b, start, w)) {
        return TABLE_FLAGS[slot];
      }
      slot = (slot + 1) & (TABLE - 1);
    }
    return 0;
  }

  // Only words that could end "income", "half" or "semi" or begin "distribution", "yearly" or
  // "annual" are compared: their last or first letter decides.
  private static int edges(byte[] b, int start, int len) {
    int e = 0;
    int last = b[start + len - 1] | 0x20;
    if (last == 'e' && endsWith(b, start, len, B_INCOME)) {
      e |= ENDS_INCOME;
    } else if (last == 'f' && endsWith(b, start, len, B_HALF)) {
      e |= ENDS_HALF;
    } else if (last == 'i' && endsWith(b, start, len, B_SEMI)) {
      e |= ENDS_SEMI;
    }
    int first = b[start] | 0x20;
    if (first == 'd' && len >= B_DISTRIBUTION.length && equalsLower(b, start, B_DISTRIBUTION)) {
      e |= STARTS_DISTRIBUTION;
    } else if (first == 'y' && len >= B_YEARLY.length && equalsLower(b, start, B_YEARLY)) {
      e |= STARTS_YEARLY;
    } else if (first == 'a' && len >= B_ANNUAL.length && equalsLower(b, start, B_ANNUAL)) {
      e |= STARTS_ANNUAL;
    }
    return e;
  }

  private static boolean endsWith(byte[] b, int start, int len, byte[] suffix) {
    return len >= suffix.length && equalsLower(b, start + len - suffix.length, suffix);
  }

  private static boolean contains(byte[] b, int start, int len, byte[] needle) {
    int first = needle[0];
    for (int i = start; i + needle.length <= start + len; i++) {
      if ((b[i] | 0x20) == first && equalsLower(b, i, needle)) {
        return true;
      }
    }
    return false;
  }

  // Compares b[at, at + lower.length) with lower-case letters; b holds ASCII letters and digits only,
  // and OR-ing 0x20 lower-cases a letter and leaves a digit a digit.
  private static boolean equalsLower(byte[] b, int at, byte[] lower) {
    for (int k = 0; k < lower.length; k++) {
      if ((b[at + k] | 0x20) != lower[k]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static SchemeOption[] idcwOptions(OptionType type) {
    IdcwFrequency[] all = IdcwFrequency.values();
    SchemeOption[] options = new SchemeOption[all.length];
    for (IdcwFrequency f : all) {
      if (f != IdcwFrequency.NONE) {
        options[f.ordinal()] = new SchemeOption(type, f);
      }
    }
    return options;
  }
}
