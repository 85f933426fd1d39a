package in.lumpsum.calc.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.planning.Conventions;
import in.lumpsum.calc.planning.GoalPlan;
import in.lumpsum.calc.planning.MonthlyRate;
import in.lumpsum.calc.planning.Planner;
import in.lumpsum.calc.planning.StepUp;
import in.lumpsum.calc.planning.StepUpRounding;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static final GoalScenario SCENARIO = GoalScenario.of(Money.ofRupees(100_000),
      Money.ofRupees(10_000), 15, Money.ofRupees(5_000_000));

  @Test
  void sameSeed_sameResult_whateverTheThreadCount() throws Exception {
    ReturnModel model = ReturnModel.lognormal(0.12, 0.18);
    MonteCarlo one = MonteCarlo.builder().paths(3_000).seed(42).build();
    double[] sequential = one.simulate(SCENARIO, model).finalValues();
    ExecutorService four = Executors.newFixedThreadPool(4);
    try {
      double[] pooled = MonteCarlo.builder().paths(3_000).seed(42).executor(four).build()
          .simulate(SCENARIO, model).finalValues();
      assertThat(pooled).containsExactly(sequential);
    } finally {
      four.shutdown();
    }
    double[] forkJoin = MonteCarlo.builder().paths(3_000).seed(42)
        .executor(ForkJoinPool.commonPool()).build().simulate(SCENARIO, model).finalValues();
    assertThat(forkJoin).containsExactly(sequential);
    assertThat(one.simulate(SCENARIO, model).finalValues()).containsExactly(sequential);
    double[] other = MonteCarlo.builder().paths(3_000).seed(43).build()
        .simulate(SCENARIO, model).finalValues();
    assertThat(Arrays.equals(other, sequential)).isFalse();
  }

  @Test
  void morePaths_keepTheFirstPaths() {
    // Blocks are fixed, so a longer run extends a shorter one with the same seed.
    ReturnModel model = ReturnModel.normal(0.10, 0.15);
    double[] few = MonteCarlo.builder().paths(300).seed(7).build().simulate(SCENARIO, model)
        .finalValues();
    double[] many = MonteCarlo.builder().paths(1_000).seed(7).build().simulate(SCENARIO, model)
        .finalValues();
    assertThat(Arrays.copyOf(many, 300)).containsExactly(few);
  }

  @Test
  void zeroVolatility_equalsTheDeterministicSip() {
    Money sip = Planner.DEFAULT.sip(Money.ofRupees(10_000), 0.12, 15).finalValue();
    MonteCarloResult r = MonteCarlo.builder().paths(500).build().simulate(
        GoalScenario.of(Money.ZERO, Money.ofRupees(10_000), 15, sip), ReturnModel.normal(0.12, 0));
    for (double v : r.finalValues()) {
      assertThat(v).isCloseTo(sip.toDouble(), within(0.01));
    }
    assertThat(r.successProbability()).isEqualTo(1.0);
    assertThat(r.standardError()).isZero();
    MonteCarloResult above = MonteCarlo.builder().paths(500).build().simulate(
        GoalScenario.of(Money.ZERO, Money.ofRupees(10_000), 15, sip.plus(Money.ofRupees(1))),
        ReturnModel.normal(0.12, 0));
    assertThat(above.successProbability()).isZero();
  }

  @Test
  void goalPlan_atItsOwnReturn_succeedsAboutHalfTheTime() {
    // Effective monthly rates, so that the plan's deterministic path is the simulation's mean.
    Planner effective = Planner.of(Conventions.INDIAN_CALCULATORS
        .withMonthlyRate(MonthlyRate.EFFECTIVE));
    GoalPlan plan = effective.goal(Money.ofRupees(2_000_000), 10, 0.06, 0.12,
        Money.ofRupees(100_000));
    GoalScenario scenario = GoalScenario.of(plan);
    assertThat(scenario.target()).isEqualTo(plan.targetFuture());
    assertThat(scenario.monthlyInstalment()).isEqualTo(plan.requiredMonthlySip());
    // A lognormal with median growth below the mean: the plan, built on the mean, succeeds in
    // fewer than half the paths, and more often (nearer half) with less volatility.
    MonteCarloResult volatile_ = MonteCarlo.DEFAULT.simulate(scenario,
        ReturnModel.lognormal(0.12, 0.20));
    MonteCarloResult calm = MonteCarlo.DEFAULT.simulate(scenario,
        ReturnModel.lognormal(0.12, 0.05));
    assertThat(volatile_.successProbability()).isBetween(0.2, 0.5);
    assertThat(calm.successProbability()).isGreaterThan(volatile_.successProbability());
    assertThat(calm.successProbability()).isLessThan(0.5);
    assertThat(volatile_.mean()).isCloseTo(plan.targetFuture().toDouble(),
        within(plan.targetFuture().toDouble() * 0.01));
    assertThat(volatile_.paths()).isEqualTo(10_000);
    assertThat(volatile_.percentile(0.1)).isLessThan(volatile_.median());
    assertThat(volatile_.median()).isLessThan(volatile_.percentile(0.9));
    assertThat(volatile_.model()).contains("lognormal").contains("12%").contains("20%");
  }

  @Test
  void goalPlanWithRisingSip_simulatesTheRisingInstalments() {
    // Nominal monthly rates (12% a year is 1% a month) and no existing corpus, as the normal model
    // without volatility compounds.
    GoalPlan plan = Planner.DEFAULT.goal(Money.ofRupees(2_000_000), 10, 0.06, 0.12, Money.ZERO, 0,
        StepUp.percent(0.10));
    GoalScenario scenario = GoalScenario.of(plan);
    assertThat(scenario.stepUp()).isEqualTo(StepUp.percent(0.10));
    assertThat(scenario.monthlyInstalment()).isEqualTo(plan.requiredMonthlySip());
    // With no volatility every path is the plan's own schedule, rising 10% a year: a rupee more a
    // month in the first year reaches the target, and a rupee less does not.
    MonteCarlo fewPaths = MonteCarlo.builder().paths(100).build();
    MonteCarloResult exact = fewPaths.simulate(scenario, ReturnModel.normal(0.12, 0));
    assertThat(exact.mean()).isCloseTo(plan.projection().finalValue().toDouble(), within(0.05));
    Money rupee = Money.ofRupees(1);
    assertThat(fewPaths.simulate(new GoalScenario(scenario.initialCorpus(),
        scenario.monthlyInstalment().plus(rupee), scenario.stepUp(), scenario.years(),
        scenario.target(), scenario.timing()), ReturnModel.normal(0.12, 0))
        .successProbability()).isEqualTo(1.0);
    assertThat(fewPaths.simulate(new GoalScenario(scenario.initialCorpus(),
        scenario.monthlyInstalment().minus(rupee), scenario.stepUp(), scenario.years(),
        scenario.target(), scenario.timing()), ReturnModel.normal(0.12, 0))
        .successProbability()).isZero();
  }

  @Test
  void goalPlanWithRoundedStepUps_simulatesThePlansOwnSchedule() {
    // Rounded to ₹100 and rising 50% a year for 30 years: the plan builds each year on the rounded
    // instalment, and so must the simulation, or the two drift apart year after year.
    Planner hundreds = Planner.of(Conventions.INDIAN_CALCULATORS
        .withStepUpRounding(StepUpRounding.HUNDRED_RUPEES));
    GoalPlan plan = hundreds.goal(Money.ofRupees(50_000_000), 30, 0.06, 0.12, Money.ZERO, 0,
        StepUp.percent(0.50));
    GoalScenario scenario = GoalScenario.of(plan);
    assertThat(scenario.stepUpRounding()).isEqualTo(StepUpRounding.HUNDRED_RUPEES);
    double[] simulated = scenario.instalments();
    for (int year = 0; year < 30; year++) {
      assertThat(simulated[year * 12]).as("year " + (year + 1))
          .isEqualTo(plan.projection().years().get(year).instalment().toDouble());
    }
    MonteCarloResult exact = MonteCarlo.builder().paths(10).build().simulate(scenario,
        ReturnModel.normal(0.12, 0));
    assertThat(exact.mean()).isCloseTo(plan.projection().finalValue().toDouble(),
        within(plan.projection().finalValue().toDouble() * 1e-6));
  }

  @Test
  void lognormal_oneYearGrowth_hasTheConfiguredMeanAndVolatility() {
    MonteCarloResult r = MonteCarlo.builder().paths(200_000).seed(3).build().simulate(
        GoalScenario.of(Money.ofRupees(1_000_000), Money.ZERO, 1, Money.ofRupees(1)),
        ReturnModel.lognormal(0.12, 0.18));
    double[] growth = Arrays.stream(r.finalValues()).map(v -> v / 1_000_000).toArray();
    // Standard errors at 200,000 paths: mean 0.0004, standard deviation about 0.0003.
    assertThat(new Mean().evaluate(growth)).isCloseTo(1.12, within(0.002));
    assertThat(Math.sqrt(new Variance().evaluate(growth))).isCloseTo(0.18, within(0.002));
  }

  @Test
  void lognormal_lumpsumOnly_successMatchesTheClosedForm() {
    // With no SIP, ten years of monthly log returns N(m / 12, s² / 12) add up to N(10m, 10s²), so
    // P(V ≥ K) = 1 − Φ((ln(K / V0) − 10m) / (s√10)), whatever the generator: a check of the seeded
    // figures that does not come from them. Targets at the median and one standard deviation
    // above and 1.5 below: 0.5, 1 − Φ(1) = 0.158655 and Φ(1.5) = 0.933193. Standard error at
    // 100,000 paths: at most 0.0016; seed 9 gives 0.49943, 0.15755 and 0.93367.
    ReturnModel.Lognormal model = (ReturnModel.Lognormal) ReturnModel.lognormal(0.12, 0.18);
    double mean = 10 * model.annualLogMean();
    double sd = Math.sqrt(10 * model.annualLogVariance());
    MonteCarlo mc = MonteCarlo.builder().paths(100_000).seed(9).build();
    for (double z : new double[] {0, 1, -1.5}) {
      Money target = Money.of(BigDecimal.valueOf(1_000_000 * Math.exp(mean + z * sd))
          .setScale(2, java.math.RoundingMode.HALF_UP));
      MonteCarloResult r = mc.simulate(GoalScenario.of(Money.ofRupees(1_000_000), Money.ZERO, 10,
          target), model);
      double expected = 1 - new NormalDistribution(0, 1).cumulativeProbability(z);
      assertThat(r.successProbability()).isCloseTo(expected, within(0.006));
    }
  }

  @Test
  void ziggurat_drawsStandardNormals() {
    Ziggurat z = new Ziggurat(new MersenneTwister(new int[] {1, 2, 3, 4}));
    double[] x = new double[1_000_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = z.next();
    }
    // Standard errors at 10^6 draws: mean 0.001, variance √(2 / 10^6) = 0.0014, skewness
    // √(6 / 10^6) = 0.0024, excess kurtosis √(24 / 10^6) = 0.005. This seed gives -0.0003, 1.0011,
    // 0.0023 and -0.0086 (after the issue 4 fix of the layer's bits), each within 2 of them.
    assertThat(new Mean().evaluate(x)).isCloseTo(0, within(0.005));
    assertThat(new Variance().evaluate(x)).isCloseTo(1, within(0.005));
    assertThat(new Skewness().evaluate(x)).isCloseTo(0, within(0.01));
    // Commons Math reports excess kurtosis.
    assertThat(new Kurtosis().evaluate(x)).isCloseTo(0, within(0.03));
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1),
        Arrays.copyOf(x, 100_000));
    assertThat(p).isGreaterThan(0.001);
    // The tail beyond r = 3.44 is drawn too: P(Z > 3.4426) = 2.88e-4, so 288 ± 17 a side in 10^6
    // draws (this seed: 261 above, 261 below); beyond ±4, 2 × 3.17e-5: 63 ± 8 (this seed: 58).
    long tail = Arrays.stream(x).filter(v -> v > 3.442619855899).count();
    assertThat(tail).isBetween(200L, 400L);
    assertThat(Arrays.stream(x).filter(v -> v < -3.442619855899).count()).isBetween(200L, 400L);
    assertThat(Arrays.stream(x).filter(v -> Math.abs(v) > 4).count()).isBetween(30L, 100L);
  }

  /** A Mersenne Twister that remembers its last integer draw, to see which bits chose the layer. */
  private static final class Recording extends MersenneTwister {
    long last;

    Recording(int[] seed) {
      super(seed);
    }

    @Override
    public int nextInt() {
      int v = super.nextInt();
      last = v;
      return v;
    }

    @Override
    public long nextLong() {
      long v = super.nextLong();
      last = v;
      return v;
    }
  }

  @Test
  void ziggurat_layerAndValue_comeFromIndependentBits() {
    // Regression (issue 4): the ziggurat took the layer from the low 7 bits of the same 32-bit
    // draw that it scaled into the value, so the value, divided by its layer's width, was an
    // integer whose low bits were the layer's index: a draw in layer i could only take 1 in 128 of
    // the values the layer spans (QuantLib's ZigguratRng notes the same correlation; Doornik 2005
    // draws the layer from separate bits). Old and new, the layer is the low 7 bits of the last
    // integer drawn; here it is tabulated against bits 2 to 6 of value / width, which the old
    // generator made equal to the layer's bits 2 to 6 (this test failed on it), and which no
    // rounding in value / width could blur. Independence: chi-square on the 127 × 32 table (the
    // tail, layer 0, is not on the lattice and is left out), and on layer against sign.
    Recording random = new Recording(new int[] {5, 6, 7, 8});
    Ziggurat z = new Ziggurat(random);
    long[][] table = new long[127][32];
    long[][] signs = new long[127][2];
    for (int i = 0; i < 1_000_000; i++) {
      double x = z.next();
      int layer = (int) (random.last & 127);
      if (layer == 0) {
        continue;
      }
      long k = Math.round(x / Ziggurat.width(layer));
      table[layer - 1][(int) ((k >> 2) & 31)]++;
      signs[layer - 1][x < 0 ? 0 : 1]++;
    }
    ChiSquareTest chi = new ChiSquareTest();
    assertThat(chi.chiSquareTest(table)).isGreaterThan(0.001);
    assertThat(chi.chiSquareTest(signs)).isGreaterThan(0.001);
  }

  @Test
  void ziggurat_seeded_isReproducible() {
    Ziggurat a = new Ziggurat(new MersenneTwister(new int[] {1, 2, 3, 4}));
    Ziggurat b = new Ziggurat(new MersenneTwister(new int[] {1, 2, 3, 4}));
    for (int i = 0; i < 10_000; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
  }

  @Test
  void bootstrap_ofConstantReturns_equalsTheDeterministicSip() {
    double[] returns = new double[24];
    Arrays.fill(returns, 0.01);
    MonteCarloResult r = MonteCarlo.builder().paths(100).build().simulate(
        GoalScenario.of(Money.ZERO, Money.ofRupees(1_000), 1, Money.ofRupees(12_809)),
        ReturnModel.bootstrap(returns));
    assertThat(r.finalValues()[0]).isCloseTo(12_809.33, within(0.01));
    assertThat(r.successProbability()).isEqualTo(1.0);
  }

  @Test
  void bootstrap_ofNavSeries_takesMonthEndReturns_andSkipsGaps() {
    NavSeries.Builder b = NavSeries.builder();
    LocalDate d = LocalDate.of(2020, 1, 31);
    BigDecimal nav = new BigDecimal("100");
    for (int m = 0; m < 16; m++) {
      if (m == 8) {
        d = d.plusMonths(1).withDayOfMonth(d.plusMonths(1).lengthOfMonth());
        continue; // no NAV in September 2020: August→October is not one month
      }
      b.add(d.withDayOfMonth(10), nav.subtract(BigDecimal.ONE));
      b.add(d, nav);
      nav = nav.multiply(new BigDecimal("1.02")).setScale(8, java.math.RoundingMode.HALF_UP);
      d = d.plusMonths(1).withDayOfMonth(d.plusMonths(1).lengthOfMonth());
    }
    ReturnModel.Bootstrap model = (ReturnModel.Bootstrap) ReturnModel.bootstrap(b.build());
    // 15 month-ends, two of them either side of the gap: 13 one-month returns, each 2%.
    assertThat(model.monthlyReturns()).hasSize(13);
    for (double r : model.monthlyReturns()) {
      assertThat(r).isCloseTo(0.02, within(1e-6));
    }
    assertThat(model.describe()).contains("13 monthly returns from NAVs 2020-01-10");
  }

  @Test
  void bootstrap_ofNavSeries_leavesOutPartialMonths() {
    // Regression: the series' last month, ending mid-month, gave a return over part of a month
    // (here a doubling in ten days) counted as a whole month's.
    NavSeries.Builder b = NavSeries.builder();
    BigDecimal nav = new BigDecimal("100");
    YearMonth month = YearMonth.of(2020, 1);
    for (int m = 0; m < 16; m++) {
      // June 2020's NAVs stop on the 12th: May→June and June→July are not month-end returns.
      LocalDate last = m == 5 ? month.atDay(12) : month.atEndOfMonth();
      b.add(last, nav);
      nav = nav.multiply(new BigDecimal("1.02")).setScale(8, java.math.RoundingMode.HALF_UP);
      month = month.plusMonths(1);
    }
    b.add(month.atDay(10), nav.multiply(BigDecimal.valueOf(2)));
    ReturnModel.Bootstrap model = (ReturnModel.Bootstrap) ReturnModel.bootstrap(b.build());
    // 16 month-ends, June's not one: 15 − 2 = 13 one-month returns, each 2%.
    assertThat(model.monthlyReturns()).hasSize(13);
    for (double r : model.monthlyReturns()) {
      assertThat(r).isCloseTo(0.02, within(1e-6));
    }
  }

  @Test
  void stepUp_raisesEveryPath() {
    MonteCarlo mc = MonteCarlo.builder().paths(1_000).seed(11).build();
    ReturnModel model = ReturnModel.lognormal(0.10, 0.15);
    double[] flat = mc.simulate(SCENARIO, model).finalValues();
    GoalScenario stepped = new GoalScenario(SCENARIO.initialCorpus(),
        SCENARIO.monthlyInstalment(), StepUp.percent(0.1), SCENARIO.years(), SCENARIO.target(),
        SCENARIO.timing());
    double[] up = mc.simulate(stepped, model).finalValues();
    for (int i = 0; i < flat.length; i++) {
      assertThat(up[i]).isGreaterThan(flat[i]);
    }
  }

  @Test
  void badInputs_nameTheField() {
    assertThatThrownBy(() -> ReturnModel.bootstrap(new double[5]))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("monthlyReturns");
    assertThatThrownBy(() -> ReturnModel.lognormal(0.1, -0.1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("annualVolatility");
    assertThatThrownBy(() -> MonteCarlo.builder().paths(0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("paths");
    assertThatThrownBy(() -> GoalScenario.of(Money.ZERO, Money.ZERO, 0, Money.ofRupees(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("years");
  }

  @Test
  void simulate_null_namesTheArgument() {
    assertThatThrownBy(() -> MonteCarlo.DEFAULT.simulate(null, ReturnModel.normal(0.12, 0.15)))
        .isInstanceOf(NullPointerException.class).hasMessage("scenario");
    assertThatThrownBy(() -> MonteCarlo.DEFAULT.simulate(SCENARIO, null))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
  }
}
