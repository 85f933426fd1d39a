package in.lumpsum.core.store;

import java.util.Objects;

/**
 * Thrown when a record is created under an id that is already taken, possibly by another owner's
 * record.
 *
 * <p>Nothing was written. The caller can choose another id.
 *
 * @since 0.1.0
 */
public class AlreadyExistsException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates an exception.
   *
   * @param kind the kind of record, such as {@code "portfolio"}
   * @param id the record's id
   */
  public AlreadyExistsException(String kind, String id) {
    super(kind + " " + id + " already exists");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
  }

  /**
   * Returns the kind of record.
   *
   * @return the kind, such as {@code "portfolio"}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the record's id.
   *
   * @return the id as text
   */
  public String id() {
    return id;
  }
}
