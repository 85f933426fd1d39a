package in.lumpsum.core.goal;

import in.lumpsum.core.InvalidValueException;
import java.util.UUID;

/**
 * A goal's identifier: opaque text chosen by the host or made by {@link #random()}.
 *
 * <p>The text is stripped of surrounding spaces and must then be 1 to 128 characters without
 * whitespace or control characters.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record GoalId(String value) implements Comparable<GoalId> {

  /** The longest identifier accepted. */
  static final int MAX_LENGTH = 128;

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @throws InvalidValueException if the text is missing, blank, longer than 128 characters or holds
   *     whitespace or control characters
   */
  public GoalId {
    if (value == null) {
      throw new InvalidValueException("goalId", null, "is required");
    }
    String s = value.strip();
    if (s.isEmpty()) {
      throw new InvalidValueException("goalId", value, "must not be blank");
    }
    if (s.length() > MAX_LENGTH) {
      throw new InvalidValueException("goalId", s.substring(0, 16) + "...",
          "must be at most " + MAX_LENGTH + " characters, not " + s.length());
    }
    if (s.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new InvalidValueException("goalId", s, "must not contain spaces or control characters");
    }
    value = s;
  }

  /**
   * Returns an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the text is not a valid identifier
   */
  public static GoalId of(String value) {
    return new GoalId(value);
  }

  /**
   * Returns a new random identifier, the text of a random (version 4) UUID.
   *
   * @return a fresh identifier
   */
  public static GoalId random() {
    return new GoalId(UUID.randomUUID().toString());
  }

  @Override
  public int compareTo(GoalId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
