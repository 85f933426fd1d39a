package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of a systematic withdrawal plan: the projection over the horizon, when the corpus runs
 * out (if it does within 100 years), and the withdrawal it could sustain for the whole horizon.
 *
 * <p>The withdrawal is level, or rises every 12 months from the first by {@link #stepUp()} (as with
 * inflation); each year's monthly withdrawal is the {@link ScheduleYear#instalment()} of the
 * projection's rows.
 *
 * @param projection the projection over the horizon asked for
 * @param withdrawal the first year's monthly withdrawal asked for
 * @param stepUp how the withdrawal rises each year; {@link StepUp#NONE} for level withdrawals
 * @param depletionMonth the month, from 1, of the last (possibly partial) withdrawal before the
 *     corpus is spent, looking up to 100 years ahead; empty if it lasts that long
 * @param sustainableWithdrawal the first year's monthly withdrawal that, rising by {@code stepUp},
 *     leaves nothing at the end of the horizon, rounded down to the paisa
 * @since 0.1.0
 */
public record SwpPlan(Projection projection, Money withdrawal, StepUp stepUp,
    OptionalInt depletionMonth, Money sustainableWithdrawal) {

  /**
   * Creates a plan.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public SwpPlan {
    Objects.requireNonNull(projection, "projection");
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(stepUp, "stepUp");
    Objects.requireNonNull(depletionMonth, "depletionMonth");
    Objects.requireNonNull(sustainableWithdrawal, "sustainableWithdrawal");
  }

  /**
   * Creates a plan of level withdrawals.
   *
   * @param projection the projection over the horizon asked for
   * @param withdrawal the monthly withdrawal asked for
   * @param depletionMonth the month, from 1, of the last withdrawal before the corpus is spent
   * @param sustainableWithdrawal the level monthly withdrawal that leaves nothing at the horizon
   * @throws NullPointerException if an argument is null
   */
  public SwpPlan(Projection projection, Money withdrawal, OptionalInt depletionMonth,
      Money sustainableWithdrawal) {
    this(projection, withdrawal, StepUp.NONE, depletionMonth, sustainableWithdrawal);
  }

  /**
   * Returns the date of the last withdrawal before the corpus is spent, when withdrawals fall on
   * the same day each month from a first date.
   *
   * @param firstWithdrawal the date of the first withdrawal
   * @return the date, or empty if the corpus lasts 100 years
   * @throws NullPointerException if {@code firstWithdrawal} is null
   */
  public Optional<LocalDate> depletionDate(LocalDate firstWithdrawal) {
    Objects.requireNonNull(firstWithdrawal, "firstWithdrawal");
    return depletionMonth.isPresent()
        ? Optional.of(firstWithdrawal.plusMonths(depletionMonth.getAsInt() - 1L))
        : Optional.empty();
  }
}
