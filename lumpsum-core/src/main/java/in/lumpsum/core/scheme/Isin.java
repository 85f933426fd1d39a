package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;

/**
 * An International Securities Identification Number (ISO 6166), such as {@code INF179K01BE2}.
 *
 * <p>Twelve characters: a two-letter country code, nine alphanumeric characters and a check digit
 * computed with the Luhn algorithm over the digits obtained by writing each letter as its number
 * ({@code A} = 10 … {@code Z} = 35). Indian mutual-fund units carry ISINs beginning {@code INF}.
 *
 * <p>{@link #parse(String)} is strict. AMFI's files carry junk in their ISIN columns ({@code -},
 * {@code NOTAPP}, {@code #N/A}, {@code Redeemed}, a trailing space, a missing leading {@code I}):
 * {@link IsinField#read(String)} reads such a field and says what it found.
 *
 * @param value the twelve characters, upper case
 * @since 0.1.0
 */
public record Isin(String value) implements Comparable<Isin> {

  /**
   * Creates an ISIN, validating its form and check digit.
   *
   * @param value the twelve characters, upper case
   * @throws InvalidValueException if the form or the check digit is wrong
   */
  public Isin {
    String problem = problem(value);
    if (problem != null) {
      throw new InvalidValueException("isin", value, problem);
    }
  }

  /**
   * Parses an ISIN strictly: surrounding spaces are removed and letters upper-cased, nothing else.
   *
   * @param text the ISIN
   * @return the ISIN
   * @throws InvalidValueException if the text is not a valid ISIN, naming what is wrong
   */
  public static Isin parse(String text) {
    if (text == null) {
      throw new InvalidValueException("isin", null, "is required");
    }
    return new Isin(text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Tells whether a text is a valid ISIN as it stands.
   *
   * @param text the text to check
   * @return true if {@code new Isin(text)} would succeed
   */
  public static boolean isValid(String text) {
    return problem(text) == null;
  }

  /**
   * Computes the check digit for the first eleven characters of an ISIN.
   *
   * @param first11 the country code and the nine-character national code
   * @return the check digit, 0 to 9
   * @throws InvalidValueException if the text is not eleven upper-case letters and digits
   */
  public static int checkDigit(String first11) {
    if (first11 == null || first11.length() != 11 || !alphanumeric(first11, 0, 11)) {
      throw new InvalidValueException("isin", first11, "needs eleven upper-case letters and digits");
    }
    return computeCheckDigit(first11);
  }

  /**
   * Returns the two-letter country code, such as {@code IN}.
   *
   * @return the country code
   */
  public String country() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(Isin other) {
    return value.compareTo(other.value);
  }

  /** Returns the twelve characters. */
  @Override
  public String toString() {
    return value;
  }

  private static String problem(String value) {
    if (value == null) {
      return "is required";
    }
    if (value.length() != 12) {
      return "must be 12 characters, not " + value.length();
    }
    for (int i = 0; i < 2; i++) {
      char c = value.charAt(i);
      if (c < 'A' || c > 'Z') {
        return "must begin with a two-letter country code";
      }
    }
    if (!alphanumeric(value, 2, 11)) {
      return "characters 3 to 11 must be upper-case letters or digits";
    }
    char last = value.charAt(11);
    if (last < '0' || last > '9') {
      return "must end with a check digit";
    }
    int expected = computeCheckDigit(value.substring(0, 11));
    if (last - '0' != expected) {
      return "check digit is " + last + ", expected " + expected;
    }
    return null;
  }

  private static boolean alphanumeric(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  // ISO 6166 check digit: expand letters to two digits (A=10 .. Z=35), then Luhn over the digit string,
  // doubling every second digit starting from the rightmost.
  private static int computeCheckDigit(String first11) {
    int[] digits = new int[22];
    int n = 0;
    for (int i = 0; i < first11.length(); i++) {
      char c = first11.charAt(i);
      if (c >= '0' && c <= '9') {
        digits[n++] = c - '0';
      } else {
        int v = c - 'A' + 10;
        digits[n++] = v / 10;
        digits[n++] = v % 10;
      }
    }
    int sum = 0;
    boolean dbl = true;
    for (int i = n - 1; i >= 0; i--) {
      int d = digits[i];
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }
}
