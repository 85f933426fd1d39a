package in.lumpsum.examples;

import in.lumpsum.calc.montecarlo.GoalScenario;
import in.lumpsum.calc.montecarlo.MonteCarlo;
import in.lumpsum.calc.montecarlo.MonteCarloResult;
import in.lumpsum.calc.montecarlo.ReturnModel;
import in.lumpsum.calc.planning.GoalPlan;
import in.lumpsum.calc.planning.Planner;
import in.lumpsum.calc.planning.StepUp;
import in.lumpsum.calc.planning.SwpPlan;
import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.Xirr;
import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The calculators alone, as a team embeds them with only {@code lumpsum-calculators} (and core) on
 * its class path: no store, no network, no {@code Lumpsum} instance. Each calculator is a
 * stateless, thread-safe value: keep one and call it from any thread.
 *
 * <ol>
 *   <li>XIRR of dated flows, with its typed answer: Microsoft Excel's XIRR help example (Excel
 *       prints 0.373362535, iterating to 0.000001%; the root is 0.3733625335), then flows with no
 *       rate and the reason why.</li>
 *   <li>A goal in today's money with a SIP that rises 10% a year, and its chance of success by
 *       Monte Carlo (seeded: the same seed gives the same figure on every machine).</li>
 *   <li>The sustainable withdrawal from a corpus, rising with inflation.</li>
 * </ol>
 *
 * <pre>
 * java -cp lumpsum.jar in.lumpsum.examples.CalculatorsExample
 * </pre>
 */
public final class CalculatorsExample {

  private CalculatorsExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Runs every calculator and returns what it printed. */
  static String run() {
    StringBuilder out = new StringBuilder();

    // 1. XIRR: the flows in any order; money paid in is negative, money received positive.
    List<CashFlow> excel = List.of(
        CashFlow.of(LocalDate.of(2008, 1, 1), -10_000),
        CashFlow.of(LocalDate.of(2008, 3, 1), 2_750),
        CashFlow.of(LocalDate.of(2008, 10, 30), 4_250),
        CashFlow.of(LocalDate.of(2009, 2, 15), 3_250),
        CashFlow.of(LocalDate.of(2009, 4, 1), 2_750));
    out.append(describe("Excel's XIRR example", Xirr.DEFAULT.xirr(excel)));
    List<CashFlow> onlyPaid = List.of(
        CashFlow.of(LocalDate.of(2024, 1, 5), -5_000),
        CashFlow.of(LocalDate.of(2024, 2, 5), -5_000));
    out.append(describe("two purchases, nothing received", Xirr.DEFAULT.xirr(onlyPaid)));

    // 2. A goal of ₹25 lakh in today's money in 12 years, at 6% inflation and 12% a year, with
    //    ₹2 lakh already saved, by a SIP rising 10% a year; and its chance with 18% volatility.
    Planner planner = Planner.DEFAULT;
    GoalPlan goal = planner.goal(Money.ofRupees(2_500_000), 12, 0.06, 0.12,
        Money.ofRupees(200_000), 2, StepUp.percent(0.10));
    MonteCarloResult chance = MonteCarlo.builder().paths(10_000).seed(7).build()
        .simulate(GoalScenario.of(goal), ReturnModel.lognormal(0.12, 0.18));
    out.append(String.format(Locale.ROOT, "goal: %s then; first-year SIP %s a month rising %s, "
            + "or %s today; starting 2 years later needs %s a month%n",
        goal.targetFuture(), goal.requiredMonthlySip(), goal.sipStepUp().describe(),
        goal.requiredLumpsum(), goal.costOfDelay().orElseThrow().requiredMonthlySip()));
    out.append(String.format(Locale.ROOT, "goal: chance of success %.1f%% (± %.1f%%), %s%n",
        chance.successProbability() * 100, chance.standardError() * 100, chance.model()));
    out.append("goal: conventions: ").append(goal.conventions().describe()).append('\n');

    // 3. What ₹1 crore sustains for 30 years at 8% a year, the withdrawal rising 6% a year.
    StepUp inflation = StepUp.percent(0.06);
    Money first = planner.sustainableWithdrawal(Money.ofRupees(10_000_000), inflation, 0.08, 30);
    SwpPlan swp = planner.swp(Money.ofRupees(10_000_000), first, inflation, 0.08, 30);
    // The depletion month looks past the horizon: beyond month 360 the plan has lasted.
    boolean lasts = swp.depletionMonth().orElse(Integer.MAX_VALUE) > 30 * 12;
    out.append(String.format(Locale.ROOT, "swp: %s a month in the first year, rising %s, %s; "
            + "withdrawn in all %s%n", first, inflation.describe(),
        lasts ? "lasts the 30 years" : "runs out in month " + swp.depletionMonth().getAsInt(),
        swp.projection().totalWithdrawn()));
    return out.toString();
  }

  private static String describe(String what, XirrResult result) {
    if (result instanceof XirrResult.Rate rate) {
      return String.format(Locale.ROOT, "xirr (%s): %.10f, %s, %d evaluations%n", what, rate.rate(),
          rate.uniqueness(), rate.iterations());
    }
    XirrResult.NoRate none = (XirrResult.NoRate) result;
    return String.format(Locale.ROOT, "xirr (%s): no rate, %s: %s%n", what, none.reason(), none.detail());
  }
}
