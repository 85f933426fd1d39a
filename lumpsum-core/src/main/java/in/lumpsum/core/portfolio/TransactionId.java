package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;
import java.util.UUID;

/**
 * A transaction's identifier, unique within its portfolio: opaque text such as a registrar's reference number, a hash of a statement line, or one made by {@link #random()}.
 *
 * <p>The text is stripped of surrounding spaces and must then be 1 to 128 characters without
 * whitespace or control characters. Ids compare by their text; lumpsum gives them no other meaning.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record TransactionId(String value) implements Comparable<TransactionId> {

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @throws InvalidValueException if the text is missing, blank, longer than 128 characters or holds
   *     whitespace or control characters
   */
  public TransactionId {
    value = Ids.check("transactionId", value);
  }

  /**
   * Returns an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the text is not a valid identifier
   */
  public static TransactionId of(String value) {
    return new TransactionId(value);
  }

  /**
   * Returns a new random identifier, the text of a random (version 4) UUID.
   *
   * @return a fresh identifier
   */
  public static TransactionId random() {
    return new TransactionId(UUID.randomUUID().toString());
  }

  @Override
  public int compareTo(TransactionId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
