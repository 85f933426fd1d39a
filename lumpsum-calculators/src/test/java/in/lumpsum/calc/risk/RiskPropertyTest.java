package in.lumpsum.calc.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.returns.NavReturns;
import in.lumpsum.calc.returns.RollingReturns;
import in.lumpsum.calc.returns.TrailingPeriod;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RiskPropertyTest {

  private static final LocalDate START = LocalDate.of(2012, 1, 2);

  /** A random walk of NAVs at 4 decimals on random business-like dates. */
  static NavSeries walk(long seed, int points, long scale) {
    return walk(seed, seed, points, scale);
  }

  /** As {@link #walk(long, int, long)}, the dates from one seed and the NAVs from another. */
  static NavSeries walk(long dateSeed, long navSeed, int points, long scale) {
    SplittableRandom dates = new SplittableRandom(dateSeed);
    SplittableRandom random = new SplittableRandom(navSeed ^ 0x5DEECE66DL);
    NavSeries.Builder b = NavSeries.builder();
    LocalDate date = START;
    long nav = 100_000; // 10.0000 in units of 0.0001
    for (int i = 0; i < points; i++) {
      b.add(new NavPoint(date, BigDecimal.valueOf(nav * scale, 4)));
      date = date.plusDays(1 + (dates.nextInt(7) == 0 ? 2 : 0));
      nav = Math.max(1, Math.round(nav * (1 + 0.012 * random.nextGaussian() + 0.0004)));
    }
    return b.build();
  }

  @Property(tries = 60)
  void scalingTheSeries_leavesEveryMetricUnchanged(@ForAll @LongRange(min = 1) long seed,
      @ForAll @IntRange(min = 3, max = 900) int points, @ForAll @IntRange(min = 2, max = 1000)
      int scale) {
    NavSeries s = walk(seed, points, 1);
    NavSeries scaled = walk(seed, points, scale);
    RiskCalculator calc = RiskCalculator.builder().riskFreeRate(0.06).build();
    RiskMetrics a = calc.metrics(s, walk(seed, seed + 1, points, 1));
    RiskMetrics b = calc.metrics(scaled, walk(seed, seed + 1, points, 7));
    close(b.volatility(), a.volatility());
    close(b.annualisedReturn(), a.annualisedReturn());
    close(b.maxDrawdownDepth(), a.maxDrawdownDepth());
    close(b.ulcerIndex(), a.ulcerIndex());
    close(b.tailRisk().historicalVar(), a.tailRisk().historicalVar());
    assertThat(b.benchmark().orElseThrow().beta())
        .isCloseTo(a.benchmark().orElseThrow().beta(), within(1e-9));
    LocalDate end = s.lastDate().orElseThrow();
    for (TrailingPeriod p : List.of(TrailingPeriod.ONE_MONTH, TrailingPeriod.ONE_YEAR,
        TrailingPeriod.THREE_YEARS)) {
      var plain = NavReturns.trailing(s, end, p).toOptional();
      var lifted = NavReturns.trailing(scaled, end, p).toOptional();
      assertThat(lifted.isPresent()).isEqualTo(plain.isPresent());
      if (plain.isPresent()) {
        close(lifted.getAsDouble(), plain.getAsDouble());
      }
    }
  }

  /** Equal to a relative 1e-10: the scaled NAVs are exact, only the arithmetic rounds. */
  private static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
  }

  @Property(tries = 30)
  void constantSeries_hasNoVolatilityNoDrawdown_andNoUndefinedRatio(
      @ForAll @IntRange(min = 3, max = 2000) int points,
      @ForAll @IntRange(min = 1, max = 99_999) int nav) {
    NavSeries.Builder b = NavSeries.builder();
    for (int i = 0; i < points; i++) {
      b.add(new NavPoint(START.plusDays(i), BigDecimal.valueOf(nav, 2)));
    }
    RiskMetrics m = RiskCalculator.DEFAULT.metrics(b.build());
    assertThat(m.volatility()).isZero();
    assertThat(m.downsideDeviation()).isZero();
    assertThat(m.maxDrawdown()).isEmpty();
    assertThat(m.maxDrawdownDepth()).isZero();
    assertThat(m.ulcerIndex()).isZero();
    assertThat(m.annualisedReturn()).isZero();
    assertThat(m.sharpe()).isEmpty();
    assertThat(m.sortino()).isEmpty();
    assertThat(m.calmar()).isEmpty();
    assertThat(m.skewness()).isEmpty();
    assertThat(m.tailRisk().historicalVar()).isZero();
  }

  @Property(tries = 20)
  void rollingWindows_liftedSeries_sameRates(@ForAll @LongRange(min = 1) long seed,
      @ForAll @IntRange(min = 2, max = 50) int scale) {
    NavSeries s = walk(seed, 1200, 1);
    NavSeries scaled = walk(seed, 1200, scale);
    var a = RollingReturns.sip(s, Period.ofYears(1));
    var b = RollingReturns.sip(scaled, Period.ofYears(1));
    assertThat(b.size()).isEqualTo(a.size()).isPositive();
    for (int i = 0; i < a.size(); i += 17) {
      assertThat(b.value(i)).isCloseTo(a.value(i), within(1e-9));
    }
  }
}
