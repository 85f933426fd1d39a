package in.lumpsum.core.investor;

import in.lumpsum.core.InvalidValueException;
import java.util.Locale;

/**
 * A Permanent Account Number: the ten-character tax identifier the Income Tax Department issues, such
 * as {@code ABCPE1234F}, which KYC requires of every mutual-fund investor.
 *
 * <p>The form is five letters, four digits and a letter ({@code AAAAA9999A}); the fourth letter tells
 * the holder's status ({@code P} for an individual). The text is stripped and upper-cased. The check
 * character is not verified: its algorithm is not published.
 *
 * <p>A PAN is personal data: {@link #toString()} and the messages of exceptions show it
 * {@link #masked()}; only {@link #value()} gives the whole of it.
 *
 * @param value the ten characters, upper case
 * @since 0.1.0
 */
public record Pan(String value) implements Comparable<Pan> {

  /**
   * Creates a PAN.
   *
   * @param value the PAN as written
   * @throws InvalidValueException if it is not five letters, four digits and a letter; the message shows
   *     the text masked
   */
  public Pan {
    if (value == null) {
      throw new InvalidValueException("pan", null, "is required");
    }
    String s = value.strip().toUpperCase(Locale.ROOT);
    if (!s.matches("[A-Z]{5}[0-9]{4}[A-Z]")) {
      throw new InvalidValueException("pan", mask(s),
          "must be five letters, four digits and a letter (AAAAA9999A)");
    }
    value = s;
  }

  /**
   * Parses a PAN.
   *
   * @param text the PAN; surrounding spaces and lower case are accepted
   * @return the PAN
   * @throws InvalidValueException if it is not a valid PAN
   */
  public static Pan parse(String text) {
    return new Pan(text);
  }

  /**
   * Returns the holder's status, the fourth character: {@code P} individual, {@code H} Hindu undivided
   * family, {@code C} company, {@code F} firm, {@code T} trust, and so on.
   *
   * @return the status letter
   */
  public char holderStatus() {
    return value.charAt(3);
  }

  /**
   * Returns the PAN with all but its last four characters replaced by {@code *}, such as
   * {@code ******234F}.
   *
   * @return the masked PAN
   */
  public String masked() {
    return mask(value);
  }

  @Override
  public int compareTo(Pan other) {
    return value.compareTo(other.value);
  }

  /** Returns the {@link #masked()} PAN, never the whole of it. */
  @Override
  public String toString() {
    return masked();
  }

  private static String mask(String s) {
    int shown = Math.min(4, s.length() / 2);
    return "*".repeat(s.length() - shown) + s.substring(s.length() - shown);
  }
}
