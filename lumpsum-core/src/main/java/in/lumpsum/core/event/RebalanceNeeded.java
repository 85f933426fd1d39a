package in.lumpsum.core.event;

import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A portfolio drifted from its target allocation far enough to be rebalanced.
 *
 * <p>Immutable and thread-safe.
 *
 * @param investorId the opaque id of the investor; not blank. Never a PAN or a name
 * @param portfolioId the opaque id of the portfolio; not blank
 * @param maxDrift the largest absolute difference between an asset's actual and target weight, as a
 *     fraction: {@code 0.07} means 7 percentage points; from 0 to 1 inclusive
 * @param detail more information for a person; may be empty, not null. Must not carry personal data
 * @param occurredAt when the drift was measured
 * @since 0.1.0
 */
public record RebalanceNeeded(
    InvestorId investorId, PortfolioId portfolioId, BigDecimal maxDrift, String detail, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws InvalidValueException if a field is null or blank, or the drift is outside [0, 1]
   * @since 0.1.0
   */
  public RebalanceNeeded {
    Checks.required("investorId", investorId);
    Checks.required("portfolioId", portfolioId);
    Checks.required("maxDrift", maxDrift);
    if (maxDrift.signum() < 0 || maxDrift.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(
          "maxDrift", maxDrift.toPlainString(), "must be a fraction from 0 to 1");
    }
    Checks.required("detail", detail);
    Checks.required("occurredAt", occurredAt);
  }
}
