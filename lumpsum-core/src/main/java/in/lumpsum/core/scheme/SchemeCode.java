package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;

/**
 * AMFI's scheme code: the number AMFI gives each plan and option of a scheme, such as {@code 119551}.
 *
 * <p>It is the primary key of every AMFI file and of mfapi. It stays the same when a scheme is renamed,
 * and it did not change when AMFI's files changed layout in August 2026.
 *
 * @param value the code, from 1 to 99,999,999
 * @since 0.1.0
 */
public record SchemeCode(int value) implements Comparable<SchemeCode> {

  /** The largest code accepted: eight digits, well above the six AMFI uses today. */
  public static final int MAX = 99_999_999;

  /**
   * Creates a scheme code.
   *
   * @param value the code
   * @throws InvalidValueException if the code is not between 1 and {@link #MAX}
   */
  public SchemeCode {
    if (value < 1 || value > MAX) {
      throw new InvalidValueException("schemeCode", value, "must be between 1 and " + MAX);
    }
  }

  /**
   * Returns a scheme code.
   *
   * @param value the code
   * @return the scheme code
   * @throws InvalidValueException if the code is not between 1 and {@link #MAX}
   */
  public static SchemeCode of(int value) {
    return new SchemeCode(value);
  }

  /**
   * Parses a scheme code written in decimal digits, such as {@code "119551"}.
   *
   * @param text the code; surrounding spaces are ignored
   * @return the scheme code
   * @throws InvalidValueException if the text is not one to eight digits naming a valid code
   */
  public static SchemeCode parse(String text) {
    if (text == null) {
      throw new InvalidValueException("schemeCode", null, "is required");
    }
    String s = text.strip();
    if (s.isEmpty() || s.length() > 8) {
      throw new InvalidValueException("schemeCode", text, "must be one to eight digits");
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException("schemeCode", text, "must be one to eight digits");
      }
      v = v * 10 + (c - '0');
    }
    return new SchemeCode(v);
  }

  @Override
  public int compareTo(SchemeCode other) {
    return Integer.compare(value, other.value);
  }

  /** Returns the code in decimal digits. */
  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
