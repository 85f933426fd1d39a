package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan to reach a goal stated in today's money: the target inflated to the goal year, what the
 * existing corpus grows to, and the monthly SIP or lump sum today that covers the rest.
 *
 * <p>{@code targetFuture = targetToday × (1 + inflation)^years}; the existing corpus grows as a
 * lump sum; {@code shortfall = max(0, targetFuture − existingCorpusFuture)}; the required SIP is
 * the shortfall divided by the SIP factor of the conventions, rounded up to the paisa, and the
 * required lump sum the shortfall discounted as a lump sum, rounded up. With a SIP that rises every
 * year, the required SIP is the smallest first-year instalment, to the paisa, whose stepped-up
 * instalments build the shortfall.
 *
 * @param conventions the conventions followed
 * @param targetToday the goal's cost in today's money
 * @param inflation the annual inflation assumed, as a fraction
 * @param years years to the goal
 * @param annualReturn the annual return assumed, as a fraction
 * @param targetFuture the goal's cost in the goal year
 * @param existingCorpus the money already set aside for the goal
 * @param existingCorpusFuture what that grows to by the goal year
 * @param shortfall what remains to be built, zero or more
 * @param sipStepUp how the SIP rises each year; {@link StepUp#NONE} for a level SIP
 * @param requiredMonthlySip the monthly SIP that builds the shortfall (the first year's, when it
 *     rises)
 * @param requiredLumpsum the lump sum today that builds the shortfall (instead of the SIP)
 * @param costOfDelay the cost of starting the SIP later, if asked for and the delay leaves time
 * @param projection the existing corpus plus the required SIP, year by year
 * @since 0.1.0
 */
public record GoalPlan(Conventions conventions, Money targetToday, double inflation, int years,
    double annualReturn, Money targetFuture, Money existingCorpus, Money existingCorpusFuture,
    Money shortfall, StepUp sipStepUp, Money requiredMonthlySip, Money requiredLumpsum,
    Optional<DelayCost> costOfDelay, Projection projection) {

  /**
   * Creates a plan.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public GoalPlan {
    Objects.requireNonNull(sipStepUp, "sipStepUp");
    Objects.requireNonNull(conventions, "conventions");
    Objects.requireNonNull(targetToday, "targetToday");
    Objects.requireNonNull(targetFuture, "targetFuture");
    Objects.requireNonNull(existingCorpus, "existingCorpus");
    Objects.requireNonNull(existingCorpusFuture, "existingCorpusFuture");
    Objects.requireNonNull(shortfall, "shortfall");
    Objects.requireNonNull(requiredMonthlySip, "requiredMonthlySip");
    Objects.requireNonNull(requiredLumpsum, "requiredLumpsum");
    Objects.requireNonNull(costOfDelay, "costOfDelay");
    Objects.requireNonNull(projection, "projection");
  }

  /**
   * Creates a plan with a level SIP.
   *
   * @param conventions the conventions followed
   * @param targetToday the goal's cost in today's money
   * @param inflation the annual inflation assumed, as a fraction
   * @param years years to the goal
   * @param annualReturn the annual return assumed, as a fraction
   * @param targetFuture the goal's cost in the goal year
   * @param existingCorpus the money already set aside for the goal
   * @param existingCorpusFuture what that grows to by the goal year
   * @param shortfall what remains to be built, zero or more
   * @param requiredMonthlySip the monthly SIP that builds the shortfall
   * @param requiredLumpsum the lump sum today that builds the shortfall (instead of the SIP)
   * @param costOfDelay the cost of starting the SIP later, if asked for and the delay leaves time
   * @param projection the existing corpus plus the required SIP, year by year
   * @throws NullPointerException if an argument is null
   */
  public GoalPlan(Conventions conventions, Money targetToday, double inflation, int years,
      double annualReturn, Money targetFuture, Money existingCorpus, Money existingCorpusFuture,
      Money shortfall, Money requiredMonthlySip, Money requiredLumpsum,
      Optional<DelayCost> costOfDelay, Projection projection) {
    this(conventions, targetToday, inflation, years, annualReturn, targetFuture, existingCorpus,
        existingCorpusFuture, shortfall, StepUp.NONE, requiredMonthlySip, requiredLumpsum,
        costOfDelay, projection);
  }
}
