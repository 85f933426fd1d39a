package in.lumpsum.calc.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class PlannerPropertyTest {

  @Provide
  Arbitrary<Planner> planners() {
    return Combinators.combine(Arbitraries.of(PaymentTiming.class),
        Arbitraries.of(MonthlyRate.class), Arbitraries.of(LumpsumCompounding.class),
        Arbitraries.of(StepUpRounding.class))
        .as((t, r, l, s) -> Planner.of(new Conventions(t, r, l, s)));
  }

  @Property
  void zeroRate_valueIsTheSumOfInstalments(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 100, max = 1_000_000) long monthly,
      @ForAll @DoubleRange(min = 0, max = 0.5) double stepUp,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    Projection p = planner.stepUpSip(Money.ofRupees(monthly), StepUp.percent(stepUp), 0.0, years);
    assertThat(p.finalValue()).isEqualTo(p.totalInvested());
    assertThat(p.gain()).isEqualTo(Money.ZERO);
  }

  @Property
  void zeroStepUp_equalsThePlainSip(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 100, max = 1_000_000) long monthly,
      @ForAll @DoubleRange(min = -0.5, max = 0.4) double rate,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    Money m = Money.ofRupees(monthly);
    Projection plain = planner.sip(m, rate, years);
    assertThat(planner.stepUpSip(m, StepUp.percent(0), rate, years)).isEqualTo(plain);
    assertThat(planner.stepUpSip(m, StepUp.amount(Money.ZERO), rate, years)).isEqualTo(plain);
  }

  @Property
  void plainSip_matchesTheClosedForm(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 100, max = 100_000) long monthly,
      @ForAll @DoubleRange(min = -0.5, max = 0.4) double rate,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    Conventions c = planner.conventions();
    double expected = monthly * Planner.annuityFactor(c.monthlyGrowth(rate), years * 12,
        c.timing() == PaymentTiming.START_OF_MONTH);
    assertThat(planner.sip(Money.ofRupees(monthly), rate, years).finalValue().toDouble())
        .isCloseTo(expected, within(Math.max(0.01, expected * 1e-12)));
  }

  @Property
  void sustainableWithdrawal_endsNearZero(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 100_000, max = 100_000_000) long corpus,
      @ForAll @DoubleRange(min = -0.2, max = 0.3) double rate,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    Money w = planner.sustainableWithdrawal(Money.ofRupees(corpus), rate, years);
    SwpPlan plan = planner.swp(Money.ofRupees(corpus), w, rate, years);
    int n = years * 12;
    // W is rounded down by less than a paisa; each paisa left each month grows to the end, by the
    // larger of the two annuity factors (with a negative rate the ordinary one is the larger), and the
    // final value is rounded to a paisa.
    double growth = planner.conventions().monthlyGrowth(rate);
    double slack = 0.01 * Math.max(Planner.annuityFactor(growth, n, true),
        Planner.annuityFactor(growth, n, false)) * 1.01 + 0.015;
    assertThat(plan.projection().finalValue().toDouble()).isBetween(0.0, slack);
    assertThat(plan.depletionMonth().orElse(Integer.MAX_VALUE)).isGreaterThanOrEqualTo(n);
  }

  @Property
  void zeroStepUp_swpEqualsTheLevelSwp(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 10_000, max = 100_000_000) long corpus,
      @ForAll @LongRange(min = 100, max = 1_000_000) long monthly,
      @ForAll @DoubleRange(min = -0.5, max = 0.4) double rate,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    Money c = Money.ofRupees(corpus);
    Money w = Money.ofRupees(monthly);
    SwpPlan level = planner.swp(c, w, rate, years);
    SwpPlan zero = planner.swp(c, w, StepUp.percent(0), rate, years);
    assertThat(zero.projection()).isEqualTo(level.projection());
    assertThat(zero.depletionMonth()).isEqualTo(level.depletionMonth());
    assertThat(zero.sustainableWithdrawal()).isEqualTo(level.sustainableWithdrawal());
  }

  @Property
  void higherStepUp_neverLengthensTheSwp(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 10_000, max = 100_000_000) long corpus,
      @ForAll @LongRange(min = 100, max = 1_000_000) long paise,
      @ForAll @DoubleRange(min = -0.2, max = 0.3) double rate,
      @ForAll @DoubleRange(min = 0, max = 0.2) double step,
      @ForAll @DoubleRange(min = 0, max = 0.2) double more,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    // Any first withdrawal, to the paisa: a step-up never rounds an amount below the year before
    // (₹101 up 1% is ₹102.01, ₹100 to ₹10, and stays ₹101), so the withdrawals rise with the step.
    Money c = Money.ofRupees(corpus);
    Money w = Money.of(java.math.BigDecimal.valueOf(paise, 2));
    int lower = planner.swp(c, w, StepUp.percent(step), rate, years).depletionMonth()
        .orElse(Integer.MAX_VALUE);
    int higher = planner.swp(c, w, StepUp.percent(step + more), rate, years).depletionMonth()
        .orElse(Integer.MAX_VALUE);
    assertThat(higher).isLessThanOrEqualTo(lower);
  }

  @Property
  void sustainableRisingWithdrawal_spendsTheCorpusAtTheHorizon(
      @ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 100_000, max = 100_000_000) long corpus,
      @ForAll @DoubleRange(min = -0.2, max = 0.3) double rate,
      @ForAll @DoubleRange(min = 0.001, max = 0.15) @Scale(4) double step,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    StepUp stepUp = StepUp.percent(step);
    Money c = Money.ofRupees(corpus);
    Money w = planner.sustainableWithdrawal(c, stepUp, rate, years);
    int n = years * 12;
    Money paisa = Money.of(new BigDecimal("0.01"));
    if (w.signum() == 0) {
      // Nothing to the paisa lasts (₹1 lakh at −20% a year for 39 years, rising 12.8% a year, cannot
      // pay even ₹0.01 a month): then one paisa a month must run out before the horizon.
      assertThat(planner.swp(c, paisa, stepUp, rate, years).depletionMonth()).isPresent();
      assertThat(planner.swp(c, paisa, stepUp, rate, years).depletionMonth().getAsInt())
          .isLessThanOrEqualTo(n);
      return;
    }
    SwpPlan plan = planner.swp(c, w, stepUp, rate, years);
    // It lasts the horizon (its last withdrawal may be the one that empties the corpus) …
    assertThat(plan.projection().finalValue().signum()).isNotNegative();
    assertThat(plan.depletionMonth().orElse(Integer.MAX_VALUE)).isGreaterThanOrEqualTo(n);
    // … and one paisa more a month does not.
    SwpPlan more = planner.swp(c, w.plus(paisa), stepUp, rate, years);
    assertThat(more.depletionMonth()).isPresent();
    assertThat(more.depletionMonth().getAsInt()).isLessThanOrEqualTo(n);
    if (planner.conventions().stepUpRounding() == StepUpRounding.NONE) {
      // Unrounded, what is left is less than one paisa a month, rising by the step, grown to the
      // horizon: at most 0.01 × (1 + step)^(years − 1) × the larger annuity factor, plus the
      // rounding of the final value.
      double growth = planner.conventions().monthlyGrowth(rate);
      double slack = 0.01 * Math.pow(1 + step, years - 1)
          * Math.max(Planner.annuityFactor(growth, n, true),
              Planner.annuityFactor(growth, n, false)) * 1.01 + 0.015;
      assertThat(plan.projection().finalValue().toDouble()).isBetween(0.0, slack);
    }
  }

  @Property
  void value_risesWithTheRate(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 100, max = 100_000) long monthly,
      @ForAll @DoubleRange(min = -0.2, max = 0.3) double rate,
      @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double more,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    Money m = Money.ofRupees(monthly);
    assertThat(planner.sip(m, rate + more, years).finalValue())
        .isGreaterThanOrEqualTo(planner.sip(m, rate, years).finalValue());
    assertThat(planner.lumpsum(m, rate + more, years).finalValue())
        .isGreaterThanOrEqualTo(planner.lumpsum(m, rate, years).finalValue());
    // A higher return needs a smaller SIP for the same goal.
    assertThat(planner.goal(m, years, 0.05, rate + more, Money.ZERO).requiredMonthlySip())
        .isLessThanOrEqualTo(planner.goal(m, years, 0.05, rate, Money.ZERO).requiredMonthlySip());
  }

  @Property
  void goalWithRisingSip_reachesTheTarget_andAZeroStepIsTheLevelPlan(
      @ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 10_000, max = 100_000_000) long target,
      @ForAll @DoubleRange(min = -0.2, max = 0.3) double rate,
      @ForAll @DoubleRange(min = 0.001, max = 0.3) @Scale(4) double step,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    Money t = Money.ofRupees(target);
    GoalPlan level = planner.goal(t, years, 0.05, rate, Money.ZERO, 0);
    assertThat(planner.goal(t, years, 0.05, rate, Money.ZERO, 0, StepUp.percent(0)))
        .isEqualTo(level);
    GoalPlan rising = planner.goal(t, years, 0.05, rate, Money.ZERO, 0, StepUp.percent(step));
    // A rising SIP never needs to start higher than the level one, and it reaches the target
    // (less the paisa of rounding) while one paisa less in the first year does not.
    assertThat(rising.requiredMonthlySip()).isLessThanOrEqualTo(level.requiredMonthlySip());
    assertThat(rising.projection().finalValue().toDouble())
        .isGreaterThanOrEqualTo(rising.targetFuture().toDouble() - 0.01);
    // (Both sides are rounded to the paisa, and a rounded step-up can hide the paisa after year
    // one, so "does not" is "no more than the target".)
    Money less = rising.requiredMonthlySip().minus(Money.of(new BigDecimal("0.01")));
    if (less.signum() > 0) {
      assertThat(planner.stepUpSip(less, StepUp.percent(step), rate, years).finalValue())
          .isLessThanOrEqualTo(rising.targetFuture());
    }
  }

  @Property
  void schedule_isConsistent(@ForAll("planners") Planner planner,
      @ForAll @LongRange(min = 100, max = 1_000_000) long monthly,
      @ForAll @DoubleRange(min = 0, max = 0.3) double stepUp,
      @ForAll @DoubleRange(min = -0.3, max = 0.4) double rate,
      @ForAll @IntRange(min = 1, max = 30) int years) {
    Projection p = planner.stepUpSip(Money.ofRupees(monthly), StepUp.percent(stepUp), rate, years);
    assertThat(p.years()).hasSize(years);
    assertThat(p.years().get(years - 1).value()).isEqualTo(p.finalValue());
    assertThat(p.years().get(years - 1).totalInvested()).isEqualTo(p.totalInvested());
    for (ScheduleYear y : p.years()) {
      assertThat(y.gain()).isEqualTo(y.value().plus(y.totalWithdrawn()).minus(y.totalInvested()));
    }
  }
}
