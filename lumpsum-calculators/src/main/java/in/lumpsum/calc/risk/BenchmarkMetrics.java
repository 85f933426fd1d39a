package in.lumpsum.calc.risk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A fund's returns against a benchmark's on their common dates.
 *
 * <p>Both series are cut to the dates they share, and period returns are taken between consecutive
 * common dates, so a holiday in one series never pairs returns of different spans. With
 * {@code r_p}, {@code r_b} the period returns, {@code r_f} the risk-free rate per period and
 * {@code q} periods per year:
 * <ul>
 *   <li>{@code beta = cov(r_p, r_b) / var(r_b)}; {@code rSquared} the squared correlation (the share
 *       of the fund's variance the benchmark explains, Sharpe's single-index model).</li>
 *   <li>{@code alpha} is Jensen's alpha annualised arithmetically:
 *       {@code q (mean(r_p - r_f) - beta mean(r_b - r_f))} (Jensen, "The Performance of Mutual
 *       Funds in the Period 1945-1964", Journal of Finance 23(2), 1968).</li>
 *   <li>{@code trackingError = sd(r_p - r_b) sqrt(q)}; {@code informationRatio = q mean(r_p - r_b) /
 *       trackingError} (Grinold and Kahn, Active Portfolio Management, 2nd ed., ch. 5).</li>
 *   <li>{@code treynor = q (mean(r_p) - r_f) / beta} (Treynor, "How to Rate Management of Investment
 *       Funds", Harvard Business Review 43, 1965).</li>
 *   <li>Up (down) capture: over the periods in which the benchmark rose (fell), the fund's geometric
 *       mean return over the benchmark's, {@code ((prod(1 + r_p))^(1/k) - 1) / ((prod(1 + r_b))^(1/k)
 *       - 1)}, as Morningstar defines its capture ratios ("Morningstar Upside/Downside Capture Ratio"
 *       methodology), here on the series' own periods rather than months.</li>
 * </ul>
 *
 * @param observations the number of period returns on common dates
 * @param startDate the first common date
 * @param endDate the last common date
 * @param periodsPerYear the periods per year inferred from the common dates
 * @param alpha Jensen's alpha, annualised, as a fraction
 * @param beta the fund's beta to the benchmark
 * @param correlation the correlation of period returns, -1 to 1
 * @param rSquared the squared correlation, 0 to 1
 * @param trackingError the annualised standard deviation of the return difference
 * @param informationRatio the annualised mean return difference over the tracking error; empty
 *     when the tracking error is zero
 * @param treynor the annualised excess return per unit of beta; empty when beta is zero
 * @param upCapture the up-market capture ratio (1 is the benchmark's); empty when the benchmark
 *     never rose
 * @param downCapture the down-market capture ratio; empty when the benchmark never fell
 * @since 0.1.0
 */
public record BenchmarkMetrics(int observations, LocalDate startDate, LocalDate endDate,
    double periodsPerYear, double alpha, double beta, double correlation, double rSquared,
    double trackingError, OptionalDouble informationRatio, OptionalDouble treynor,
    OptionalDouble upCapture, OptionalDouble downCapture) {

  /**
   * Creates benchmark metrics.
   *
   * @param observations the number of period returns
   * @param startDate the first common date
   * @param endDate the last common date
   * @param periodsPerYear the periods per year
   * @param alpha Jensen's alpha
   * @param beta the beta
   * @param correlation the correlation
   * @param rSquared the squared correlation
   * @param trackingError the tracking error
   * @param informationRatio the information ratio, or empty
   * @param treynor the Treynor ratio, or empty
   * @param upCapture the up capture, or empty
   * @param downCapture the down capture, or empty
   * @throws NullPointerException if a date or an optional is null
   */
  public BenchmarkMetrics {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(informationRatio, "informationRatio");
    Objects.requireNonNull(treynor, "treynor");
    Objects.requireNonNull(upCapture, "upCapture");
    Objects.requireNonNull(downCapture, "downCapture");
  }
}
