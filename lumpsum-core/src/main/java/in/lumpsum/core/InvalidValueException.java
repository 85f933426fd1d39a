package in.lumpsum.core;

import java.util.Objects;

/**
 * Thrown when a value given to lumpsum is not valid: an ISIN with a wrong check digit, a negative
 * purchase amount, an option text that names no known option.
 *
 * <p>It plays the part of {@link IllegalArgumentException} while staying under
 * {@link LumpsumException}, and it names the field and the rejected value so that a caller can point
 * the user at what to correct. The message has the form {@code field: reason (got 'value')}.
 *
 * @since 0.1.0
 */
public class InvalidValueException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rejectedValue;

  /**
   * Creates an exception for one field.
   *
   * @param field the name of the argument or field at fault, such as {@code "isin"}
   * @param rejectedValue the value as given, or {@code "null"}
   * @param reason why it was rejected, in words a user can act on
   */
  public InvalidValueException(String field, Object rejectedValue, String reason) {
    super(field + ": " + reason + " (got '" + rejectedValue + "')");
    this.field = Objects.requireNonNull(field, "field");
    this.rejectedValue = String.valueOf(rejectedValue);
  }

  /**
   * Returns the name of the argument or field at fault.
   *
   * @return the field name, such as {@code "isin"} or {@code "amount"}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text.
   *
   * @return the value as it was given, or {@code "null"}
   */
  public String rejectedValue() {
    return rejectedValue;
  }
}
