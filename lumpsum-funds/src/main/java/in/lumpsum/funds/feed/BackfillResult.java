package in.lumpsum.funds.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link NavBackfill} loaded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first date asked for
 * @param to the last date asked for
 * @param chunks the ranges the dates were split into
 * @param rowsRead rows read from all reports
 * @param schemesAdded schemes not known before
 * @param navsInserted NAVs new for their scheme and date
 * @param navsCorrected NAVs that replaced a different stored value
 * @param navsUnchanged NAVs already stored with the same value
 * @param problemsByReason parse problems over all reports, by reason
 * @param failures one progress report per range that failed (source error or unknown format);
 *     the other ranges were loaded
 * @since 0.1.0
 */
public record BackfillResult(LocalDate from, LocalDate to, int chunks, int rowsRead, int schemesAdded,
    int navsInserted, int navsCorrected, int navsUnchanged, Map<String, Integer> problemsByReason,
    List<BackfillProgress> failures) {

  /**
   * Creates a result.
   *
   * @throws NullPointerException if a field is null
   */
  public BackfillResult {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    problemsByReason = Map.copyOf(problemsByReason);
    failures = List.copyOf(failures);
  }

  /**
   * Tells whether every range was loaded.
   *
   * @return true when no range failed
   */
  public boolean complete() {
    return failures.isEmpty();
  }
}
