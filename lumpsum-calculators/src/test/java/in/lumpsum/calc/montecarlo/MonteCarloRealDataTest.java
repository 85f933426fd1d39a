package in.lumpsum.calc.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.calc.RealNavs;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.nav.NavSeries;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bootstrapped returns from a real NAV history (utkarshohm/mf-nav-data, read in place). */
class MonteCarloRealDataTest {

  @Test
  void bootstrap_utiNiftyFund_monthlyReturns() {
    NavSeries navs = RealNavs.scheme(RealNavs.UTI_NIFTY);
    ReturnModel.Bootstrap model = (ReturnModel.Bootstrap) ReturnModel.bootstrap(navs);
    double[] r = model.monthlyReturns();
    // 2000 to February 2016: about 190 month-to-month returns.
    assertThat(r.length).isBetween(180, 200);
    double mean = Arrays.stream(r).average().orElseThrow();
    assertThat(mean).isBetween(0.0, 0.03);
    // The worst month of 2008 lost more than a fifth (October 2008).
    assertThat(Arrays.stream(r).min().orElseThrow()).isLessThan(-0.2);
    assertThat(model.describe()).contains("monthly returns from NAVs");

    GoalScenario scenario = GoalScenario.of(Money.ZERO, Money.ofRupees(10_000), 10,
        Money.ofRupees(2_000_000));
    MonteCarloResult a = MonteCarlo.builder().paths(2_000).seed(5).build()
        .simulate(scenario, model);
    MonteCarloResult b = MonteCarlo.builder().paths(2_000).seed(5).build()
        .simulate(scenario, model);
    assertThat(a.finalValues()).containsExactly(b.finalValues());
    assertThat(a.successProbability()).isBetween(0.05, 0.95);
    assertThat(a.percentile(0.05)).isLessThan(a.percentile(0.95));
  }
}
