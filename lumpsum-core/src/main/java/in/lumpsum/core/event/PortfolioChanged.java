package in.lumpsum.core.event;

import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.InvalidValueException;
import java.time.Instant;

/**
 * A portfolio's holdings changed and its stored version advanced.
 *
 * <p>Immutable and thread-safe.
 *
 * @param investorId the opaque id of the investor; not blank. Never a PAN or a name
 * @param portfolioId the opaque id of the portfolio; not blank
 * @param version the portfolio's version after the change; zero or more, increasing by one per
 *     change of one portfolio
 * @param reason why it changed, such as {@code "sip-instalment"} or {@code "rebalance"}; not blank.
 *     Must not carry personal data
 * @param occurredAt when the change was stored
 * @since 0.1.0
 */
public record PortfolioChanged(
    InvestorId investorId, PortfolioId portfolioId, long version, String reason, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws InvalidValueException if a field is null or blank, or the version is negative
   * @since 0.1.0
   */
  public PortfolioChanged {
    Checks.required("investorId", investorId);
    Checks.required("portfolioId", portfolioId);
    if (version < 0) {
      throw new InvalidValueException("version", version, "must be zero or more");
    }
    Checks.text("reason", reason);
    Checks.required("occurredAt", occurredAt);
  }
}
