package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;
import java.util.UUID;

/**
 * An investor's identifier: opaque text chosen by the host (a user id from its own system) or made by {@link #random()}.
 *
 * <p>The text is stripped of surrounding spaces and must then be 1 to 128 characters without
 * whitespace or control characters. Ids compare by their text; lumpsum gives them no other meaning.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record InvestorId(String value) implements Comparable<InvestorId> {

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @throws InvalidValueException if the text is missing, blank, longer than 128 characters or holds
   *     whitespace or control characters
   */
  public InvestorId {
    value = Ids.check("investorId", value);
  }

  /**
   * Returns an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the text is not a valid identifier
   */
  public static InvestorId of(String value) {
    return new InvestorId(value);
  }

  /**
   * Returns a new random identifier, the text of a random (version 4) UUID.
   *
   * @return a fresh identifier
   */
  public static InvestorId random() {
    return new InvestorId(UUID.randomUUID().toString());
  }

  @Override
  public int compareTo(InvestorId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
