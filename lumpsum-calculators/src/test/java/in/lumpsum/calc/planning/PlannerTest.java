package in.lumpsum.calc.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final Planner P = Planner.DEFAULT;

  private static Money rs(String s) {
    return Money.of(new BigDecimal(s));
  }

  @Test
  void sip_threeMonths_matchesPublishedWorkedExample() {
    // https://calculatesip.pages.dev/blog/sip-calculator-math-explained.html: ₹1,000 a month for 3
    // months at 12% p.a., i = 1% a month, start of month: 1,030.30 + 1,020.10 + 1,010.00 = 3,060.40.
    // Our horizon is whole years, so check the first three months through the closed form.
    assertThat(1000 * Planner.annuityFactor(1.01, 3, true)).isCloseTo(3060.401, within(1e-9));
  }

  @Test
  void sip_oneYear_matchesPublishedExamples() {
    // https://www.investorq.com/question/how-does-an-sip-calculator-calculate-the-amount-that-i-will-earn-after-my-investment-tenure-
    // ₹10,000 a month for a year at 12%: "Rs. 1,28,093", invested 1,20,000, gain 8,093.
    Projection p = P.sip(Money.ofRupees(10_000), 0.12, 1);
    assertThat(p.finalValue().toDouble()).isCloseTo(128_093, within(0.5));
    assertThat(p.totalInvested()).isEqualTo(Money.ofRupees(120_000));
    assertThat(p.gain().toDouble()).isCloseTo(8_093, within(0.5));
    // https://www.loan-emicalculator.com/sip-calculator: ₹5,000 a month, 1 year, 12%: "₹64,047".
    assertThat(P.sip(Money.ofRupees(5_000), 0.12, 1).finalValue().toDouble())
        .isCloseTo(64_047, within(0.5));
    // The exact value of 1,000 × ((1.01^12 − 1) / 0.01) × 1.01.
    assertThat(P.sip(Money.ofRupees(1_000), 0.12, 1).finalValue()).isEqualTo(rs("12809.33"));
  }

  @Test
  void sip_effectiveMonthlyRate_matchesPublishedExample() {
    // https://priyanshu84iya.github.io/SIP-Calculator: monthly rate (1.12)^(1/12) − 1, ₹1,000 a
    // month for 12 months at 12%: "₹12,766 approximately".
    Planner effective = Planner.of(
        Conventions.INDIAN_CALCULATORS.withMonthlyRate(MonthlyRate.EFFECTIVE));
    assertThat(effective.sip(Money.ofRupees(1_000), 0.12, 1).finalValue().toDouble())
        .isCloseTo(12_766, within(1.0));
    assertThat(effective.conventions().describe()).contains("(1 + annual)^(1/12) − 1");
  }

  @Test
  void sip_twentyYears_matchesPublishedFigure_andSchedule() {
    // https://calculatorshive.com/calculators/sip-stepup-calculator/: ₹5,000 a month at 12% for 20
    // years "grows to approximately ₹49.9 lakh".
    Projection p = P.sip(Money.ofRupees(5_000), 0.12, 20);
    assertThat(p.finalValue().toDouble()).isBetween(4_990_000.0, 5_000_000.0);
    assertThat(p.years()).hasSize(20);
    ScheduleYear first = p.years().get(0);
    assertThat(first.year()).isEqualTo(1);
    assertThat(first.value()).isEqualTo(rs("64046.64"));
    assertThat(first.totalInvested()).isEqualTo(Money.ofRupees(60_000));
    ScheduleYear last = p.years().get(19);
    assertThat(last.value()).isEqualTo(p.finalValue());
    assertThat(last.totalInvested()).isEqualTo(Money.ofRupees(1_200_000));
    assertThat(last.gain()).isEqualTo(p.gain());
    assertThat(p.conventions()).isEqualTo(Conventions.INDIAN_CALCULATORS);
  }

  @Test
  void sip_endOfMonth_isOrdinaryAnnuity() {
    Planner end = Planner.of(Conventions.INDIAN_CALCULATORS.withTiming(PaymentTiming.END_OF_MONTH));
    // Spreadsheet FV(1%, 12, -1000) = 12,682.50.
    assertThat(end.sip(Money.ofRupees(1_000), 0.12, 1).finalValue()).isEqualTo(rs("12682.50"));
    assertThat(end.conventions().describe()).contains("end of each month");
  }

  @Test
  void stepUpSip_matchesPublishedExample_withRupeeRounding() {
    // https://finzony.com/en-IN/calculators/step-up-sip: ₹5,000 a month, 10% step-up, 5 years,
    // 12%: instalments 5,000 / 5,500 / 6,050 / 6,655 / 7,320(.50, shown rounded), "Total
    // Invested: ₹3,66,312", "Maturity Value: ~₹4,92,290". The invested total is the rupee-rounded
    // instalments (7,321 in year 5).
    Planner rupee = Planner.of(
        Conventions.INDIAN_CALCULATORS.withStepUpRounding(StepUpRounding.RUPEE));
    Projection p = rupee.stepUpSip(Money.ofRupees(5_000), StepUp.percent(0.10), 0.12, 5);
    assertThat(p.totalInvested()).isEqualTo(Money.ofRupees(366_312));
    assertThat(p.finalValue().toDouble()).isCloseTo(492_290, within(5.0));
    assertThat(p.years().get(4).instalment()).isEqualTo(Money.ofRupees(7_321));
    // Unrounded: 7,320.50 in year 5 and 6 rupees less invested.
    Projection exact = P.stepUpSip(Money.ofRupees(5_000), StepUp.percent(0.10), 0.12, 5);
    assertThat(exact.years().get(4).instalment()).isEqualTo(rs("7320.50"));
    assertThat(exact.totalInvested()).isEqualTo(rs("366306.00"));
  }

  @Test
  void sustainableRisingWithdrawal_isZero_whenNotEvenAPaisaLasts() {
    // Found by the property test: ₹1 lakh at −20% a year for 39 years cannot pay ₹0.01 a month
    // rising 12.83% a year (₹0.97 a month in the last year) to the horizon.
    StepUp step = StepUp.percent(0.1283);
    Money corpus = Money.ofRupees(100_000);
    assertThat(P.sustainableWithdrawal(corpus, step, -0.2, 39)).isEqualTo(Money.ZERO);
    assertThat(P.swp(corpus, rs("0.01"), step, -0.2, 39).depletionMonth()).isPresent();
  }

  @Test
  void stepUpSip_roundingNeverLowersAnInstalment() {
    // ₹101 up 1% is ₹102.01, which rounds half up to ₹100 at ₹10: the step-up keeps ₹101 instead.
    // Year 3: 101 × 1.01 = 102.01 again, so ₹101; at 5% a year it rises: 106.05 → ₹110, 115.5 → ₹120.
    Planner tens = Planner.of(
        Conventions.INDIAN_CALCULATORS.withStepUpRounding(StepUpRounding.TEN_RUPEES));
    assertThat(tens.stepUpSip(rs("101.00"), StepUp.percent(0.01), 0.0, 3).years())
        .extracting(ScheduleYear::instalment)
        .containsExactly(rs("101.00"), rs("101.00"), rs("101.00"));
    assertThat(tens.stepUpSip(rs("101.00"), StepUp.percent(0.05), 0.0, 3).years())
        .extracting(ScheduleYear::instalment)
        .containsExactly(rs("101.00"), rs("110.00"), rs("120.00"));
  }

  @Test
  void stepUpSip_byAmount_addsEachYear() {
    Projection p = P.stepUpSip(Money.ofRupees(5_000), StepUp.amount(Money.ofRupees(1_000)), 0.0, 3);
    assertThat(p.years()).extracting(ScheduleYear::instalment).containsExactly(
        Money.ofRupees(5_000), Money.ofRupees(6_000), Money.ofRupees(7_000));
    assertThat(p.finalValue()).isEqualTo(Money.ofRupees(216_000));
  }

  @Test
  void lumpsum_compoundsAnnually_byDefault() {
    Projection p = P.lumpsum(Money.ofRupees(100_000), 0.12, 10);
    // 1,00,000 × 1.12^10 = 3,10,584.82
    assertThat(p.finalValue()).isEqualTo(rs("310584.82"));
    assertThat(p.years().get(0).value()).isEqualTo(rs("112000.00"));
    assertThat(p.years().get(0).investedInYear()).isEqualTo(Money.ofRupees(100_000));
    Planner monthly = Planner.of(Conventions.INDIAN_CALCULATORS
        .withLumpsumCompounding(LumpsumCompounding.AT_MONTHLY_RATE));
    // (1.01)^120 = 3.300386895…
    assertThat(monthly.lumpsum(Money.ofRupees(100_000), 0.12, 10).finalValue())
        .isEqualTo(rs("330038.69"));
  }

  @Test
  void swp_matchesClosedForm_andFindsDepletion() {
    // Start-of-month withdrawals: B_n = P(1+i)^n − W(1+i)((1+i)^n − 1)/i.
    SwpPlan plan = P.swp(Money.ofRupees(500_000), Money.ofRupees(10_000), 0.08, 5);
    double g = 1 + 0.08 / 12;
    double expected = 500_000 * Math.pow(g, 60) - 10_000 * Planner.annuityFactor(g, 60, true);
    assertThat(plan.projection().finalValue().toDouble()).isCloseTo(expected, within(0.01));
    assertThat(plan.projection().totalWithdrawn()).isEqualTo(Money.ofRupees(600_000));
    assertThat(plan.depletionMonth()).hasValue(61);
    assertThat(plan.depletionDate(LocalDate.of(2026, 1, 5))).contains(LocalDate.of(2031, 1, 5));
    // The withdrawal that lasts exactly five years is a little above 10,000.
    assertThat(plan.sustainableWithdrawal().toDouble()).isBetween(10_000.0, 10_120.0);
  }

  @Test
  void swp_runsOut_stopsWithdrawing() {
    SwpPlan plan = P.swp(Money.ofRupees(100_000), Money.ofRupees(10_000), 0.0, 2);
    assertThat(plan.depletionMonth()).hasValue(10);
    assertThat(plan.projection().finalValue()).isEqualTo(Money.ZERO);
    assertThat(plan.projection().totalWithdrawn()).isEqualTo(Money.ofRupees(100_000));
    assertThat(plan.projection().years().get(1).withdrawnInYear()).isEqualTo(Money.ZERO);
  }

  @Test
  void swp_belowTheReturn_neverRunsOut() {
    SwpPlan plan = P.swp(Money.ofRupees(1_000_000), Money.ofRupees(5_000), 0.08, 20);
    assertThat(plan.depletionMonth()).isEmpty();
    assertThat(plan.depletionDate(LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void swp_zeroStepUp_isExactlyTheLevelSwp() {
    SwpPlan level = P.swp(Money.ofRupees(500_000), Money.ofRupees(10_000), 0.08, 5);
    for (StepUp zero : new StepUp[] {StepUp.NONE, StepUp.percent(0), StepUp.amount(Money.ZERO)}) {
      SwpPlan plan = P.swp(Money.ofRupees(500_000), Money.ofRupees(10_000), zero, 0.08, 5);
      assertThat(plan.projection()).isEqualTo(level.projection());
      assertThat(plan.depletionMonth()).isEqualTo(level.depletionMonth());
      assertThat(plan.sustainableWithdrawal()).isEqualTo(level.sustainableWithdrawal());
      assertThat(P.sustainableWithdrawal(Money.ofRupees(500_000), zero, 0.08, 5))
          .isEqualTo(P.sustainableWithdrawal(Money.ofRupees(500_000), 0.08, 5));
    }
    assertThat(level.stepUp()).isEqualTo(StepUp.NONE);
  }

  @Test
  void swp_risingWithdrawal_handChecked() {
    // ₹1,00,000, ₹1,000 a month rising 10% a year, 12% a year (1% a month), withdrawals at the
    // start of the month, 2 years. With F = 1.01 × (1.01^12 − 1) / 0.01 = 12.8093280 (the annuity
    // due of 12 months) and 1.01^12 = 1.1268250:
    //   year 1: 1,00,000 × 1.1268250 − 1,000 × 12.8093280 = 1,12,682.503 − 12,809.328 = 99,873.175
    //   year 2: 99,873.175 × 1.1268250 − 1,100 × 12.8093280 = 1,12,539.594 − 14,090.261 = 98,449.333
    // withdrawn 12 × 1,000 + 12 × 1,100 = 25,200.
    SwpPlan plan = P.swp(Money.ofRupees(100_000), Money.ofRupees(1_000), StepUp.percent(0.10),
        0.12, 2);
    assertThat(plan.projection().years()).extracting(ScheduleYear::instalment)
        .containsExactly(rs("1000.00"), rs("1100.00"));
    assertThat(plan.projection().years().get(0).value()).isEqualTo(rs("99873.17"));
    assertThat(plan.projection().years().get(1).withdrawnInYear()).isEqualTo(rs("13200.00"));
    assertThat(plan.projection().finalValue()).isEqualTo(rs("98449.33"));
    assertThat(plan.projection().totalWithdrawn()).isEqualTo(rs("25200.00"));
    assertThat(plan.stepUp()).isEqualTo(StepUp.percent(0.10));
  }

  @Test
  void swp_risingWithdrawal_atZeroReturn_spendsTheSumExactly() {
    // At 0%, ₹25,200 pays 12 × 1,000 then 12 × 1,100: it lasts exactly 2 years, so 1,000.00 is the
    // sustainable first-year withdrawal (one paisa more a month takes 25.2 paise too many), and
    // the last withdrawal is month 24.
    StepUp tenPercent = StepUp.percent(0.10);
    assertThat(P.sustainableWithdrawal(Money.ofRupees(25_200), tenPercent, 0.0, 2))
        .isEqualTo(rs("1000.00"));
    SwpPlan plan = P.swp(Money.ofRupees(25_200), Money.ofRupees(1_000), tenPercent, 0.0, 3);
    assertThat(plan.depletionMonth()).hasValue(24);
    assertThat(plan.depletionDate(LocalDate.of(2026, 4, 1))).contains(LocalDate.of(2028, 3, 1));
    assertThat(plan.projection().years()).extracting(ScheduleYear::withdrawnInYear)
        .containsExactly(rs("12000.00"), rs("13200.00"), Money.ZERO);
    // Year 3's monthly withdrawal would have been 1,210, though nothing is left to pay it.
    assertThat(plan.projection().years().get(2).instalment()).isEqualTo(rs("1210.00"));
    assertThat(plan.sustainableWithdrawal()).isEqualTo(
        P.sustainableWithdrawal(Money.ofRupees(25_200), tenPercent, 0.0, 3));
  }

  @Test
  void swp_risingWithdrawal_runsOutSooner_andSustainsLess() {
    SwpPlan level = P.swp(Money.ofRupees(5_000_000), Money.ofRupees(30_000), 0.08, 30);
    SwpPlan rising = P.swp(Money.ofRupees(5_000_000), Money.ofRupees(30_000),
        StepUp.percent(0.06), 0.08, 30);
    assertThat(level.depletionMonth()).isEmpty();
    assertThat(rising.depletionMonth()).isPresent();
    assertThat(rising.depletionMonth().getAsInt()).isLessThan(360);
    assertThat(rising.sustainableWithdrawal()).isLessThan(level.sustainableWithdrawal());
    assertThat(rising.projection().years().get(1).instalment()).isEqualTo(rs("31800.00"));
  }

  @Test
  void sustainableRisingWithdrawal_paysTheRetirementPlansExpenses() {
    // The retirement corpus is the present value of expenses rising with inflation each year, so
    // the rising withdrawal it sustains is the first year's expense (to a paisa: the corpus is
    // rounded to the paisa and the withdrawal rounded down).
    RetirementPlan plan = P.retirement(Money.ofRupees(50_000), 0.06, 25, 25, 0.12, 0.07,
        Money.ofRupees(500_000));
    Money w = P.sustainableWithdrawal(plan.corpusNeeded(), StepUp.percent(0.06), 0.07, 25);
    assertThat(w.toDouble()).isCloseTo(plan.monthlyExpenseAtRetirement().toDouble(),
        within(0.011));
  }

  @Test
  void sustainableWithdrawal_stepUpByAmountAboveTheCorpus_isZero() {
    // ₹1,000 more every year: 12 × (0 + 1,000 + 2,000) = 36,000 in 3 years from ₹10,000 at 0%.
    assertThat(P.sustainableWithdrawal(Money.ofRupees(10_000),
        StepUp.amount(Money.ofRupees(1_000)), 0.0, 3)).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> P.swp(Money.ofRupees(1), Money.ofRupees(1), null, 0.1, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("stepUp");
  }

  @Test
  void stp_movesTheSourceIntoTheTarget() {
    StpPlan plan = P.stp(Money.ofRupees(120_000), Money.ofRupees(10_000), 0.0, 0.0, 2);
    assertThat(plan.totalTransferred()).isEqualTo(Money.ofRupees(120_000));
    assertThat(plan.sourceValue()).isEqualTo(Money.ZERO);
    assertThat(plan.targetValue()).isEqualTo(Money.ofRupees(120_000));
    assertThat(plan.years().get(1).transferredInYear()).isEqualTo(Money.ZERO);
    StpPlan growing = P.stp(Money.ofRupees(120_000), Money.ofRupees(10_000), 0.06, 0.12, 1);
    assertThat(growing.totalValue()).isEqualTo(growing.sourceValue().plus(growing.targetValue()));
    assertThat(growing.gain().signum()).isPositive();
  }

  @Test
  void goal_inflatesTheTarget_andTheRequiredSipReachesIt() {
    GoalPlan plan = P.goal(Money.ofRupees(1_000_000), 10, 0.06, 0.12, Money.ofRupees(100_000), 3);
    // 10,00,000 × 1.06^10 = 17,90,847.70
    assertThat(plan.targetFuture()).isEqualTo(rs("1790847.70"));
    assertThat(plan.existingCorpusFuture()).isEqualTo(rs("310584.82"));
    assertThat(plan.shortfall()).isEqualTo(rs("1480262.88"));
    // The SIP plus the grown corpus reach the target, and one paisa less a month would not.
    double reached = plan.projection().finalValue().toDouble();
    assertThat(reached).isGreaterThanOrEqualTo(plan.targetFuture().toDouble() - 0.01);
    double lessOnePaisa = (plan.requiredMonthlySip().toDouble() - 0.01)
        * Planner.annuityFactor(1.01, 120, true) + plan.existingCorpusFuture().toDouble();
    assertThat(lessOnePaisa).isLessThan(plan.targetFuture().toDouble());
    assertThat(plan.requiredLumpsum().toDouble())
        .isCloseTo(1_480_262.88 / Math.pow(1.12, 10), within(0.01));
    DelayCost delay = plan.costOfDelay().orElseThrow();
    assertThat(delay.delayYears()).isEqualTo(3);
    assertThat(delay.requiredMonthlySip()).isGreaterThan(plan.requiredMonthlySip());
    assertThat(delay.extraPerMonth())
        .isEqualTo(delay.requiredMonthlySip().minus(plan.requiredMonthlySip()));
    assertThat(delay.corpusShortfall().signum()).isPositive();
  }

  @Test
  void goal_stepUpSip_startsLower_andStillReachesTheTarget() {
    GoalPlan level = P.goal(Money.ofRupees(1_000_000), 10, 0.06, 0.12, Money.ofRupees(100_000), 3);
    GoalPlan stepped = P.goal(Money.ofRupees(1_000_000), 10, 0.06, 0.12, Money.ofRupees(100_000),
        3, StepUp.percent(0.10));
    assertThat(stepped.targetFuture()).isEqualTo(level.targetFuture());
    assertThat(stepped.shortfall()).isEqualTo(level.shortfall());
    assertThat(stepped.requiredLumpsum()).isEqualTo(level.requiredLumpsum());
    assertThat(stepped.sipStepUp()).isEqualTo(StepUp.percent(0.10));
    assertThat(stepped.requiredMonthlySip()).isLessThan(level.requiredMonthlySip());
    // It reaches the target, and one paisa less in the first year would not.
    assertThat(stepped.projection().finalValue().toDouble())
        .isGreaterThanOrEqualTo(stepped.targetFuture().toDouble() - 0.01);
    Money less = stepped.requiredMonthlySip().minus(Money.of(new BigDecimal("0.01")));
    double short_ = P.stepUpSip(less, StepUp.percent(0.10), 0.12, 10).finalValue().toDouble()
        + stepped.existingCorpusFuture().toDouble();
    assertThat(short_).isLessThan(stepped.targetFuture().toDouble());
    // Year 2 pays 10% more a month (the default conventions do not round a step-up).
    assertThat(stepped.projection().years().get(1).instalment().toDouble())
        .isCloseTo(stepped.requiredMonthlySip().toDouble() * 1.1, within(0.01));
    // Starting 3 years later, the rising SIP must start higher, and the planned one falls short.
    DelayCost delay = stepped.costOfDelay().orElseThrow();
    assertThat(delay.requiredMonthlySip()).isGreaterThan(stepped.requiredMonthlySip());
    assertThat(delay.extraPerMonth())
        .isEqualTo(delay.requiredMonthlySip().minus(stepped.requiredMonthlySip()));
    double lateValue = P.stepUpSip(delay.requiredMonthlySip(), StepUp.percent(0.10), 0.12, 7)
        .finalValue().toDouble();
    assertThat(lateValue + stepped.existingCorpusFuture().toDouble())
        .isGreaterThanOrEqualTo(stepped.targetFuture().toDouble() - 0.01);
    double planned = P.stepUpSip(stepped.requiredMonthlySip(), StepUp.percent(0.10), 0.12, 7)
        .finalValue().toDouble();
    assertThat(delay.corpusShortfall().toDouble())
        .isCloseTo(stepped.shortfall().toDouble() - planned, within(0.02));
    // A zero step is the level plan, to the paisa.
    assertThat(P.goal(Money.ofRupees(1_000_000), 10, 0.06, 0.12, Money.ofRupees(100_000), 3,
        StepUp.percent(0))).isEqualTo(level);
    assertThat(level.sipStepUp()).isEqualTo(StepUp.NONE);
  }

  @Test
  void goal_stepUpSip_atZeroReturn_handChecked() {
    // ₹3,00,000 in 3 years at 0% inflation and return, rising ₹1,000 a month each year: 12W +
    // 12(W + 1,000) + 12(W + 2,000) = 3,00,000, so W = (3,00,000 − 36,000) / 36 = 7,333.33…, to the
    // paisa above: ₹7,333.34. Delayed one year: 12W + 12(W + 1,000) = 3,00,000, W = 12,000.
    GoalPlan plan = P.goal(Money.ofRupees(300_000), 3, 0.0, 0.0, Money.ZERO, 1,
        StepUp.amount(Money.ofRupees(1_000)));
    assertThat(plan.requiredMonthlySip()).isEqualTo(rs("7333.34"));
    assertThat(plan.projection().years().get(2).instalment()).isEqualTo(rs("9333.34"));
    assertThat(plan.projection().finalValue()).isEqualTo(rs("300000.24"));
    DelayCost delay = plan.costOfDelay().orElseThrow();
    assertThat(delay.requiredMonthlySip()).isEqualTo(Money.ofRupees(12_000));
    // The planned SIP over the last two years only: 12 × 7,333.34 + 12 × 8,333.34 = 1,88,000.16.
    assertThat(delay.corpusShortfall()).isEqualTo(rs("111999.84"));
  }

  @Test
  void goal_coveredByExistingCorpus_withAnAmountStepUp_investsNothing() {
    // No shortfall, so no SIP: a SIP of nothing does not rise by ₹500 a year into one.
    GoalPlan plan = P.goal(Money.ofRupees(100_000), 10, 0.06, 0.12, Money.ofRupees(1_000_000), 2,
        StepUp.amount(Money.ofRupees(500)));
    assertThat(plan.shortfall()).isEqualTo(Money.ZERO);
    assertThat(plan.requiredMonthlySip()).isEqualTo(Money.ZERO);
    assertThat(plan.projection().totalInvested()).isEqualTo(Money.ofRupees(1_000_000));
    assertThat(plan.projection().years()).allSatisfy(
        y -> assertThat(y.instalment()).isEqualTo(Money.ZERO));
    assertThat(StepUp.amount(Money.ofRupees(500)).next(0, StepUpRounding.NONE)).isZero();
  }

  @Test
  void goal_coveredByExistingCorpus_needsNoSip() {
    GoalPlan plan = P.goal(Money.ofRupees(100_000), 5, 0.05, 0.10, Money.ofRupees(100_000));
    assertThat(plan.shortfall()).isEqualTo(Money.ZERO);
    assertThat(plan.requiredMonthlySip()).isEqualTo(Money.ZERO);
    assertThat(plan.costOfDelay()).isEmpty();
  }

  @Test
  void retirement_corpusPaysTheInflatedExpenses_toZero() {
    RetirementPlan plan = P.retirement(Money.ofRupees(50_000), 0.06, 25, 25, 0.12, 0.07,
        Money.ofRupees(500_000));
    // 50,000 × 1.06^25 = 50,000 × 4.2918707… = 2,14,593.54
    assertThat(plan.monthlyExpenseAtRetirement()).isEqualTo(rs("214593.54"));
    assertThat(plan.drawdown().finalValue().toDouble()).isCloseTo(0.0, within(1.0));
    assertThat(plan.drawdown().years().get(1).instalment().toDouble())
        .isCloseTo(214_593.54 * 1.06, within(0.01));
    assertThat(plan.accumulation().finalValue().toDouble())
        .isGreaterThanOrEqualTo(plan.corpusNeeded().toDouble() - 0.01);
  }

  @Test
  void retirement_stepUpSip_startsLower_andStillReachesTheCorpus() {
    RetirementPlan level = P.retirement(Money.ofRupees(50_000), 0.06, 25, 25, 0.12, 0.07,
        Money.ofRupees(500_000));
    RetirementPlan stepped = P.retirement(Money.ofRupees(50_000), 0.06, 25, 25, 0.12, 0.07,
        Money.ofRupees(500_000), StepUp.percent(0.10));
    assertThat(stepped.corpusNeeded()).isEqualTo(level.corpusNeeded());
    assertThat(stepped.drawdown()).isEqualTo(level.drawdown());
    assertThat(stepped.sipStepUp()).isEqualTo(StepUp.percent(0.10));
    assertThat(stepped.requiredMonthlySip()).isLessThan(level.requiredMonthlySip());
    // It reaches the corpus, and one paisa less in the first year would not.
    assertThat(stepped.accumulation().finalValue().toDouble())
        .isGreaterThanOrEqualTo(stepped.corpusNeeded().toDouble() - 0.01);
    Money less = stepped.requiredMonthlySip().minus(Money.of(new BigDecimal("0.01")));
    double short_ = P.stepUpSip(less, StepUp.percent(0.10), 0.12, 25).finalValue().toDouble()
        + stepped.existingCorpusAtRetirement().toDouble();
    assertThat(short_).isLessThan(stepped.corpusNeeded().toDouble());
    assertThat(stepped.accumulation().years().get(1).instalment().toDouble())
        .isCloseTo(stepped.requiredMonthlySip().toDouble() * 1.1, within(0.01));
    // A zero step is the level plan.
    assertThat(P.retirement(Money.ofRupees(50_000), 0.06, 25, 25, 0.12, 0.07,
        Money.ofRupees(500_000), StepUp.percent(0))).isEqualTo(level);
  }

  @Test
  void retirement_stepUpSip_atZeroReturn_handChecked() {
    // ₹10,000 a month for 10 years at 0% inflation and return: corpus ₹12,00,000 (10 × 12 ×
    // 10,000). Over 2 years before retirement a SIP rising ₹1,000 a year pays 12W + 12(W + 1,000)
    // = 12,00,000, so W = (12,00,000 − 12,000) / 24 = 49,500.
    RetirementPlan plan = P.retirement(Money.ofRupees(10_000), 0.0, 2, 10, 0.0, 0.0, Money.ZERO,
        StepUp.amount(Money.ofRupees(1_000)));
    assertThat(plan.corpusNeeded()).isEqualTo(Money.ofRupees(1_200_000));
    assertThat(plan.requiredMonthlySip()).isEqualTo(Money.ofRupees(49_500));
    assertThat(plan.accumulation().finalValue()).isEqualTo(Money.ofRupees(1_200_000));
  }

  @Test
  void zeroInflation_zeroReturn_retirementCorpusIsTheSumOfExpenses() {
    RetirementPlan plan = P.retirement(Money.ofRupees(10_000), 0.0, 10, 20, 0.0, 0.0, Money.ZERO);
    assertThat(plan.corpusNeeded()).isEqualTo(Money.ofRupees(2_400_000));
    assertThat(plan.requiredMonthlySip()).isEqualTo(Money.ofRupees(20_000));
  }

  @Test
  void badArguments_nameTheField() {
    assertThatThrownBy(() -> P.sip(Money.ZERO, 0.12, 10))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("monthly");
    assertThatThrownBy(() -> P.sip(Money.ofRupees(1), 0.12, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("years");
    assertThatThrownBy(() -> P.sip(Money.ofRupees(1), 12, 10))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("annualRate");
    assertThatThrownBy(() -> StepUp.percent(-0.1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("stepUp");
    assertThatThrownBy(() -> P.goal(Money.ofRupees(1), 5, 2.0, 0.1, Money.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("inflation");
  }

  @Test
  void conventions_describeTheDefault() {
    assertThat(Conventions.INDIAN_CALCULATORS.describe())
        .contains("start of each month (annuity due)")
        .contains("annual / 12")
        .contains("compounded annually")
        .contains("not rounded");
  }

  @Test
  void of_null_namesTheArgument() {
    assertThatThrownBy(() -> Planner.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("conventions");
    assertThatThrownBy(() -> Planner.DEFAULT.sip(null, 0.12, 10))
        .isInstanceOf(NullPointerException.class).hasMessage("monthly");
    assertThatThrownBy(() -> Planner.DEFAULT.stepUpSip(Money.ofRupees(5_000), null, 0.12, 10))
        .isInstanceOf(NullPointerException.class).hasMessage("stepUp");
  }
}
