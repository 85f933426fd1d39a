package in.lumpsum.calc.montecarlo;

import in.lumpsum.calc.planning.GoalPlan;
import in.lumpsum.calc.planning.PaymentTiming;
import in.lumpsum.calc.planning.StepUp;
import in.lumpsum.calc.planning.StepUpRounding;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.util.Objects;

/**
 * What a Monte Carlo run simulates: a corpus today plus a monthly SIP (optionally stepped up each
 * year) for a number of years, against a target in the money of the goal year.
 *
 * @param initialCorpus the money invested today, zero or more
 * @param monthlyInstalment the first year's monthly SIP, zero or more
 * @param stepUp how the SIP rises each year
 * @param years the horizon, 1 to 100
 * @param target the amount to reach at the end, above zero
 * @param timing whether instalments are paid before or after each month's return
 * @param stepUpRounding how each year's stepped-up instalment is rounded, as
 *     {@link StepUp#next(double, StepUpRounding)} does for the planners
 * @since 0.1.0
 */
public record GoalScenario(Money initialCorpus, Money monthlyInstalment, StepUp stepUp, int years,
    Money target, PaymentTiming timing, StepUpRounding stepUpRounding) {

  /**
   * Creates a scenario.
   *
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an amount or the horizon is out of range, or nothing is
   *     invested
   * @since 0.2.0
   */
  public GoalScenario {
    Objects.requireNonNull(stepUpRounding, "stepUpRounding");
    Objects.requireNonNull(initialCorpus, "initialCorpus");
    Objects.requireNonNull(monthlyInstalment, "monthlyInstalment");
    Objects.requireNonNull(stepUp, "stepUp");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(timing, "timing");
    if (initialCorpus.signum() < 0) {
      throw new InvalidValueException("initialCorpus", initialCorpus, "must be zero or more");
    }
    if (monthlyInstalment.signum() < 0) {
      throw new InvalidValueException("monthlyInstalment", monthlyInstalment,
          "must be zero or more");
    }
    if (target.signum() <= 0) {
      throw new InvalidValueException("target", target, "must be above zero");
    }
    if (years < 1 || years > 100) {
      throw new InvalidValueException("years", years, "must be from 1 to 100");
    }
  }

  /**
   * Creates a scenario whose step-ups are not rounded.
   *
   * @param initialCorpus the money invested today, zero or more
   * @param monthlyInstalment the first year's monthly SIP, zero or more
   * @param stepUp how the SIP rises each year (not rounded)
   * @param years the horizon, 1 to 100
   * @param target the amount to reach at the end, above zero
   * @param timing whether instalments are paid before or after each month's return
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an amount or the horizon is out of range, or nothing is
   *     invested
   */
  public GoalScenario(Money initialCorpus, Money monthlyInstalment, StepUp stepUp, int years,
      Money target, PaymentTiming timing) {
    this(initialCorpus, monthlyInstalment, stepUp, years, target, timing, StepUpRounding.NONE);
  }

  /**
   * A level SIP on top of a corpus, paid at the start of each month.
   *
   * @param initialCorpus the money invested today, zero or more
   * @param monthlyInstalment the monthly SIP, zero or more
   * @param years the horizon, 1 to 100
   * @param target the amount to reach, above zero
   * @return the scenario
   * @throws NullPointerException if an amount is null
   * @throws InvalidValueException if an argument is out of range
   */
  public static GoalScenario of(Money initialCorpus, Money monthlyInstalment, int years,
      Money target) {
    return new GoalScenario(initialCorpus, monthlyInstalment, StepUp.NONE, years, target,
        PaymentTiming.START_OF_MONTH);
  }

  /**
   * The scenario of a deterministic goal plan: its existing corpus and required SIP, rising by the
   * plan's step-up and rounded by its conventions (so the simulated instalments are the plan's
   * schedule), against its inflated target, with its payment timing. A plan whose existing corpus
   * already covers the target simulates that corpus alone.
   *
   * @param plan the plan
   * @return the scenario
   * @throws NullPointerException if {@code plan} is null
   */
  public static GoalScenario of(GoalPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return new GoalScenario(plan.existingCorpus(), plan.requiredMonthlySip(), plan.sipStepUp(),
        plan.years(), plan.targetFuture(), plan.conventions().timing(),
        plan.conventions().stepUpRounding());
  }

  /** The instalment of each month, in rupees. */
  double[] instalments() {
    int n = years * 12;
    double[] c = new double[n];
    double amount = monthlyInstalment.toDouble();
    for (int m = 0; m < n; m++) {
      if (m > 0 && m % 12 == 0) {
        amount = stepUp.next(amount, stepUpRounding);
      }
      c[m] = amount;
    }
    return c;
  }
}
