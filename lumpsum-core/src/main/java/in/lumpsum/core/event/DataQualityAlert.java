package in.lumpsum.core.event;

import java.time.Instant;

/**
 * Data looked wrong: a NAV jump beyond a threshold, a missing day, a duplicate row.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject what the alert is about, such as a scheme code or a file name; not blank
 * @param kind a short machine-readable category, such as {@code "nav-jump"}; not blank
 * @param detail more information for a person; may be empty, not null. Must not carry personal data
 * @param severity how urgent the alert is
 * @param occurredAt when the problem was detected
 * @since 0.1.0
 */
public record DataQualityAlert(
    String subject, String kind, String detail, Severity severity, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null or a non-detail field is blank
   * @since 0.1.0
   */
  public DataQualityAlert {
    Checks.text("subject", subject);
    Checks.text("kind", kind);
    Checks.required("detail", detail);
    Checks.required("severity", severity);
    Checks.required("occurredAt", occurredAt);
  }
}
