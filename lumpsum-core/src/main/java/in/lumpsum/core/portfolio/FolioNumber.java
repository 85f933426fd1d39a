package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;
import java.util.Locale;

/**
 * A folio number: the account number a registrar (CAMS, KFintech) gives an investor at one fund house,
 * such as {@code 1234567/89}.
 *
 * <p>The text is normalised: all whitespace removed ({@code "1234567 / 89"} becomes
 * {@code "1234567/89"}) and letters upper-cased. It must then be 1 to {@value #MAX_LENGTH} letters,
 * digits, {@code /} or {@code -}, with at least one digit.
 *
 * <p>A folio number identifies an investor's money, so it is never shown in full by lumpsum:
 * {@link #toString()} and the messages of exceptions carry the {@link #masked()} form, and only
 * {@link #value()} gives the whole number, for storage and for the registrar.
 *
 * @param value the folio number, normalised
 * @since 0.1.0
 */
public record FolioNumber(String value) implements Comparable<FolioNumber> {

  /** The longest folio number accepted. */
  public static final int MAX_LENGTH = 30;

  /** The most characters that {@link #masked()} reveals, at the end. */
  static final int REVEALED = 4;

  /**
   * Creates a folio number.
   *
   * @param value the folio number as written on a statement
   * @throws InvalidValueException if it is missing, blank, too long, has characters other than letters,
   *     digits, {@code /} and {@code -}, or has no digit; the message shows the number masked
   */
  public FolioNumber {
    if (value == null) {
      throw new InvalidValueException("folioNumber", null, "is required");
    }
    String s = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (s.isEmpty()) {
      throw new InvalidValueException("folioNumber", "", "must not be blank");
    }
    if (s.length() > MAX_LENGTH) {
      throw new InvalidValueException("folioNumber", mask(s),
          "must be at most " + MAX_LENGTH + " characters, not " + s.length());
    }
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (!(c >= 'A' && c <= 'Z') && c != '/' && c != '-') {
        throw new InvalidValueException("folioNumber", mask(s),
            "may hold only letters, digits, '/' and '-'");
      }
    }
    if (!digit) {
      throw new InvalidValueException("folioNumber", mask(s), "must contain a digit");
    }
    value = s;
  }

  /**
   * Returns a folio number.
   *
   * @param value the folio number as written on a statement
   * @return the folio number
   * @throws InvalidValueException if it is not a valid folio number
   */
  public static FolioNumber of(String value) {
    return new FolioNumber(value);
  }

  /**
   * Returns the folio number with all but its last characters replaced by {@code *}: at most four and
   * at most half of them are shown, so {@code 1234567/89} reads {@code ******7/89} and {@code 12345}
   * reads {@code ***45}.
   *
   * @return the masked folio number, as long as the number
   */
  public String masked() {
    return mask(value);
  }

  @Override
  public int compareTo(FolioNumber other) {
    return value.compareTo(other.value);
  }

  /** Returns the {@link #masked()} folio number, never the whole of it. */
  @Override
  public String toString() {
    return masked();
  }

  static String mask(String s) {
    int shown = Math.min(REVEALED, s.length() / 2);
    return "*".repeat(s.length() - shown) + s.substring(s.length() - shown);
  }
}
