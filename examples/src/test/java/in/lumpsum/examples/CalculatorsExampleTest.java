package in.lumpsum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.calc.planning.GoalPlan;
import in.lumpsum.calc.planning.Planner;
import in.lumpsum.calc.planning.StepUp;
import in.lumpsum.core.money.Money;
import org.junit.jupiter.api.Test;

/** Runs {@link CalculatorsExample} and checks what it prints against the calculators. */
class CalculatorsExampleTest {

  @Test
  void printsExcelsRate_theReasonForNoRate_theGoal_andTheWithdrawal() {
    String out = CalculatorsExample.run();
    // Microsoft Excel's XIRR help publishes 0.373362535 for these flows; Excel stops iterating
    // at 0.000001%, and the root is 0.3733625335 (1.5e-9 from Excel's figure).
    assertThat(out).contains("xirr (Excel's XIRR example): 0.3733625335, UNIQUE");
    assertThat(out).contains("xirr (two purchases, nothing received): no rate, NO_SIGN_CHANGE");
    GoalPlan goal = Planner.DEFAULT.goal(Money.ofRupees(2_500_000), 12, 0.06, 0.12,
        Money.ofRupees(200_000), 2, StepUp.percent(0.10));
    assertThat(out).contains("first-year SIP " + goal.requiredMonthlySip() + " a month rising 10%"
        + " a year");
    assertThat(out).containsPattern("chance of success \\d+\\.\\d% \\(± \\d\\.\\d%\\), lognormal");
    assertThat(out).containsPattern("swp: \\d+\\.\\d\\d a month in the first year, rising 6% a"
        + " year, lasts the 30 years");
    // Seeded: the same text every run.
    assertThat(CalculatorsExample.run()).isEqualTo(out);
  }
}
