package in.lumpsum.funds.directory;

import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Normalises AMFI scheme names for searching and for telling a rename from a change of wording.
 *
 * <p>AMFI's names are free text: the same scheme is {@code "quant Flexi Cap Fund - Growth Option -
 * Regular Plan"} in one file and {@code "Quant Flexi Cap Fund"} (with {@code Plan} and {@code Option}
 * in columns of their own) in the next, after the format change of 19 August 2026. Two normalisations
 * are offered:
 * <ul>
 *   <li>{@link #words(String)}: the words of a name for searching: lower case, punctuation dropped,
 *       {@code &} read as {@code and}, and the noise words {@code fund}, {@code plan}, {@code option},
 *       {@code scheme} left out.
 *   <li>{@link #identityWords(String)}: the words that name the fund itself: {@link #words(String)} less
 *       every plan and option word ({@code direct}, {@code regular}, {@code growth}, {@code idcw},
 *       {@code payout}, {@code monthly}, ... and run-together forms such as {@code IDCWPayout}), and
 *       less remarks in parentheses about former names and segregated portfolios
 *       ({@code (Formerly ...)}, {@code (erstwhile ...)}, {@code (Existing number of Segregated
 *       Portfolios - 1)}).
 * </ul>
 *
 * <p>{@link #sameFund(String, String, boolean)} decides whether a new name is a rename. Thread-safe;
 * all methods are static.
 *
 * @since 0.1.0
 */
public final class SchemeNames {

  /** Words that never tell two funds apart: {@code Fund}, {@code Plan}, {@code Option}, ... */
  private static final Set<String> NOISE = Set.of("fund", "funds", "plan", "plans", "option",
      "options", "scheme", "schemes");

  /**
   * Plan and option words, as core's {@link Plan#find(String)} and {@link SchemeOption#find(String)}
   * read them, with the words of AMFI's long forms ("Income Distribution cum Capital Withdrawal").
   */
  private static final Set<String> PLAN_OPTION = Set.of("direct", "dir", "regular", "reg", "growth",
      "gr", "idcw", "dcw", "dividend", "div", "payout", "pay", "out", "reinvestment", "reinvest",
      "reinv", "re", "investment", "transfer", "cumulative", "accumulation", "bonus", "daily", "weekly",
      "fortnightly", "monthly", "quarterly", "half", "yearly", "annual", "annually", "semi", "income",
      "distribution", "cum", "capital", "withdrawal");

  /** Words that mark a parenthesised remark as not part of the name. */
  private static final List<String> REMARKS = List.of("formerly", "erstwhile", "segregated", "earlier",
      "previously", "renamed");

  private SchemeNames() {}

  /**
   * Returns the search words of a name: lower case, runs of letters and digits, {@code &} as
   * {@code and}, without {@code fund}, {@code plan}, {@code option} or {@code scheme}.
   *
   * @param name a scheme name or a query
   * @return the words, in order; empty for a name of noise only
   */
  public static List<String> words(String name) {
    Objects.requireNonNull(name, "name");
    List<String> out = new ArrayList<>();
    for (String w : split(name)) {
      if (!NOISE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Returns the words that name the fund: the {@link #words(String) search words} less plan and
   * option words and less parenthesised remarks about former names or segregated portfolios.
   *
   * @param name a scheme name
   * @return the words, in order
   */
  public static List<String> identityWords(String name) {
    Objects.requireNonNull(name, "name");
    List<String> out = new ArrayList<>();
    for (String w : split(stripRemarks(name))) {
      if (!NOISE.contains(w) && !planOptionWord(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Returns a key for comparing fund names: the {@link #identityWords(String) identity words} run
   * together, so that {@code "Large & Midcap"} and {@code "Large and Mid Cap"} give the same key.
   *
   * @param name a scheme name
   * @return the key
   */
  public static String identityKey(String name) {
    return String.join("", identityWords(name));
  }

  /**
   * Tells whether a new name still names the same fund as an old one, so that the change is wording
   * and not a rename.
   *
   * <p>The names name the same fund when their {@link #identityKey(String) identity keys} are equal.
   * When {@code planOptionMoved} is true (the new name comes from a file with {@code Plan} and
   * {@code Option} columns and the old one from a file without them, or still carries the words:
   * AMFI's change of 19 August 2026, when names also lost sub-plan words such as {@code Institutional},
   * {@code Unclaimed Redemption}, {@code PF Plan}), the new name may also have lost words: it names the
   * same fund when each of its
   * identity words is one of the old name's, a part of the old words run together
   * ({@code Mid Cap} in {@code Midcap}), or, for words of five letters or more, differs from one of
   * them by one letter (a corrected typo: {@code Govenment}). Any other difference is a rename.
   *
   * @param oldName the name known so far
   * @param newName the name now published
   * @param planOptionMoved whether the plan and option words moved from the name into columns
   * @return true when the change is not a rename
   */
  public static boolean sameFund(String oldName, String newName, boolean planOptionMoved) {
    List<String> oldWords = identityWords(oldName);
    List<String> newWords = identityWords(newName);
    String oldKey = String.join("", oldWords);
    if (oldKey.equals(String.join("", newWords))) {
      return true;
    }
    if (!planOptionMoved || newWords.isEmpty()) {
      return false;
    }
    for (String w : newWords) {
      if (oldWords.contains(w) || oldKey.contains(w)) {
        continue;
      }
      boolean typo = false;
      if (w.length() >= 5) {
        for (String o : oldWords) {
          if (oneEditApart(w, o)) {
            typo = true;
            break;
          }
        }
      }
      if (!typo) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a name carries plan or option words, as AMFI's names did before 19 August 2026.
   *
   * @param name a scheme name
   * @return true when core finds a plan or an option in it
   */
  public static boolean namesPlanOrOption(String name) {
    return Plan.find(name).isPresent() || SchemeOption.find(name).isPresent();
  }

  /** Lower case, {@code &} as " and ", mis-encoded dashes and quotes as spaces, split on the rest. */
  private static List<String> split(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace("&", " and ");
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean word = c < 128 && Character.isLetterOrDigit(c);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** A word that is a plan or option word, or several run together ({@code idcwpayout}). */
  private static boolean planOptionWord(String w) {
    if (PLAN_OPTION.contains(w)) {
      return true;
    }
    // Run-together forms: split greedily into known words, backtracking (words are short).
    return runTogether(w, 0);
  }

  private static boolean runTogether(String w, int from) {
    if (from == w.length()) {
      return true;
    }
    for (int end = w.length(); end >= from + 2; end--) {
      if (PLAN_OPTION.contains(w.substring(from, end)) && runTogether(w, end)) {
        return true;
      }
    }
    return false;
  }

  /** Drops parenthesised remarks that hold a remark word; other parentheses stay. */
  private static String stripRemarks(String name) {
    if (name.indexOf('(') < 0) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c != '(') {
        out.append(c);
        i++;
        continue;
      }
      // Find the matching ')' (nesting allowed), or the end of the name when it is never closed.
      int depth = 0;
      int end = i;
      for (; end < name.length(); end++) {
        char d = name.charAt(end);
        if (d == '(') {
          depth++;
        } else if (d == ')' && --depth == 0) {
          break;
        }
      }
      int stop = Math.min(end + 1, name.length());
      String group = name.substring(i, stop).toLowerCase(Locale.ROOT);
      boolean remark = false;
      for (String r : REMARKS) {
        if (group.contains(r)) {
          remark = true;
          break;
        }
      }
      out.append(remark ? " " : name.substring(i, stop));
      i = stop;
    }
    return out.toString();
  }

  /** Levenshtein distance at most one. */
  private static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    if (la == lb) {
      int diff = 0;
      for (int i = 0; i < la; i++) {
        if (a.charAt(i) != b.charAt(i) && ++diff > 1) {
          return false;
        }
      }
      return true;
    }
    String s = la < lb ? a : b;
    String l = la < lb ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    return s.regionMatches(i, l, i + 1, s.length() - i);
  }
}
