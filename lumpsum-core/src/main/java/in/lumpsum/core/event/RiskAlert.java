package in.lumpsum.core.event;

import in.lumpsum.core.portfolio.InvestorId;
import java.time.Instant;

/**
 * Something in an investor's holdings needs attention: concentration in one AMC, a drawdown beyond
 * the investor's tolerance, a scheme whose riskometer level rose.
 *
 * <p>Immutable and thread-safe.
 *
 * @param investorId the opaque id of the investor; not blank. Never a PAN or a name
 * @param kind a short machine-readable category, such as {@code "concentration"}; not blank
 * @param detail more information for a person; may be empty, not null. Must not carry personal data
 * @param severity how urgent the alert is
 * @param occurredAt when the risk was detected
 * @since 0.1.0
 */
public record RiskAlert(
    InvestorId investorId, String kind, String detail, Severity severity, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null or a non-detail field is blank
   * @since 0.1.0
   */
  public RiskAlert {
    Checks.required("investorId", investorId);
    Checks.text("kind", kind);
    Checks.required("detail", detail);
    Checks.required("severity", severity);
    Checks.required("occurredAt", occurredAt);
  }
}
