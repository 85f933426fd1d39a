package in.lumpsum.calc.returns;

import java.util.Objects;

/**
 * The distribution of rolling returns over all windows: extremes, centre, percentiles and the
 * share of windows below zero and above a threshold.
 *
 * <p>Percentiles interpolate linearly between order statistics, {@code x[(n - 1) p]} (type 7 of
 * Hyndman and Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50(4),
 * 1996; spreadsheet {@code PERCENTILE.INC}, NumPy's default).
 *
 * @param windows the number of windows, at least one
 * @param min the lowest return, as a fraction
 * @param max the highest return
 * @param mean the arithmetic mean of the windows' returns
 * @param median the 50th percentile
 * @param p5 the 5th percentile
 * @param p25 the 25th percentile
 * @param p75 the 75th percentile
 * @param p95 the 95th percentile
 * @param shareBelowZero the fraction of windows with a return below zero, 0 to 1
 * @param threshold the threshold of {@code shareAboveThreshold}, as a fraction
 * @param shareAboveThreshold the fraction of windows with a return above {@code threshold}
 * @param worst the window with the lowest return (the earliest if tied)
 * @param best the window with the highest return (the earliest if tied)
 * @since 0.1.0
 */
public record RollingSummary(int windows, double min, double max, double mean, double median,
    double p5, double p25, double p75, double p95, double shareBelowZero, double threshold,
    double shareAboveThreshold, RollingWindow worst, RollingWindow best) {

  /**
   * Creates a summary.
   *
   * @param windows the number of windows
   * @param min the lowest return
   * @param max the highest return
   * @param mean the mean return
   * @param median the median return
   * @param p5 the 5th percentile
   * @param p25 the 25th percentile
   * @param p75 the 75th percentile
   * @param p95 the 95th percentile
   * @param shareBelowZero the fraction of windows below zero
   * @param threshold the threshold
   * @param shareAboveThreshold the fraction of windows above the threshold
   * @param worst the worst window
   * @param best the best window
   * @throws NullPointerException if {@code worst} or {@code best} is null
   */
  public RollingSummary {
    Objects.requireNonNull(worst, "worst");
    Objects.requireNonNull(best, "best");
  }
}
