package in.lumpsum.core;

/**
 * The root of every exception lumpsum throws.
 *
 * <p>All lumpsum exceptions are unchecked. A subclass exists only where a caller can act on it
 * differently: {@link InvalidValueException} for input to correct, a store conflict to retry, and so on.
 * Catching {@code LumpsumException} catches them all.
 *
 * @since 0.1.0
 */
public class LumpsumException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the input at fault
   */
  public LumpsumException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the input at fault
   * @param cause the underlying failure
   */
  public LumpsumException(String message, Throwable cause) {
    super(message, cause);
  }
}
