package in.lumpsum.core.store;

import java.util.Objects;

/**
 * Thrown when a write names a record that does not exist, such as appending to a deleted portfolio.
 *
 * <p>Nothing was written. Reads never throw it: they return an empty {@code Optional}.
 *
 * @since 0.1.0
 */
public class NotFoundException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates an exception.
   *
   * @param kind the kind of record, such as {@code "portfolio"}
   * @param id the record's id
   */
  public NotFoundException(String kind, String id) {
    super(kind + " " + id + " does not exist");
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
