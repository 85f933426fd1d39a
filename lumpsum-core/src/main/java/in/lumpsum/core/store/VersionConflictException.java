package in.lumpsum.core.store;

import java.util.Objects;

/**
 * Thrown when a write names a version of a record that is no longer the stored one: someone else wrote
 * first.
 *
 * <p>Nothing was written. The caller can read the record again, reapply its change and retry, as
 * {@code PortfolioStore.update} does.
 *
 * @since 0.1.0
 */
public class VersionConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates an exception.
   *
   * @param kind the kind of record, such as {@code "portfolio"}
   * @param id the record's id
   * @param expectedVersion the version the write was based on
   * @param actualVersion the version stored
   */
  public VersionConflictException(String kind, String id, long expectedVersion, long actualVersion) {
    super(kind + " " + id + " is at version " + actualVersion + ", not " + expectedVersion
        + ": it changed since it was read; read it again and retry");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
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

  /**
   * Returns the version the rejected write was based on.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version stored when the write was rejected.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
