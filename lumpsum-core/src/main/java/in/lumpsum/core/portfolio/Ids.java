package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;

/** Validation shared by the opaque identifier records of this package. */
final class Ids {

  /** The longest identifier accepted, enough for a UUID or a host's own key. */
  static final int MAX_LENGTH = 128;

  private Ids() {}

  /**
   * Checks an opaque identifier: surrounding spaces removed, then 1 to 128 characters with no
   * whitespace or control character.
   */
  static String check(String field, String value) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    String s = value.strip();
    if (s.isEmpty()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    if (s.length() > MAX_LENGTH) {
      throw new InvalidValueException(field, s.substring(0, 16) + "...",
          "must be at most " + MAX_LENGTH + " characters, not " + s.length());
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new InvalidValueException(field, s, "must not contain spaces or control characters");
      }
    }
    return s;
  }
}
