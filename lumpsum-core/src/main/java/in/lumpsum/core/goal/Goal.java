package in.lumpsum.core.goal;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.internal.LumpsumStyle;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.InvestorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A financial goal: an amount an investor wants by a date, such as a child's education or retirement.
 *
 * <p>The target amount is in today's rupees; planners inflate it to the target date at
 * {@link #inflation()}, a yearly rate given as a fraction ({@code 0.06} is 6%), kept without trailing
 * zeros so that equal rates are equal. Holdings set aside for the goal are linked by
 * {@link HoldingRef}.
 *
 * <p>Build one with {@link #builder()}; every field but the linked holdings is required, as lumpsum
 * makes no assumption about inflation or priority and reads no clock ({@code createdOn} comes from the
 * host). The builder rejects, naming the field: a target amount that is not greater than zero, an
 * inflation outside 0 to 1, a target date not after the creation date, a blank name.
 *
 * <p>Immutable and thread-safe. Copy with a change through {@code Goal.builder().from(goal)}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class Goal {

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  Goal() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the goal's identifier.
   *
   * @return the id
   */
  public abstract GoalId id();

  /**
   * Returns the investor whose goal it is.
   *
   * @return the investor's id
   */
  public abstract InvestorId investorId();

  /**
   * Returns the goal's name, such as {@code "Retirement"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the amount wanted, in today's rupees.
   *
   * @return the amount, greater than zero
   */
  public abstract Money targetAmount();

  /**
   * Returns the date by which the amount is wanted.
   *
   * @return the target date, after {@link #createdOn()}
   */
  public abstract LocalDate targetDate();

  /**
   * Returns the yearly inflation to allow for between today and the target date.
   *
   * @return a fraction from 0 to 1 ({@code 0.06} is 6%), without trailing zeros
   */
  public abstract BigDecimal inflation();

  /**
   * Returns how much the goal matters.
   *
   * @return the priority
   */
  public abstract GoalPriority priority();

  /**
   * Returns the holdings set aside for this goal.
   *
   * @return the linked holdings, possibly none
   */
  public abstract Set<HoldingRef> linkedHoldings();

  /**
   * Returns the date the goal was set, as the host's clock said.
   *
   * @return the creation date
   */
  public abstract LocalDate createdOn();

  @Value.Check
  Goal normalize() {
    if (name().isBlank()) {
      throw new InvalidValueException("name", name(), "must not be blank");
    }
    if (name().length() > MAX_NAME_LENGTH) {
      throw new InvalidValueException("name", name().substring(0, 20) + "...",
          "must be at most " + MAX_NAME_LENGTH + " characters, not " + name().length());
    }
    if (targetAmount().signum() <= 0) {
      throw new InvalidValueException("targetAmount", targetAmount(), "must be greater than zero");
    }
    if (!targetDate().isAfter(createdOn())) {
      throw new InvalidValueException("targetDate", targetDate(),
          "must be after the goal's creation date " + createdOn());
    }
    BigDecimal inflation = inflation();
    if (inflation.signum() < 0 || inflation.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException("inflation", inflation.toPlainString(),
          "must be a fraction from 0 to 1 (0.06 is 6%)");
    }
    BigDecimal canonical = inflation.stripTrailingZeros();
    if (canonical.scale() < 0) {
      canonical = canonical.setScale(0);
    }
    if (!canonical.equals(inflation)) {
      return builder().from(this).inflation(canonical).build();
    }
    return this;
  }

  /** Builds a {@link Goal}. Not thread-safe. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
