package in.lumpsum.core.event;

import java.time.Instant;

/**
 * A data feed changed its layout: for example {@code NAVAll.txt} gained or lost a column.
 *
 * <p>Immutable and thread-safe. Layouts are free-form descriptions chosen by the source adapter, such
 * as a header line or a column count.
 *
 * @param source the feed, such as {@code "amfi"} or {@code "mfapi"}; not blank
 * @param oldLayout the layout that was expected; not blank
 * @param newLayout the layout that was found; not blank and not equal to {@code oldLayout}
 * @param detail more information for a person, such as the column that moved; may be empty, not
 *     null
 * @param occurredAt when the change was detected
 * @since 0.1.0
 */
public record FeedFormatChanged(
    String source, String oldLayout, String newLayout, String detail, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null, a non-detail field is blank,
   *     or the layouts are equal
   * @since 0.1.0
   */
  public FeedFormatChanged {
    Checks.text("source", source);
    Checks.text("oldLayout", oldLayout);
    Checks.text("newLayout", newLayout);
    Checks.differ("newLayout", oldLayout, newLayout);
    Checks.required("detail", detail);
    Checks.required("occurredAt", occurredAt);
  }
}
