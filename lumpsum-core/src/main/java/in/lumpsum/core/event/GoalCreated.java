package in.lumpsum.core.event;

import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.goal.GoalId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An investor set a financial goal: an amount to reach by a date.
 *
 * <p>Immutable and thread-safe. The amount is kept as given (its scale is not changed).
 *
 * @param investorId the opaque id of the investor; not blank. Never a PAN or a name
 * @param goalId the opaque id of the goal; not blank
 * @param name the goal's label, such as {@code "Retirement"}; not blank
 * @param targetAmount the amount to reach, in rupees; greater than zero
 * @param targetDate the date by which to reach it, in {@code Asia/Kolkata}
 * @param occurredAt when the goal was created
 * @since 0.1.0
 */
public record GoalCreated(
    InvestorId investorId,
    GoalId goalId,
    String name,
    Money targetAmount,
    LocalDate targetDate,
    Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null, blank or not positive
   * @since 0.1.0
   */
  public GoalCreated {
    Checks.required("investorId", investorId);
    Checks.required("goalId", goalId);
    Checks.text("name", name);
    Checks.positive("targetAmount", Checks.required("targetAmount", targetAmount).amount());
    Checks.required("targetDate", targetDate);
    Checks.required("occurredAt", occurredAt);
  }
}
