package in.lumpsum.core.store;

/**
 * Thrown when a record is created under an id that is already taken, possibly by another owner's
 * record.
 *
 * <p>Nothing was written. The caller can choose another id.
 *
 * <p>{@link #kind()} and {@link #id()} name the record, as for the other store exceptions about
 * one record.
 *
 * @since 0.1.0
 */
public class AlreadyExistsException extends RecordException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param kind the kind of record, such as {@code "portfolio"}
   * @param id the record's id
   * @throws NullPointerException if {@code kind} or {@code id} is null
   */
  public AlreadyExistsException(String kind, String id) {
    super(kind, id, kind + " " + id + " already exists");
  }
}
