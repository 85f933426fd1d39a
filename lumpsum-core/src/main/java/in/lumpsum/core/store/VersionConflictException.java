package in.lumpsum.core.store;

/**
 * Thrown when a write names a version of a record that is no longer the stored one: someone else wrote
 * first.
 *
 * <p>Nothing was written. The caller can read the record again, reapply its change and retry, as
 * {@code PortfolioStore.update} does.
 *
 * <p>{@link #kind()} and {@link #id()} name the record, as for the other store exceptions about
 * one record.
 *
 * @since 0.1.0
 */
public class VersionConflictException extends RecordException {

  private static final long serialVersionUID = 1L;

  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates an exception.
   *
   * @param kind the kind of record, such as {@code "portfolio"}
   * @param id the record's id
   * @param expectedVersion the version the write was based on
   * @param actualVersion the version stored
   * @throws NullPointerException if {@code kind} or {@code id} is null
   */
  public VersionConflictException(String kind, String id, long expectedVersion, long actualVersion) {
    super(kind, id, kind + " " + id + " is at version " + actualVersion + ", not " + expectedVersion
        + ": it changed since it was read; read it again and retry");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
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
