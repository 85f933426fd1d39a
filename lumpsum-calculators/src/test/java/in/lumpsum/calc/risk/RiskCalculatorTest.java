package in.lumpsum.calc.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.RealNavs;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.time.LocalDate;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class RiskCalculatorTest {

  static NavSeries points(String... dateNav) {
    NavSeries.Builder b = NavSeries.builder();
    for (int i = 0; i < dateNav.length; i += 2) {
      b.add(NavPoint.of(LocalDate.parse(dateNav[i]), dateNav[i + 1]));
    }
    return b.build();
  }

  private static double[] returns(NavSeries s) {
    double[] r = new double[s.size() - 1];
    for (int i = 1; i < s.size(); i++) {
      r[i - 1] = s.navAsDouble(i) / s.navAsDouble(i - 1) - 1;
    }
    return r;
  }

  @Test
  void drawdown_peakTroughRecovery_andUlcerIndex() {
    NavSeries s = points("2024-01-01", "100", "2024-01-02", "120", "2024-01-05", "90",
        "2024-01-10", "110", "2024-01-20", "125", "2024-01-31", "100");
    RiskMetrics m = RiskCalculator.DEFAULT.metrics(s);
    Drawdown d = m.maxDrawdown().orElseThrow();
    assertThat(d.depth()).isCloseTo(0.25, within(1e-15));
    assertThat(d.peakDate()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(d.troughDate()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(d.recoveryDate()).contains(LocalDate.of(2024, 1, 20));
    assertThat(d.declineDays()).isEqualTo(3);
    assertThat(d.recoveryDays()).contains(15L);
    assertThat(d.durationDays(m.endDate())).isEqualTo(18);
    // Drawdowns at the six points: 0, 0, 0.25, 1/12, 0, 0.2.
    double ulcer = Math.sqrt((0.25 * 0.25 + 1.0 / 144 + 0.04) / 6);
    assertThat(m.ulcerIndex()).isCloseTo(ulcer, within(1e-15));
    assertThat(m.calmar().orElseThrow()).isCloseTo(m.annualisedReturn() / 0.25, within(1e-12));
  }

  @Test
  void unrecoveredDrawdown_hasNoRecoveryDate_andRunsToTheEnd() {
    NavSeries s = points("2024-01-01", "100", "2024-01-02", "80", "2024-01-03", "90");
    Drawdown d = RiskCalculator.DEFAULT.metrics(s).maxDrawdown().orElseThrow();
    assertThat(d.recoveryDate()).isEmpty();
    assertThat(d.recoveryDays()).isEmpty();
    assertThat(d.durationDays(LocalDate.of(2024, 1, 3))).isEqualTo(2);
  }

  /** Moments, quantile and ratios against Commons Math on the same real returns. */
  @Test
  void utiNiftyFund_momentsAndTails_agreeWithCommonsMath() {
    NavSeries fund = RealNavs.scheme(RealNavs.UTI_NIFTY);
    RiskCalculator calc = RiskCalculator.builder().riskFreeRate(0.065).confidence(0.99).build();
    RiskMetrics m = calc.metrics(fund);
    double[] r = returns(fund);
    DescriptiveStatistics stats = new DescriptiveStatistics(r);
    double q = m.periodsPerYear();
    assertThat(m.observations()).isEqualTo(r.length);
    assertThat(m.meanReturn()).isCloseTo(stats.getMean(), within(1e-15));
    assertThat(m.volatility()).isCloseTo(stats.getStandardDeviation() * Math.sqrt(q),
        within(1e-12));
    assertThat(m.skewness().orElseThrow()).isCloseTo(stats.getSkewness(), within(1e-9));
    assertThat(m.excessKurtosis().orElseThrow()).isCloseTo(stats.getKurtosis(), within(1e-9));
    double quantile = new Percentile().withEstimationType(Percentile.EstimationType.R_7)
        .evaluate(r, 1.0);
    assertThat(m.tailRisk().historicalVar()).isCloseTo(-quantile, within(1e-15));
    double tail = 0;
    int k = 0;
    for (double x : r) {
      if (x <= quantile) {
        tail += x;
        k++;
      }
    }
    assertThat(m.tailRisk().historicalCvar()).isCloseTo(-tail / k, within(1e-15))
        .isGreaterThan(m.tailRisk().historicalVar());
    // z(1%) = -2.3263478740, phi(z) = exp(-z^2 / 2) / sqrt(2 pi) = 0.0266521422.
    double mu = stats.getMean();
    double sd = stats.getStandardDeviation();
    assertThat(m.tailRisk().parametricVar()).isCloseTo(-(mu - 2.3263478740 * sd), within(1e-9));
    assertThat(m.tailRisk().parametricCvar()).isCloseTo(-(mu - sd * 0.0266521422 / 0.01),
        within(1e-9));
    // Sharpe with the risk-free rate compounded down to a period.
    double rf = Math.pow(1.065, 1 / q) - 1;
    assertThat(m.sharpe().orElseThrow()).isCloseTo((mu - rf) / sd * Math.sqrt(q), within(1e-12));
    // Fat tails: daily equity returns have positive excess kurtosis.
    assertThat(m.excessKurtosis().orElseThrow()).isGreaterThan(3);
  }

  @Test
  void periodsPerYear_inferredFromDates_equityAbout248_liquidAbout365() {
    RiskMetrics equity = RiskCalculator.DEFAULT.metrics(RealNavs.scheme(RealNavs.UTI_NIFTY));
    assertThat(equity.periodsPerYear()).isBetween(235.0, 255.0);
    RiskMetrics liquid = RiskCalculator.DEFAULT.metrics(RealNavs.scheme(
        "nav-history-2016-utkarshohm/selected-schemes/UTIMoneyMarketRetailGrowth.csv"));
    assertThat(liquid.periodsPerYear()).isBetween(350.0, 366.0);
    RiskMetrics fixed = RiskCalculator.builder().periodsPerYear(12).build()
        .metrics(RealNavs.scheme(RealNavs.UTI_NIFTY));
    assertThat(fixed.periodsPerYear()).isEqualTo(12);
  }

  /**
   * The real-data check: an index fund against its index on common dates. UTI Nifty Fund
   * (NAV with dividends reinvested, less costs and cash drag) against the NIFTY 50 price index.
   * Beta and R-squared are first checked against Commons Math's regression on the same returns.
   *
   * <p>Tolerances, from one run (beta 0.986 and R-squared 0.9939 over 2000-2016; 0.995 and 0.99937
   * from 2010): the NAVs are rounded to 2 decimals, which at a NAV near 10 (2000-2004) adds noise of
   * about 0.04% to each daily return against a daily volatility near 1.5%, capping R-squared near
   * 0.9993 by itself; early years also show more tracking error. So the whole history is held to
   * beta 0.99 +/- 0.01 and R-squared above 0.99, and the years from 2010, at NAVs of 30 to 45, to
   * beta 0.99 +/- 0.01 and R-squared 0.999 +/- 0.0005.
   */
  @Test
  void utiNiftyFund_againstNifty50_betaAndRSquared() {
    NavSeries fund = RealNavs.scheme(RealNavs.UTI_NIFTY);
    NavSeries nifty = RealNavs.index(RealNavs.NIFTY_50);
    RiskCalculator calc = RiskCalculator.builder().riskFreeRate(0.065).build();
    BenchmarkMetrics b = calc.metrics(fund, nifty).benchmark().orElseThrow();

    SimpleRegression regression = new SimpleRegression();
    double previousFund = Double.NaN;
    double previousIndex = Double.NaN;
    int common = 0;
    for (int i = 0; i < fund.size(); i++) {
      int j = nifty.indexOf(fund.dateAt(i));
      if (j < 0) {
        continue;
      }
      common++;
      double f = fund.navAsDouble(i);
      double x = nifty.navAsDouble(j);
      if (!Double.isNaN(previousFund)) {
        regression.addData(x / previousIndex - 1, f / previousFund - 1);
      }
      previousFund = f;
      previousIndex = x;
    }
    assertThat(b.observations()).isEqualTo(common - 1);
    assertThat(b.beta()).isCloseTo(regression.getSlope(), within(1e-12));
    assertThat(b.rSquared()).isCloseTo(regression.getRSquare(), within(1e-12));
    assertThat(b.beta()).isCloseTo(0.99, within(0.01));
    assertThat(b.rSquared()).isGreaterThan(0.99);
    assertThat(b.upCapture().orElseThrow()).isCloseTo(1.0, within(0.02));
    assertThat(b.downCapture().orElseThrow()).isCloseTo(1.0, within(0.02));

    NavSeries since2010 = NavSeries.of(fund.toList().stream()
        .filter(p -> p.date().getYear() >= 2010).toList());
    BenchmarkMetrics late = calc.metrics(since2010, nifty).benchmark().orElseThrow();
    assertThat(late.beta()).isCloseTo(0.99, within(0.01));
    assertThat(late.rSquared()).isCloseTo(0.999, within(0.0005));
    assertThat(late.trackingError()).isLessThan(0.01);
  }

  @Test
  void benchmarkIsTheSeries_betaOne_noTrackingError() {
    NavSeries s = RealNavs.scheme(RealNavs.UTI_NIFTY);
    BenchmarkMetrics b = RiskCalculator.DEFAULT.metrics(s, s).benchmark().orElseThrow();
    assertThat(b.beta()).isCloseTo(1.0, within(1e-12));
    assertThat(b.rSquared()).isCloseTo(1.0, within(1e-12));
    assertThat(b.alpha()).isCloseTo(0.0, within(1e-12));
    assertThat(b.trackingError()).isZero();
    assertThat(b.informationRatio()).isEmpty();
    assertThat(b.upCapture().orElseThrow()).isCloseTo(1.0, within(1e-12));
    assertThat(b.downCapture().orElseThrow()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void tooShort_orNoCommonDates_orFlatBenchmark_throwNamingTheArgument() {
    NavSeries two = points("2024-01-01", "10", "2024-01-02", "11");
    assertThatThrownBy(() -> RiskCalculator.DEFAULT.metrics(two))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("series");
    NavSeries a = points("2024-01-01", "10", "2024-01-02", "11", "2024-01-03", "12");
    NavSeries b = points("2025-01-01", "10", "2025-01-02", "11", "2025-01-03", "12");
    assertThatThrownBy(() -> RiskCalculator.DEFAULT.metrics(a, b))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("benchmark");
    NavSeries flat = points("2024-01-01", "10", "2024-01-02", "10", "2024-01-03", "10");
    assertThatThrownBy(() -> RiskCalculator.DEFAULT.metrics(a, flat))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("does not move");
    assertThatThrownBy(() -> RiskCalculator.builder().riskFreeRate(6.5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("0.065");
  }

  @Test
  void normalQuantile_matchesTables() {
    // Standard normal quantiles to 10 digits (Abramowitz and Stegun, table 26.5).
    assertThat(RiskCalculator.normalQuantile(0.05)).isCloseTo(-1.6448536270, within(1e-10));
    assertThat(RiskCalculator.normalQuantile(0.01)).isCloseTo(-2.3263478740, within(1e-10));
    assertThat(RiskCalculator.normalQuantile(0.001)).isCloseTo(-3.0902323062, within(1e-10));
  }

  /**
   * Every ratio against the textbook formulas written out here, on twelve month-end values of a
   * fund and a benchmark with 12 periods a year and a 6% risk-free rate.
   */
  @Test
  void ratios_matchTheFormulasWrittenOut() {
    String[] dates = {"2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30", "2023-05-31",
        "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-11-30",
        "2023-12-31"};
    String[] fundNavs = {"100", "103", "101", "106", "104", "99", "102", "108", "107", "111",
        "109", "115"};
    String[] benchNavs = {"1000", "1020", "1015", "1050", "1030", "990", "1010", "1060", "1055",
        "1080", "1070", "1110"};
    NavSeries.Builder f = NavSeries.builder();
    NavSeries.Builder b = NavSeries.builder();
    for (int i = 0; i < dates.length; i++) {
      f.add(NavPoint.of(LocalDate.parse(dates[i]), fundNavs[i]));
      b.add(NavPoint.of(LocalDate.parse(dates[i]), benchNavs[i]));
    }
    RiskMetrics m = RiskCalculator.builder().periodsPerYear(12).riskFreeRate(0.06).build()
        .metrics(f.build(), b.build());
    double q = 12;
    double rf = Math.pow(1.06, 1 / q) - 1;
    int n = dates.length - 1;
    double[] rp = new double[n];
    double[] rb = new double[n];
    for (int i = 0; i < n; i++) {
      rp[i] = Double.parseDouble(fundNavs[i + 1]) / Double.parseDouble(fundNavs[i]) - 1;
      rb[i] = Double.parseDouble(benchNavs[i + 1]) / Double.parseDouble(benchNavs[i]) - 1;
    }
    double meanP = new DescriptiveStatistics(rp).getMean();
    double meanB = new DescriptiveStatistics(rb).getMean();
    double down = 0;
    double gains = 0;
    double losses = 0;
    for (double r : rp) {
      down += Math.pow(Math.min(r - rf, 0), 2);
      gains += Math.max(r - rf, 0);
      losses += Math.max(rf - r, 0);
    }
    double downside = Math.sqrt(down / n);
    assertThat(m.downsideDeviation()).isCloseTo(downside * Math.sqrt(q), within(1e-15));
    assertThat(m.sortino().orElseThrow()).isCloseTo((meanP - rf) * q / (downside * Math.sqrt(q)),
        within(1e-12));
    assertThat(m.omega().orElseThrow()).isCloseTo(gains / losses, within(1e-12));

    SimpleRegression reg = new SimpleRegression();
    double[] active = new double[n];
    for (int i = 0; i < n; i++) {
      reg.addData(rb[i], rp[i]);
      active[i] = rp[i] - rb[i];
    }
    double beta = reg.getSlope();
    double te = new DescriptiveStatistics(active).getStandardDeviation() * Math.sqrt(q);
    BenchmarkMetrics bm = m.benchmark().orElseThrow();
    assertThat(bm.beta()).isCloseTo(beta, within(1e-12));
    assertThat(bm.alpha()).isCloseTo(q * ((meanP - rf) - beta * (meanB - rf)), within(1e-12));
    assertThat(bm.trackingError()).isCloseTo(te, within(1e-12));
    assertThat(bm.informationRatio().orElseThrow()).isCloseTo(q * (meanP - meanB) / te,
        within(1e-12));
    assertThat(bm.treynor().orElseThrow()).isCloseTo(q * (meanP - rf) / beta, within(1e-12));
    // Morningstar-style capture: geometric means over the benchmark's up (down) periods.
    double upP = 1;
    double upB = 1;
    int up = 0;
    double downP = 1;
    double downB = 1;
    int dn = 0;
    for (int i = 0; i < n; i++) {
      if (rb[i] > 0) {
        upP *= 1 + rp[i];
        upB *= 1 + rb[i];
        up++;
      } else if (rb[i] < 0) {
        downP *= 1 + rp[i];
        downB *= 1 + rb[i];
        dn++;
      }
    }
    assertThat(bm.upCapture().orElseThrow()).isCloseTo(
        (Math.pow(upP, 1.0 / up) - 1) / (Math.pow(upB, 1.0 / up) - 1), within(1e-12));
    assertThat(bm.downCapture().orElseThrow()).isCloseTo(
        (Math.pow(downP, 1.0 / dn) - 1) / (Math.pow(downB, 1.0 / dn) - 1), within(1e-12));
    assertThat(bm.periodsPerYear()).isEqualTo(12);
  }
}
