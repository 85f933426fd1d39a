package in.lumpsum.core.event;

import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.goal.GoalId;
import java.time.Instant;

/**
 * The value set aside for a goal reached its target amount.
 *
 * <p>Immutable and thread-safe. The value is kept as given (its scale is not changed).
 *
 * @param investorId the opaque id of the investor; not blank. Never a PAN or a name
 * @param goalId the opaque id of the goal; not blank
 * @param value the value of the goal's holdings when it was reached, in rupees; greater than zero
 * @param occurredAt when the goal was found to be reached
 * @since 0.1.0
 */
public record GoalReached(InvestorId investorId, GoalId goalId, Money value, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null, blank or not positive
   * @since 0.1.0
   */
  public GoalReached {
    Checks.required("investorId", investorId);
    Checks.required("goalId", goalId);
    Checks.positive("value", Checks.required("value", value).amount());
    Checks.required("occurredAt", occurredAt);
  }
}
