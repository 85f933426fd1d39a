package in.lumpsum.core.scheme;

import java.util.Locale;

/** Text normalisation shared by the parsers of free-text scheme attributes. */
final class Text {

  private Text() {}

  /** Lower-cases and turns every run of non-alphanumerics into one space: "IDCW-Payout " -> "idcw payout". */
  static String words(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int len = b.length();
    if (len > 0 && b.charAt(len - 1) == ' ') {
      b.setLength(len - 1);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** True if {@code words} contains {@code word} as a whole word. */
  static boolean hasWord(String words, String word) {
    return (" " + words + " ").contains(" " + word + " ");
  }
}
