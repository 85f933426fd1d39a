package in.lumpsum.calc.returns;

/**
 * The XIRR of one SIP window: equal instalments paid at day offsets {@code t_0 = 0 <= t_1 <= ...}
 * and their value received at {@code T > t_0}. Reused from window to window with no allocation.
 * Not thread-safe: one instance per computation.
 *
 * <p>With one payment stream followed by one receipt the flows change sign once, so the rate is
 * unique (Descartes' rule of signs) and always exists. In the continuous rate {@code x = ln(1 + r)}
 * the solver works on
 * <pre>{@code
 * g(x) = ln V - x T / 365 - ln sum_k exp(-x t_k / 365)
 * }</pre>
 * (log of received over paid present value; {@code V} the value per unit instalment), which is
 * strictly decreasing ({@code g' = -(T - mean_w t) / 365 < 0}) and concave ({@code g'' = -var_w t /
 * 365^2}), so Newton's method converges from any start: after the first step every iterate lies at
 * or above the root and falls monotonically to it. Started from the previous window's rate, which
 * differs by a fraction of a percent, it needs one or two steps of one {@code exp} per
 * instalment: it stops as soon as the error left after a step, about {@code |g'' / 2g'|} times
 * the step squared, is a tenth of the tolerance. The sum is taken relative to its largest term, so nothing overflows at any rate.
 */
final class SipWindowSolver {

  private static final double TOLERANCE = 1.0e-10;
  private static final int MAX_ITERATIONS = 100;

  private int iterations;

  /**
   * Solves for {@code x = ln(1 + r)}; returns {@code NaN} if the iteration limit is reached.
   *
   * @param t instalment day offsets, ascending, {@code t[0] = 0}
   * @param m the number of instalments
   * @param total the day offset of the value, after {@code t[0]}
   * @param value the value received per unit instalment, above zero
   * @param start the first estimate of {@code x}
   */
  double solve(int[] t, int m, int total, double value, double start) {
    double lnValue = Math.log(value);
    double x = Double.isFinite(start) ? start : 0.0;
    int last = t[m - 1];
    for (int k = 0; k < MAX_ITERATIONS; k++) {
      iterations++;
      double c = x / Xirr.DAYS_PER_YEAR;
      // The largest term: t = 0 when x >= 0, t = last when x < 0.
      int pivot = x >= 0 ? 0 : last;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      for (int i = 0; i < m; i++) {
        int d = t[i] - pivot;
        double e = Math.exp(-c * d);
        double ed = e * d;
        s0 += e;
        s1 += ed;
        s2 += ed * d;
      }
      double mean = s1 / s0;
      double g = lnValue - c * total - (-c * pivot + Math.log(s0));
      double slope = (mean + pivot - total) / Xirr.DAYS_PER_YEAR;
      double step = -g / slope;
      x += step;
      // g'' = -var_w(t) / 365^2: a Newton step leaves an error of about |g'' / 2g'| step^2, so
      // when that is a tenth of the tolerance the step just taken is the last one needed.
      double curvature = (s2 / s0 - mean * mean)
          / (Xirr.DAYS_PER_YEAR * Xirr.DAYS_PER_YEAR * 2 * Math.abs(slope));
      if (Math.abs(step) <= TOLERANCE || curvature * step * step <= 0.1 * TOLERANCE) {
        return x;
      }
    }
    return Double.NaN;
  }

  /** The number of evaluations so far, over all windows. */
  int iterations() {
    return iterations;
  }
}
