package in.lumpsum.calc.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An independent check of where the net present value of dated flows changes sign, over the
 * solver's whole domain of {@code x = ln(1 + r)}: from {@link RateSolver#MIN_X} (the lowest rate
 * above -100% the solver considers) to {@link Xirr#MAX_CONTINUOUS_RATE} (the largest rate a
 * {@code double} holds). Written without the solver: the flows are merged by date exactly (in
 * {@link BigDecimal}), and the net present value is evaluated the plain way, one {@code exp} per
 * merged flow, with a rigorous bound on its rounding error, so that every sign the grid reports is
 * certain (a point whose value is within its error bound has sign 0, "unknown").
 *
 * <p>The grid is uniform in {@code x} (so dense near -100%: r = -99.99% is x = -9.2, and a step
 * of 0.004 in x is a relative step of 0.4% in {@code 1 + r}) from {@code -UNIFORM} to
 * {@code +UNIFORM}, and geometric in {@code |x|} beyond, out to both bounds of the domain.
 */
final class NpvGrid {

  /** The half-width of the uniform part of the grid, in x. */
  static final double UNIFORM = 50.0;
  /** The step of the uniform part. */
  static final double STEP = 0.004;
  /** The ratio of the geometric parts. */
  static final double RATIO = 1.002;

  private static final double U = Math.ulp(1.0) / 2;
  private static final double[] GRID = grid();

  /** Merged flows: days from the earliest, amounts, both in date order; no zero amount. */
  private final long[] days;
  private final double[] amounts;
  private final int[] signs;

  private NpvGrid(long[] days, double[] amounts) {
    this.days = days;
    this.amounts = amounts;
    // No flow, no value to sign: every point stays unknown.
    this.signs = new int[GRID.length];
    for (int k = 0; k < GRID.length && amounts.length > 0; k++) {
      signs[k] = certainSign(GRID[k]);
    }
  }

  /** Merges the flows by date (exactly) and evaluates the sign at every grid point. */
  static NpvGrid of(List<CashFlow> flows) {
    TreeMap<Long, BigDecimal> merged = new TreeMap<>();
    for (CashFlow cf : flows) {
      merged.merge(cf.date().toEpochDay(), new BigDecimal(cf.amount()), BigDecimal::add);
    }
    merged.values().removeIf(v -> v.signum() == 0);
    long[] days = new long[merged.size()];
    double[] amounts = new double[merged.size()];
    int i = 0;
    long first = merged.isEmpty() ? 0 : merged.firstKey();
    for (Map.Entry<Long, BigDecimal> e : merged.entrySet()) {
      days[i] = e.getKey() - first;
      amounts[i] = e.getValue().doubleValue();
      i++;
    }
    return new NpvGrid(days, amounts);
  }

  /** The x of every grid point, ascending, from {@code MIN_X} to {@code MAX_CONTINUOUS_RATE}. */
  private static double[] grid() {
    List<Double> negative = new ArrayList<>();
    for (double g = UNIFORM * RATIO; g < -RateSolver.MIN_X; g *= RATIO) {
      negative.add(-g);
    }
    negative.add(RateSolver.MIN_X);
    List<Double> all = new ArrayList<>();
    for (int k = negative.size() - 1; k >= 0; k--) {
      all.add(negative.get(k));
    }
    long steps = Math.round(UNIFORM / STEP);
    for (long k = -steps; k <= steps; k++) {
      all.add(k * STEP);
    }
    for (double g = UNIFORM * RATIO; g < Xirr.MAX_CONTINUOUS_RATE; g *= RATIO) {
      all.add(g);
    }
    all.add(Xirr.MAX_CONTINUOUS_RATE);
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The number of merged, non-zero flows. */
  int size() {
    return amounts.length;
  }

  /** The sign of every merged flow, in date order. */
  int[] flowSigns() {
    int[] s = new int[amounts.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = (int) Math.signum(amounts[i]);
    }
    return s;
  }

  /** The sign of the net present value as {@code r -> +inf}: the earliest flow's. */
  int signAtPlusInfinity() {
    return (int) Math.signum(amounts[0]);
  }

  /** The sign of the net present value as {@code r -> -100%}: the latest flow's. */
  int signAtMinusInfinity() {
    return (int) Math.signum(amounts[amounts.length - 1]);
  }

  /** The certain sign at the highest grid point, {@code x = MAX_CONTINUOUS_RATE}, or 0. */
  int signAtMax() {
    return signs[signs.length - 1];
  }

  /** The certain sign at the lowest grid point, {@code x = MIN_X}, or 0. */
  int signAtMin() {
    return signs[0];
  }

  /**
   * The grid cells across which the net present value certainly changes sign: pairs {@code {lo,
   * hi}} in x of consecutive points with a certain sign (points of unknown sign between them are
   * skipped). Each holds a root (an odd number of them) by continuity.
   */
  List<double[]> signChanges() {
    List<double[]> cells = new ArrayList<>();
    int previous = -1;
    for (int k = 0; k < GRID.length; k++) {
      if (signs[k] == 0) {
        continue;
      }
      if (previous >= 0 && signs[k] != signs[previous]) {
        cells.add(new double[] {GRID[previous], GRID[k]});
      }
      previous = k;
    }
    return cells;
  }

  /** The number of grid points whose sign is unknown (the value is within its error bound). */
  int unknownPoints() {
    int unknown = 0;
    for (int s : signs) {
      if (s == 0) {
        unknown++;
      }
    }
    return unknown;
  }

  /**
   * The root in a cell from {@link #signChanges()}, by 200 bisections on the plain sign of the
   * net present value: the reference a rate is checked against.
   */
  double bisect(double[] cell) {
    double lo = cell[0];
    double hi = cell[1];
    double sLo = Math.signum(npv(lo)[0]);
    for (int i = 0; i < 200 && hi - lo > 0; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi) {
        break;
      }
      double s = Math.signum(npv(mid)[0]);
      if (s == 0) {
        return mid;
      } else if (s == sLo) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** The sign of the net present value at x if it exceeds its error bound, else 0. */
  int certainSign(double x) {
    double[] v = npv(x);
    return v[0] > v[1] ? 1 : v[0] < -v[1] ? -1 : 0;
  }

  /**
   * The net present value at {@code x = ln(1 + r)}, scaled by the positive factor that makes the
   * largest discount factor one (the earliest flow's when {@code x >= 0}, the latest's when
   * {@code x < 0}, so nothing overflows), and a bound on its rounding error: {@code {value,
   * bound}}.
   *
   * <p>The bound: each exponent {@code -x (t_i - t_p) / 365} is computed with at most two
   * roundings, an absolute error of {@code 2u|e_i|} that becomes a relative error of the factor;
   * {@code exp} and the product add at most {@code 2u} more; a recursive sum of {@code n} terms
   * adds at most {@code (n - 1) u} times the sum of their magnitudes. The bound doubles all that,
   * and adds the largest amount times {@code 1e-300} for factors that underflow to zero.
   */
  double[] npv(double x) {
    int n = amounts.length;
    long pivot = x >= 0 ? days[0] : days[n - 1];
    double sum = 0;
    double bound = 0;
    double largest = 0;
    for (int i = 0; i < n; i++) {
      double e = -x * (days[i] - pivot) / Xirr.DAYS_PER_YEAR;
      double term = amounts[i] * Math.exp(e);
      sum += term;
      bound += Math.abs(term) * (2 * Math.abs(e) + 3 + n);
      largest = Math.max(largest, Math.abs(amounts[i]));
    }
    return new double[] {sum, 2 * U * bound + largest * 1e-300};
  }
}
