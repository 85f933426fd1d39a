package in.lumpsum.funds.feed;

import in.lumpsum.funds.amfi.AmfiLayout;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of the {@link NavFeed} did: the file's layout and rows, what changed in the stores and
 * which events were published.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status applied or rejected
 * @param layout the file's layout, or empty when its header named none
 * @param asOf the date most of the file's NAVs carry (AMFI's publication date), or empty when the file
 *     held no NAV or was rejected before reading
 * @param dataRows the file's data rows: read plus left out
 * @param rowsRead the rows read
 * @param problemsByReason the parse problems by reason (see {@link in.lumpsum.funds.amfi.AmfiReader})
 * @param schemesAdded schemes not known before
 * @param schemesRenamed known schemes whose fund name changed (recorded as lineage)
 * @param schemesUpdated known schemes changed otherwise: wording, plan or option, ISINs, category
 * @param navsPublished NAVs new for their scheme and date
 * @param navsCorrected NAVs that replaced a different value for the same scheme and date
 * @param navsUnchanged NAVs already stored with the same value
 * @param schemesGoneStale schemes that were publishing and now are stale or dead
 * @param eventsPublished the events published, by simple class name
 * @param detail why the file was rejected, or the empty string
 * @since 0.1.0
 */
public record FeedRun(FeedStatus status, Optional<AmfiLayout> layout, Optional<LocalDate> asOf,
    int dataRows, int rowsRead, Map<String, Integer> problemsByReason, int schemesAdded,
    int schemesRenamed, int schemesUpdated, int navsPublished, int navsCorrected, int navsUnchanged,
    int schemesGoneStale, Map<String, Integer> eventsPublished, String detail) {

  /**
   * Creates a run summary.
   *
   * @throws NullPointerException if an object field is null
   */
  public FeedRun {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(asOf, "asOf");
    problemsByReason = Map.copyOf(Objects.requireNonNull(problemsByReason, "problemsByReason"));
    eventsPublished = Map.copyOf(Objects.requireNonNull(eventsPublished, "eventsPublished"));
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Tells whether the run changed the stores.
   *
   * @return true when a scheme or NAV was added or changed
   */
  public boolean changed() {
    return schemesAdded + schemesRenamed + schemesUpdated + navsPublished + navsCorrected > 0;
  }

  /**
   * Returns the number of events published.
   *
   * @return the total over all types
   */
  public int eventCount() {
    return eventsPublished.values().stream().mapToInt(Integer::intValue).sum();
  }
}
