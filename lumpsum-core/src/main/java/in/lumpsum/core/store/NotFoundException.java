package in.lumpsum.core.store;

/**
 * Thrown when a write names a record that does not exist, such as appending to a deleted portfolio.
 *
 * <p>Nothing was written. Reads never throw it: they return an empty {@code Optional}.
 *
 * <p>{@link #kind()} and {@link #id()} name the record, as for the other store exceptions about
 * one record.
 *
 * @since 0.1.0
 */
public class NotFoundException extends RecordException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param kind the kind of record, such as {@code "portfolio"}
   * @param id the record's id
   * @throws NullPointerException if {@code kind} or {@code id} is null
   */
  public NotFoundException(String kind, String id) {
    super(kind, id, kind + " " + id + " does not exist");
  }
}
