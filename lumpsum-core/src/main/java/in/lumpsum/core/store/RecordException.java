package in.lumpsum.core.store;

import java.util.Objects;

/**
 * The part shared by the store exceptions about one record: its kind and id.
 *
 * <p>Package-private on purpose: callers catch the public subclasses, whose {@link #kind()} and
 * {@link #id()} are inherited from here.
 */
abstract class RecordException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates an exception about one record.
   *
   * @param kind the kind of record, such as {@code "portfolio"}
   * @param id the record's id
   * @param message what went wrong, given the kind and the id
   * @throws NullPointerException if {@code kind} or {@code id} is null
   */
  RecordException(String kind, String id, String message) {
    super(message);
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
