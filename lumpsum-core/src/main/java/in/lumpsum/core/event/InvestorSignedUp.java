package in.lumpsum.core.event;

import in.lumpsum.core.portfolio.InvestorId;
import java.time.Instant;

/**
 * A new investor was registered.
 *
 * <p>Immutable and thread-safe. The event carries only the opaque id: no name, PAN or contact detail.
 *
 * @param investorId the opaque id of the investor; not blank. Never a PAN or a name
 * @param occurredAt when the investor signed up
 * @since 0.1.0
 */
public record InvestorSignedUp(InvestorId investorId, Instant occurredAt) implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null or blank
   * @since 0.1.0
   */
  public InvestorSignedUp {
    Checks.required("investorId", investorId);
    Checks.required("occurredAt", occurredAt);
  }
}
