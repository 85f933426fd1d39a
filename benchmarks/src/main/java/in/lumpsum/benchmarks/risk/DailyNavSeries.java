package in.lumpsum.benchmarks.risk;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeded daily NAV series for the risk and rolling-return benchmarks: Monday to Friday from
 * 2006-01-02, less about 12 market holidays a year (about 249 NAVs a year, as an Indian equity
 * fund), a geometric random walk with 1.3% daily volatility and 12% drift a year, rounded to 4
 * decimals. A benchmark series shares the dates and moves with the fund (correlation about 0.99).
 * Made-up data, labelled as such; the same seed gives the same series.
 */
public final class DailyNavSeries {

  private DailyNavSeries() {
  }

  /**
   * Returns a fund and its benchmark over the same dates.
   *
   * @param years the number of years
   * @param seed the seed
   * @return two series: index 0 the fund, index 1 the benchmark
   */
  public static NavSeries[] fundAndBenchmark(int years, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NavSeries.Builder fund = NavSeries.builder();
    NavSeries.Builder bench = NavSeries.builder();
    LocalDate start = LocalDate.of(2006, 1, 2);
    LocalDate end = start.plusYears(years);
    double f = 10.0;
    double b = 1000.0;
    double drift = Math.log(1.12) / 249;
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
      DayOfWeek w = d.getDayOfWeek();
      if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY || random.nextInt(21) == 0) {
        continue;
      }
      double market = 0.013 * random.nextGaussian();
      b *= Math.exp(drift + market);
      f *= Math.exp(drift + market + 0.0015 * random.nextGaussian());
      fund.add(new NavPoint(d, BigDecimal.valueOf(f).setScale(4, java.math.RoundingMode.HALF_UP)));
      bench.add(new NavPoint(d, BigDecimal.valueOf(b).setScale(2, java.math.RoundingMode.HALF_UP)));
    }
    return new NavSeries[] {fund.build(), bench.build()};
  }
}
