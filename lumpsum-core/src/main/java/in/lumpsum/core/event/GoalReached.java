package in.lumpsum.core.event;

import java.math.BigDecimal;
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
public record GoalReached(String investorId, String goalId, BigDecimal value, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null, blank or not positive
   * @since 0.1.0
   */
  public GoalReached {
    Checks.text("investorId", investorId);
    Checks.text("goalId", goalId);
    Checks.positive("value", value);
    Checks.required("occurredAt", occurredAt);
  }
}
