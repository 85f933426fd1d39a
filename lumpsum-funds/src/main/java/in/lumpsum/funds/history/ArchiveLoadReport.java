package in.lumpsum.funds.history;

import in.lumpsum.core.scheme.SchemeCode;
import java.util.Map;
import java.util.Objects;

/**
 * What loading the 2016 history archive into a NAV store did.
 *
 * @param files the per-scheme files met, empty ones included
 * @param emptyFiles the files that held no row at all (no byte, or blank lines only)
 * @param schemesLoaded the files that gave at least one NAV, each written with one upsert
 * @param rowsRead the rows read as NAVs, repeated (same date, same NAV) rows included
 * @param navsInserted the NAVs the store inserted (repeated rows count once)
 * @param navsUnchanged the NAVs the store already held with the same value
 * @param navsCorrected the NAVs that replaced a different value the store held
 * @param problemsByReason the rows not read, counted by reason
 * @param paths every file's synthetic code and its path inside the archive, in archive order
 * @since 0.1.0
 */
public record ArchiveLoadReport(int files, int emptyFiles, int schemesLoaded, long rowsRead,
    long navsInserted, long navsUnchanged, long navsCorrected, Map<String, Long> problemsByReason,
    Map<SchemeCode, String> paths) {

  /**
   * Creates a report, copying the maps (their iteration order is kept).
   *
   * @throws NullPointerException if a map is null
   */
  public ArchiveLoadReport {
    problemsByReason = java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(Objects.requireNonNull(problemsByReason, "problemsByReason")));
    paths = java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(Objects.requireNonNull(paths, "paths")));
  }

  /**
   * Returns how many files held rows but not one NAV: every row was rejected (binary junk, a negative
   * NAV).
   *
   * @return {@code files - emptyFiles - schemesLoaded}
   */
  public int filesWithoutNav() {
    return files - emptyFiles - schemesLoaded;
  }

  /**
   * Returns how many rows were not read.
   *
   * @return the sum of {@link #problemsByReason()}
   */
  public long rowsRejected() {
    return problemsByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
