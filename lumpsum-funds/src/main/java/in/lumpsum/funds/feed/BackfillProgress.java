package in.lumpsum.funds.feed;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress of a {@link NavBackfill}: one range done (or failed).
 *
 * <p>Immutable and thread-safe.
 *
 * @param chunk the 1-based number of the range just done
 * @param chunks the number of ranges in all
 * @param from the range's first date
 * @param to the range's last date
 * @param rowsRead rows read from the range's report
 * @param navsStored NAVs new or corrected from the range
 * @param failure why the range failed, or empty when it was loaded
 * @since 0.1.0
 */
public record BackfillProgress(int chunk, int chunks, LocalDate from, LocalDate to, int rowsRead,
    int navsStored, Optional<String> failure) {

  /**
   * Creates a progress report.
   *
   * @throws NullPointerException if a field is null
   */
  public BackfillProgress {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * Returns the fraction of ranges done.
   *
   * @return from 0 to 1
   */
  public double fractionDone() {
    return chunks == 0 ? 1 : (double) chunk / chunks;
  }
}
