package in.lumpsum.calc.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the roots of {@code f(x) = sum a_i exp(-x w_i)}, the net present value written in the
 * continuous rate {@code x = ln(1 + r)}, for one set of merged flows. Not thread-safe: one instance
 * per solve.
 *
 * <p>Why the log domain: {@code r} in (-1, +inf) becomes {@code x} in (-inf, +inf), the flows'
 * discount factors become plain exponentials, a rate of -99.99% is {@code x = -9.2} rather than a
 * point squeezed against a pole, and Descartes' rule of signs applies to the flows ordered by date
 * (an exponential sum has at most as many real zeros as its coefficients have sign changes).
 *
 * <p>The algorithm:
 * <ol>
 *   <li>Bound the roots on each side of {@code r = 0} with Laguerre's rule on running totals: the
 *       zeros with {@code r > 0} are at most the sign changes of the prefix sums of the flows, those
 *       with {@code r < 0} at most the sign changes of the suffix sums (Norstrom's criterion for a
 *       unique positive IRR is the first bound equal to one). A side whose bound is one has a root
 *       exactly when {@code f} changes sign between {@code x = 0} and that side's infinity, whose
 *       sign is the first (or last) flow's: a bracket without a single evaluation.</li>
 *   <li>A side whose bound is two or more is scanned on a geometric grid in {@code |x|} to find
 *       sign changes; each becomes a bracket. A cell where {@code f} turns (told by the signs of
 *       {@code f'} and {@code f''} at its ends) is split at its turning points first, so two or
 *       three roots closer together than the grid are found too, and a turning point where
 *       {@code f} is zero to rounding is a double root.</li>
 *   <li>Each bracket is polished by Halley's method (Newton's when Halley's correction is large) on
 *       {@code g = ln(P / N)}, the log of the ratio of the present values of the money received and
 *       paid, which has the roots and signs of {@code f} but is nearly linear; it falls back to
 *       bisection, in {@code asinh(x)} so that a bracket spanning orders of magnitude shrinks
 *       geometrically, whenever a step leaves the bracket or does not halve (as in Numerical
 *       Recipes' {@code rtsafe}). From the first estimate (each side's money collapsed to its mean
 *       date, then refined by the variance of each side's dates) it typically takes two
 *       evaluations.</li>
 * </ol>
 *
 * <p>Each evaluation yields {@code f}, {@code f'}, {@code f''} and the same three sums over the
 * received flows alone, in one pass. {@code f} is scaled
 * by {@code exp(x w_pivot)} with the pivot at the first flow when {@code x >= 0} and at the last
 * when {@code x < 0}, so every discount factor is at most 1 and nothing overflows; the scaling is
 * positive and does not move the roots. For 48 flows or more the factors come from a running
 * product: {@code exp(-c t_i) = exp(-c t_(i-1)) * exp(-c gap)}, with {@code exp(-c gap)} read from
 * two small tables ({@code gap mod 64} and {@code gap / 64}), so a pass costs about one multiply per
 * flow instead of one {@code exp}; a factor after a gap of 1024 or more is recomputed with
 * {@code exp}. The product is not otherwise re-anchored (an {@code exp} every 32 flows cost a third
 * of a pass, since the call stays in the loop): each step adds at most two roundings, so after
 * {@code n} flows a factor is within about {@code n} ulps of {@code exp} (1e-12 relative at 10,000
 * flows, about 1e-14 typically, as the roundings are random), and each table entry's own rounding
 * is the same wherever its gap recurs, which acts like a shift of the rate by about 1e-14. Both are
 * far below the tolerance. The received flows' three sums are taken in a second, short pass over
 * the factors the first pass stored (an investor's flows are mostly purchases). Times are weighted
 * in days in the passes and scaled to years once.
 */
final class RateSolver {

  static final double MAX_X = Xirr.MAX_CONTINUOUS_RATE;
  static final double MIN_X = -1.0e7;
  private static final double LN_1_1 = Math.log1p(0.1);

  private static final int DIRECT_BELOW = 48;
  private static final int GAP_LIMIT = 64 * 16;
  /** Factors below this are flushed to zero: they cannot matter and subnormals are slow. */
  private static final double TINY = 1.0e-290;
  private static final double GRID_START = 1.0e-6;
  private static final double GRID_RATIO = 1.25;
  /**
   * Evaluations allowed to find where a scan cell splits ({@link #turn}, {@link #stationary}):
   * apart from {@code maxIterations}, which bounds each root's polish.
   */
  private static final int SPLIT_ITERATIONS = 100;
  /** Units in the last place, per flow, within which a turning point's value is a root. */
  private static final int TOUCH_ULPS = 16;

  private static final int OK = 0;
  private static final int NOT_CONVERGED = 1;
  private static final int BEYOND_RANGE = 2;

  private final int[] time;
  private final double[] amount;
  private final int m;
  private final double unit;
  private final double tolerance;
  private final int maxIterations;

  /** The indices of the received flows, {@code a_i > 0}, the first {@link #receivedCount}. */
  private final int[] receivedIndex;
  private int receivedCount;
  /** The running path's discount factors of the last evaluation, by flow. */
  private double[] factor;
  private double[] low;
  private double[] high;
  private int lowSize;
  private int highSize;

  private int evaluations;
  private double d1;
  private double d2;
  private double p0;
  private double p1;
  private double p2;
  /** {@code |g'' / 2g'|} at the last step: a Newton step leaves about this times its square. */
  private double stepCurvature;
  private boolean bisected;
  private int status;
  private double lastX = Double.NaN;

  RateSolver(Flows flows, double tolerance, int maxIterations) {
    this.time = flows.time;
    this.amount = flows.amount;
    this.m = flows.size;
    this.unit = flows.unit;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.receivedIndex = new int[m];
  }

  XirrResult solve(double guess) {
    if (m == 0) {
      return new XirrResult.NoRate(XirrResult.Reason.EMPTY,
          "no non-zero cash flow (after merging same-day flows)", 0, Double.NaN);
    }
    // One pass for everything the solver needs to know before evaluating anything: the paid and
    // received totals and their mean dates, sign changes, running totals forwards and backwards
    // (two chains of additions in one loop overlap), the widest gap.
    double paid = 0;
    double paidTime = 0;
    double paidTime2 = 0;
    double received = 0;
    double receivedTime = 0;
    double receivedTime2 = 0;
    double total = 0;
    int signChanges = 0;
    int prefixChanges = 0;
    int prefixSign = 0;
    double suffix = 0;
    int suffixChanges = 0;
    int suffixSign = 0;
    int maxGap = 0;
    int[] receivedIndex = this.receivedIndex;
    int receivedCount = 0;
    boolean previousNegative = amount[0] < 0;
    for (int i = 0; i < m; i++) {
      double a = amount[i];
      int t = time[i];
      boolean negative = a < 0;
      if (negative) {
        paid -= a;
        paidTime -= a * t;
        paidTime2 -= a * t * (double) t;
      } else {
        // Every merged amount is non-zero: this one is received.
        received += a;
        receivedTime += a * t;
        receivedTime2 += a * t * (double) t;
        receivedIndex[receivedCount++] = i;
      }
      if (negative != previousNegative) {
        signChanges++;
        previousNegative = negative;
      }
      if (i > 0) {
        maxGap = Math.max(maxGap, t - time[i - 1]);
      }
      total += a;
      int s = total > 0 ? 1 : total < 0 ? -1 : prefixSign;
      if (s != prefixSign) {
        if (prefixSign != 0) {
          prefixChanges++;
        }
        prefixSign = s;
      }
      suffix += amount[m - 1 - i];
      int r = suffix > 0 ? 1 : suffix < 0 ? -1 : suffixSign;
      if (r != suffixSign) {
        if (suffixSign != 0) {
          suffixChanges++;
        }
        suffixSign = r;
      }
    }
    this.receivedCount = receivedCount;
    if (paid == 0 || received == 0) {
      String detail = m == 1
          ? "all flows net to one amount on one date"
          : "all " + m + " flows (after merging same-day flows) are "
              + (paid > 0 ? "paid in" : "received");
      return new XirrResult.NoRate(XirrResult.Reason.NO_SIGN_CHANGE, detail, 0, Double.NaN);
    }
    if (m == 2) {
      return closedForm();
    }
    this.lowSize = Math.min(64, maxGap + 1);
    this.highSize = Math.min(16, (maxGap >>> 6) + 1);
    // First estimate: collapse the paid and the received money each to one flow at its
    // amount-weighted mean date, and take the two-flow closed form of that.
    double meanReceived = receivedTime / received;
    double meanPaid = paidTime / paid;
    double meanGap = (meanReceived - meanPaid) * unit;
    double logRatio = Math.log(received / paid);
    double estimate = meanGap != 0 ? logRatio / meanGap : Double.NaN;
    // Second moment: ln(P / N) ~ logRatio - x meanGap + x^2 (varReceived - varPaid) / 2, the
    // cumulant expansion of each side's present value to its variance; take the root of that
    // quadratic nearest the first-moment estimate.
    double half = 0.5 * unit * unit
        * ((receivedTime2 / received - meanReceived * meanReceived)
            - (paidTime2 / paid - meanPaid * meanPaid));
    double disc = meanGap * meanGap - 4 * half * logRatio;
    if (meanGap != 0 && disc >= 0) {
      double x2 = 2 * logRatio / (meanGap + Math.copySign(Math.sqrt(disc), meanGap));
      if (Double.isFinite(x2) && Math.abs(x2 - estimate) < 0.5 * Math.abs(estimate) + 0.1) {
        estimate = x2;
      }
    }
    return general(guess, signChanges, total, prefixChanges, suffixChanges, estimate);
  }

  private XirrResult closedForm() {
    // a0 + a1 exp(-x w1) = 0  =>  x = ln(-a1 / a0) / w1, exactly.
    double x = Math.log(-amount[1] / amount[0]) / (time[1] * unit);
    if (x > MAX_X) {
      return new XirrResult.NoRate(XirrResult.Reason.OUT_OF_RANGE,
          "the rate overflows a double: ln(1 + r) = " + x, 0, Double.NaN);
    }
    return new XirrResult.Rate(rate(x), x, 0, XirrResult.Method.CLOSED_FORM, 1,
        XirrResult.Uniqueness.UNIQUE, List.of());
  }

  private XirrResult general(double guess, int signChanges, double total, int prefixChanges,
      int suffixChanges, double estimate) {

    Roots roots = new Roots();
    boolean complete = true;
    boolean beyond = false;
    int zeroSign = sign(total);
    if (zeroSign == 0) {
      roots.add(0.0);
    }
    int plusInfinitySign = sign(amount[0]);
    int minusInfinitySign = sign(amount[m - 1]);

    // Positive side, r > 0.
    if (prefixChanges == 1 && zeroSign != 0) {
      // Exactly one root here: the bound is odd, so f(0) = total and f(+inf) = a_0 differ in sign.
      double x = polish(0.0, MAX_X, zeroSign, estimate > 0 ? estimate : LN_1_1);
      if (status == NOT_CONVERGED) {
        return noConvergence();
      } else if (status == BEYOND_RANGE) {
        beyond = true;
      } else {
        roots.add(x);
      }
    } else if (prefixChanges >= 1) {
      int found = scan(+1, zeroSign, plusInfinitySign, roots);
      if (status == NOT_CONVERGED) {
        return noConvergence();
      }
      beyond |= status == BEYOND_RANGE;
      complete &= found >= prefixChanges;
    }
    // Negative side, -1 < r < 0.
    if (suffixChanges == 1 && zeroSign != 0) {
      double x = polish(MIN_X, 0.0, minusInfinitySign, estimate < 0 ? estimate : -0.1);
      if (status == NOT_CONVERGED) {
        return noConvergence();
      }
      roots.add(x);
    } else if (suffixChanges >= 1) {
      int found = scan(-1, zeroSign, minusInfinitySign, roots);
      if (status == NOT_CONVERGED) {
        return noConvergence();
      }
      complete &= found >= suffixChanges;
    }

    if (roots.size == 0) {
      if (beyond) {
        return new XirrResult.NoRate(XirrResult.Reason.OUT_OF_RANGE,
            "the rate overflows a double: ln(1 + r) exceeds " + MAX_X, evaluations,
            Double.NaN);
      }
      String detail = complete
          ? "the net present value keeps one sign at every rate above -100%, proven by the rules of"
              + " signs (running totals change sign " + prefixChanges + " time(s) forwards and "
              + suffixChanges + " backwards)"
          : "no sign change of the net present value found at any rate above -100%; the "
              + signChanges + " sign changes of the flows allow roots the scan cannot see (four"
              + " or more closer together than its grid)";
      return new XirrResult.NoRate(XirrResult.Reason.NO_ROOT, detail, evaluations,
          Double.isNaN(lastX) ? Double.NaN : Math.expm1(lastX));
    }
    // Several roots: keep the one nearest the guess, in ln(1 + r), and list the others.
    double target = roots.size > 1 ? Math.log1p(guess) : 0.0;
    int chosen = 0;
    for (int i = 1; i < roots.size; i++) {
      if (Math.abs(roots.x[i] - target) < Math.abs(roots.x[chosen] - target)) {
        chosen = i;
      }
    }
    List<Double> otherList = List.of();
    if (roots.size > 1) {
      double[] others = new double[roots.size - 1];
      for (int i = 0, k = 0; i < roots.size; i++) {
        if (i != chosen) {
          others[k++] = Math.expm1(roots.x[i]);
        }
      }
      Arrays.sort(others);
      otherList = new ArrayList<>(others.length);
      for (double o : others) {
        otherList.add(o);
      }
    }
    XirrResult.Uniqueness uniqueness = !otherList.isEmpty()
        ? XirrResult.Uniqueness.OTHERS_FOUND
        : complete && !beyond ? XirrResult.Uniqueness.UNIQUE
        : XirrResult.Uniqueness.OTHERS_POSSIBLE;
    double x = roots.x[chosen];
    return new XirrResult.Rate(rate(x), x, evaluations,
        bisected ? XirrResult.Method.HALLEY_WITH_BISECTION : XirrResult.Method.HALLEY,
        signChanges, uniqueness, otherList);
  }

  /** A growable list of roots in x. */
  private static final class Roots {
    double[] x = new double[4];
    int size;

    void add(double root) {
      if (size == x.length) {
        x = Arrays.copyOf(x, size * 2);
      }
      x[size++] = root;
    }
  }

  private XirrResult noConvergence() {
    return new XirrResult.NoRate(XirrResult.Reason.NO_CONVERGENCE,
        "the tolerance " + tolerance + " on ln(1 + r) was not met within " + maxIterations
            + " iterations", evaluations, Double.isNaN(lastX) ? Double.NaN : Math.expm1(lastX));
  }

  /**
   * Scans one side ({@code side = +1} for {@code x > 0}, {@code -1} for {@code x < 0}) for sign
   * changes and polishes each. Returns the number of roots found on that side.
   *
   * <p>Roots close together can share one cell of the grid: two of them leave its ends with the
   * same sign, three with opposite signs like one. So each cell is split where {@code f} turns
   * (Rolle: between two roots of {@code f} lies a root of {@code f'}), and each monotone piece
   * with a sign change is a bracket. A cell's turning points are found from the derivatives at its
   * ends, which every evaluation gives: {@code f'} changing sign means one; {@code f'} keeping its
   * sign while {@code |f'|} falls at one end and rises at the other ({@code f'f''} changes sign)
   * means a minimum of {@code |f'|} inside, and two turning points if {@code f'} changes sign there.
   * This costs evaluations only in such cells; more than two turning points in one cell are not
   * looked for.
   */
  private int scan(int side, int zeroSign, int infinitySign, Roots roots) {
    status = OK;
    double far = side > 0 ? Math.min(MAX_X, farEnough(0, 1)) : -farEnough(m - 1, m - 2);
    int found = 0;
    double previous = 0.0;
    int previousSign = zeroSign;
    // The derivatives at the previous grid point; none at x = 0, where the pivot is not this
    // side's, or after a point where f is zero.
    double previousSlope = Double.NaN;
    double previousCurve = Double.NaN;
    for (double g = GRID_START; ; g = Math.min(g * GRID_RATIO, Math.abs(far))) {
      double x = side * g;
      int s = sign(eval(x));
      double slope = d1;
      double curve = d2;
      // A grid point that is a root: the cell before it is searched with the sign f has just
      // before it (in the scan's direction), the next cell starts with the sign just after it, and
      // the root itself is counted once. At a double root (f' = 0 too) neither is known.
      boolean zero = s == 0;
      int before = zero ? -side * sign(slope) : s;
      int after = zero ? side * sign(slope) : s;
      if (before != 0 && !Double.isNaN(previousSlope)) {
        boolean forward = side > 0;
        found += cellRoots(forward ? previous : x, forward ? x : previous,
            forward ? previousSign : before, forward ? before : previousSign,
            forward ? previousSlope : slope, forward ? slope : previousSlope,
            forward ? previousCurve : curve, forward ? curve : previousCurve, roots);
        if (status != OK) {
          return found;
        }
      } else if (before != 0 && previousSign != 0 && before != previousSign) {
        double lo = Math.min(previous, x);
        double hi = Math.max(previous, x);
        double root = polish(lo, hi, lo == previous ? previousSign : before, midpoint(lo, hi));
        if (status != OK) {
          return found;
        }
        roots.add(root);
        found++;
      }
      if (zero) {
        roots.add(x);
        found++;
      }
      previous = x;
      previousSlope = after == 0 ? Double.NaN : slope;
      previousCurve = curve;
      if (after != 0) {
        previousSign = after;
      }
      if (g >= Math.abs(far)) {
        break;
      }
    }
    if (previousSign != 0 && previousSign != infinitySign) {
      // One more root between the last grid point and infinity.
      if (side > 0 && previous >= MAX_X) {
        status = BEYOND_RANGE;
      } else {
        double limit = side > 0 ? MAX_X : MIN_X;
        double lo = Math.min(previous, limit);
        double hi = Math.max(previous, limit);
        double root = polish(lo, hi, side > 0 ? previousSign : infinitySign, midpoint(lo, hi));
        if (status == OK) {
          roots.add(root);
          found++;
        }
      }
    }
    return found;
  }

  /**
   * The roots in one grid cell {@code [lo, hi]}, both ends evaluated and non-zero: the cell is
   * split at {@code f}'s turning points (see {@link #scan}) and each piece with a sign change is
   * polished. Returns the number of roots added.
   */
  private int cellRoots(double lo, double hi, int loSign, int hiSign, double loSlope,
      double hiSlope, double loCurve, double hiCurve, Roots roots) {
    double first = Double.NaN;
    double second = Double.NaN;
    int a = sign(loSlope);
    int b = sign(hiSlope);
    if (a != 0 && b != 0 && a != b) {
      first = stationary(lo, hi, a);
    } else if (a != 0 && a == b && a * loCurve < 0 && a * hiCurve > 0) {
      // |f'| has a minimum inside: if f' changes sign on the way to it, f turns twice.
      double split = turn(lo, hi, a);
      if (!Double.isNaN(split)) {
        first = stationary(lo, split, a);
        second = stationary(split, hi, -a);
      }
    }
    if (Double.isNaN(first) && loSign == hiSign) {
      return 0;
    }
    int added = 0;
    double from = lo;
    int fromSign = loSign;
    for (double to : new double[] {first, second, hi}) {
      if (Double.isNaN(to)) {
        continue;
      }
      int toSign = to == hi ? hiSign : turningSign(eval(to));
      if (toSign == 0) {
        roots.add(to);
        added++;
      } else if (fromSign != 0 && toSign != fromSign) {
        double root = polish(from, to, fromSign, midpoint(from, to));
        if (status != OK) {
          return added;
        }
        roots.add(root);
        added++;
      }
      from = to;
      fromSign = toSign;
    }
    return added;
  }

  /**
   * The sign of {@code f} at a turning point, zero when {@code f} is there within rounding of zero:
   * {@code |f|} at most {@value #TOUCH_ULPS} units in the last place per flow (at most 1e-12) of the
   * sum of the terms' magnitudes (the received plus the paid present values): a bound on the
   * rounding of the sum. A double root, where {@code f} only touches zero, leaves a turning point
   * whose value is rounding noise of either sign; it is then one root, not none or two. A minimum
   * deeper than that is not a root: flows of paise whose value misses zero by a fraction of a paisa
   * have none.
   */
  private int turningSign(double f) {
    double magnitude = p0 + (p0 - f);
    double touch = Math.min(1e-12, TOUCH_ULPS * Math.ulp(1.0) * m);
    return Math.abs(f) <= touch * magnitude ? 0 : sign(f);
  }

  /**
   * A point in {@code (lo, hi)} where {@code f'}, of sign {@code slopeSign} at both ends with
   * {@code |f'|} falling at {@code lo} and rising at {@code hi}, has the other sign: found by
   * bisection on the sign of {@code f''} towards the minimum of {@code |f'|}, stopping as soon as
   * a point has it. NaN if none is found before the bracket is a millionth of {@code |x|} wide
   * (roots closer than that are below what a double's rounding of {@code f} can separate) or
   * within {@link #SPLIT_ITERATIONS}: the cell is then left whole, never the solve failed.
   */
  private double turn(double lo, double hi, int slopeSign) {
    for (int k = 0; k < SPLIT_ITERATIONS; k++) {
      double x = midpoint(lo, hi);
      eval(x);
      if (sign(d1) == -slopeSign) {
        return x;
      }
      if (d1 == 0.0 || hi - lo <= Math.max(tolerance(x), 1e-6 * Math.abs(x))) {
        return Double.NaN;
      }
      // |f'| falls while f' f'' < 0: the minimum lies beyond x.
      if (slopeSign * d2 < 0) {
        lo = x;
      } else {
        hi = x;
      }
    }
    return Double.NaN;
  }

  /**
   * The point in {@code (lo, hi)} where the derivative of the scaled {@code f}, of sign
   * {@code loSlopeSign} at {@code lo} and the other at {@code hi}, is zero: Newton's method on the
   * derivative (with the second derivative), safeguarded by bisection, to the tolerance or within
   * {@link #SPLIT_ITERATIONS}. The point only splits a cell into pieces on which {@code f} is
   * monotone, so the last estimate serves when the budget runs out: the pieces' signs are what
   * count.
   */
  private double stationary(double lo, double hi, int loSlopeSign) {
    double x = midpoint(lo, hi);
    for (int k = 0; k < SPLIT_ITERATIONS; k++) {
      eval(x);
      double slope = d1;
      if (slope == 0.0) {
        return x;
      }
      if (sign(slope) == loSlopeSign) {
        lo = x;
      } else {
        hi = x;
      }
      double next = d2 != 0 ? x - slope / d2 : Double.NaN;
      if (!(next > lo && next < hi)) {
        next = midpoint(lo, hi);
      }
      if (Math.abs(next - x) <= tolerance(x) || hi - lo <= tolerance(x)) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /**
   * The distance in {@code x} beyond which the flow at {@code pivot} outweighs all others by a
   * factor {@code e^50}, so {@code f} has that flow's sign: the flow at {@code neighbour} is the
   * nearest in time.
   */
  private double farEnough(int pivot, int neighbour) {
    double sum = 0;
    for (int i = 0; i < m; i++) {
      sum += Math.abs(amount[i]);
    }
    double gap = Math.abs(time[neighbour] - time[pivot]) * unit;
    return (Math.log(sum / Math.abs(amount[pivot])) + 50.0) / gap;
  }

  /**
   * Polishes a root bracketed in {@code (lo, hi)}, where {@code f} has sign {@code loSign} at
   * {@code lo} and the opposite at {@code hi}; either end may be a limit never evaluated.
   */
  private double polish(double lo, double hi, int loSign, double start) {
    status = OK;
    double hiLimit = hi;
    boolean hiEvaluated = false;
    double x = start > lo && start < hi ? start : midpoint(lo, hi);
    double step = Double.POSITIVE_INFINITY;
    double stepBefore = Double.POSITIVE_INFINITY;
    for (int k = 0; k < maxIterations; k++) {
      double f = eval(x);
      lastX = x;
      if (f == 0.0) {
        return x;
      }
      if ((f > 0) == (loSign > 0)) {
        lo = x;
      } else {
        hi = x;
        hiEvaluated = true;
      }
      double delta = step(f);
      double next = x + delta;
      double tol = tolerance(x);
      if (Math.abs(delta) <= tol
          || Math.abs(delta) <= 1e-4 && stepCurvature * delta * delta <= 0.1 * tol) {
        // Converged: the step is within the tolerance, or small enough that the error left
        // after it, about |g'' / 2g'| delta^2 for a Newton step and less for Halley's, is a tenth
        // of the tolerance. A last step that rounding pushes onto the bracket's edge is not taken.
        return next >= lo && next <= hi ? next : x;
      }
      if (!(next > lo && next < hi) || Math.abs(delta) > 0.5 * Math.abs(stepBefore)) {
        next = midpoint(lo, hi);
        delta = next - x;
        bisected = true;
      }
      stepBefore = step;
      step = delta;
      if (Math.abs(delta) <= tolerance(next)) {
        // The bracket has shrunk to the tolerance by bisection.
        if (!hiEvaluated && hiLimit == MAX_X && next > MAX_X - 1) {
          // Converging on the upper limit without having seen the sign change: check the limit.
          if ((sign(eval(MAX_X)) > 0) == (loSign > 0)) {
            status = BEYOND_RANGE;
          }
        }
        return next;
      }
      x = next;
    }
    status = NOT_CONVERGED;
    return x;
  }

  /**
   * The Halley step for the last evaluation. It is taken on {@code g = ln(P / N)}, the log of the
   * ratio of the received to the paid money's present values: {@code g} has the sign of {@code f}
   * and the same roots, but is nearly linear in {@code x} (its slope is the difference of the two
   * durations), so from a rough first estimate it converges in two or three steps where Newton on
   * {@code f} overshoots. Where {@code P} or {@code N} is not positive (underflow far from a root)
   * the step is taken on {@code f} itself.
   */
  private double step(double f) {
    double value;
    double slope;
    double curvature;
    double n0 = p0 - f;
    if (p0 > 0 && n0 > 0) {
      double meanP = p1 / p0;
      double meanN = (p1 + d1) / n0;
      value = Math.log(p0 / n0);
      slope = meanN - meanP;
      curvature = (p2 / p0 - meanP * meanP) - ((p2 - d2) / n0 - meanN * meanN);
    } else {
      value = f;
      slope = d1;
      curvature = d2;
    }
    double newton = -value / slope;
    double correction = newton * curvature / (2 * slope);
    stepCurvature = Math.abs(curvature / (2 * slope));
    if (!(stepCurvature < Double.POSITIVE_INFINITY)) {
      stepCurvature = Double.POSITIVE_INFINITY;
    }
    return Math.abs(correction) <= 0.5 ? newton / (1 + correction) : newton;
  }

  private double tolerance(double x) {
    return Math.max(tolerance, 4 * Math.ulp(x));
  }

  /** The midpoint of a bracket, taken in {@code asinh(x)} when it spans orders of magnitude. */
  static double midpoint(double lo, double hi) {
    if (hi - lo <= 1.0) {
      return lo + 0.5 * (hi - lo);
    }
    double mid = Math.sinh(0.5 * (asinh(lo) + asinh(hi)));
    return mid > lo && mid < hi ? mid : lo + 0.5 * (hi - lo);
  }

  static double asinh(double x) {
    double a = Math.abs(x);
    double r = a > 1.0e8
        ? Math.log(a) + Math.log(2.0)
        : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
    return Math.copySign(r, x);
  }

  /**
   * {@code e^x - 1}: {@code expm1} (not an intrinsic) only where {@code exp(x) - 1} would cancel.
   */
  static double rate(double x) {
    return Math.abs(x) < 0.5 ? Math.expm1(x) : Math.exp(x) - 1.0;
  }

  private static int sign(double v) {
    return v > 0 ? 1 : v < 0 ? -1 : 0;
  }

  /**
   * Evaluates {@code f(x)} scaled by {@code exp(x w_pivot)}, and leaves its first and second
   * derivatives in {@link #d1} and {@link #d2}.
   */
  double eval(double x) {
    evaluations++;
    return m < DIRECT_BELOW ? evalDirect(x) : evalRunning(x);
  }

  private double evalDirect(double x) {
    int pivot = x >= 0 ? 0 : time[m - 1];
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double q0 = 0;
    double q1 = 0;
    double q2 = 0;
    for (int i = 0; i < m; i++) {
      double w = (time[i] - pivot) * unit;
      double e = Math.exp(-w * x);
      double p = amount[i] * e;
      double r = p > 0 ? p : 0.0;
      s0 += p;
      s1 += p * w;
      s2 += p * w * w;
      q0 += r;
      q1 += r * w;
      q2 += r * w * w;
    }
    return finish(s0, s1, s2, q0, q1, q2);
  }

  /** Stores the derivatives of the last evaluation; returns {@code f}. */
  private double finish(double s0, double s1, double s2, double q0, double q1, double q2) {
    d1 = -s1;
    d2 = s2;
    p0 = q0;
    p1 = q1;
    p2 = q2;
    return s0;
  }

  private double evalRunning(double x) {
    // Every factor is exp(-c * distance from the pivot) with c >= 0.
    double c = Math.abs(x) * unit;
    double q = Math.exp(-c);
    if (low == null) {
      low = new double[lowSize];
      high = new double[highSize];
      factor = new double[m];
    }
    double[] low = this.low;
    double[] high = this.high;
    double[] factor = this.factor;
    low[0] = 1.0;
    for (int k = 1; k < low.length; k++) {
      double v = low[k - 1] * q;
      low[k] = v < TINY ? 0.0 : v;
    }
    // exp(-64 c j) as a product too: at most 15 roundings, far below the tolerance.
    double q64 = Math.exp(-c * 64);
    high[0] = 1.0;
    for (int j = 1; j < high.length; j++) {
      double v = high[j - 1] * q64;
      high[j] = v < TINY ? 0.0 : v;
    }
    int[] time = this.time;
    double[] amount = this.amount;
    int m = this.m;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double e = 1.0;
    // From the first flow forwards when x >= 0, from the last backwards when x < 0, so that every
    // factor is exp(-c * distance from the pivot) <= 1. Two loops of constant stride, so that the
    // compiler can drop the bounds checks. Times are weighted in days and scaled to years once.
    int pivot;
    if (x >= 0) {
      pivot = time[0];
      int previous = pivot;
      for (int i = 0; i < m; i++) {
        int t = time[i];
        int gap = t - previous;
        previous = t;
        if (gap < GAP_LIMIT) {
          e *= low[gap & 63] * high[gap >>> 6];
        } else {
          e = Math.exp(-c * (t - pivot));
        }
        if (e < TINY) {
          e = 0.0;
        }
        factor[i] = e;
        double w = t - pivot;
        double p = amount[i] * e;
        double pw = p * w;
        s0 += p;
        s1 += pw;
        s2 += pw * w;
      }
    } else {
      pivot = time[m - 1];
      int previous = pivot;
      for (int i = m - 1; i >= 0; i--) {
        int t = time[i];
        int gap = previous - t;
        previous = t;
        if (gap < GAP_LIMIT) {
          e *= low[gap & 63] * high[gap >>> 6];
        } else {
          e = Math.exp(-c * (pivot - t));
        }
        if (e < TINY) {
          e = 0.0;
        }
        factor[i] = e;
        double w = t - pivot;
        double p = amount[i] * e;
        double pw = p * w;
        s0 += p;
        s1 += pw;
        s2 += pw * w;
      }
    }
    // The received flows' sums from the stored factors: most flows are purchases, so this pass
    // is short and the main one does half the arithmetic.
    int[] receivedIndex = this.receivedIndex;
    double q0 = 0;
    double q1 = 0;
    double q2 = 0;
    for (int k = 0; k < receivedCount; k++) {
      int r = receivedIndex[k];
      double w = time[r] - pivot;
      double v = amount[r] * factor[r];
      double vw = v * w;
      q0 += v;
      q1 += vw;
      q2 += vw * w;
    }
    double unit = this.unit;
    double unit2 = unit * unit;
    return finish(s0, s1 * unit, s2 * unit2, q0, q1 * unit, q2 * unit2);
  }
}
