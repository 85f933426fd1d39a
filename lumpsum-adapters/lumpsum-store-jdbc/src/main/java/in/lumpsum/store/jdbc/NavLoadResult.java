package in.lumpsum.store.jdbc;

/**
 * What a bulk load of NAV history did.
 *
 * @param rows the records read from the source, duplicates included
 * @param inserted the (scheme, date) NAVs that were new
 * @param corrected the NAVs that replaced a different stored value (each also recorded as a revision)
 * @param unchanged the NAVs already stored with the same value
 * @param path how the rows travelled to the server
 * @since 0.1.0
 */
public record NavLoadResult(long rows, long inserted, long corrected, long unchanged, LoadPath path) {

  /** How a bulk load sends rows to PostgreSQL. */
  public enum LoadPath {
    /** PostgreSQL's {@code COPY ... FROM STDIN} through pgjdbc's CopyManager: the fast path. */
    COPY,
    /** JDBC batched inserts: the portable path, for connections that do not unwrap to pgjdbc. */
    BATCH
  }

  /**
   * Creates a result.
   *
   * @throws IllegalArgumentException if a count is negative
   * @throws NullPointerException if {@code path} is null
   */
  public NavLoadResult {
    java.util.Objects.requireNonNull(path, "path");
    if (rows < 0 || inserted < 0 || corrected < 0 || unchanged < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  NavLoadResult plus(NavLoadResult o) {
    return new NavLoadResult(rows + o.rows, inserted + o.inserted, corrected + o.corrected,
        unchanged + o.unchanged, path);
  }
}
