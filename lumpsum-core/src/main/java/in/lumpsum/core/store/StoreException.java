package in.lumpsum.core.store;

import in.lumpsum.core.LumpsumException;

/**
 * Thrown when a store cannot do what was asked: the database is down, a record is in conflict, a record
 * is missing.
 *
 * <p>Adapters wrap their own failures (SQL, network) in a {@code StoreException} with the cause
 * attached; the subclasses name the cases a caller handles differently:
 * {@link VersionConflictException} (retry), {@link NotFoundException} (tell the user it is gone),
 * {@link AlreadyExistsException} (choose another id).
 *
 * @since 0.1.0
 */
public class StoreException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the adapter's underlying failure
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
