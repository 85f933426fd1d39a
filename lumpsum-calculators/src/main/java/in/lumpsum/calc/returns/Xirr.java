package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The spreadsheet family of cash-flow functions: XIRR and IRR (solved), XNPV, NPV and MIRR
 * (closed form), with the conventions of Excel, LibreOffice and Google Sheets.
 *
 * <h2>XIRR</h2>
 * {@link #xirr(List)} returns the annual rate {@code r} at which the flows' net present value is
 * zero:
 * <pre>{@code
 * XNPV(r) = sum_i a_i / (1 + r)^((d_i - d_0) / 365) = 0
 * }</pre>
 * where {@code a_i} is the amount on date {@code d_i} and {@code d_0} the earliest date (Actual/365:
 * calendar days, leap days included, over 365). Flows may come in any order; flows on the same date
 * are added together first. Unlike a spreadsheet, it never fails silently or depends on a guess:
 * <ul>
 *   <li>It first bounds the number of roots with the rules of signs: Descartes' rule on the flows
 *       ordered by date ({@link XirrResult.Rate#signChanges()}) and Laguerre's rule on their running
 *       totals, which proves the root unique for the usual "pay in, then receive" flows even with
 *       interim redemptions (Norstrom, 1972).</li>
 *   <li>It brackets every root (from the signs alone where the bound is one, by a scan where it
 *       is more), then polishes each by Halley's method with a bisection safeguard, in the
 *       continuous rate {@code ln(1 + r)}: losses near -100%, gains above +1,000%, a zero
 *       derivative and one-day horizons all converge.</li>
 *   <li>It returns an {@link XirrResult}: the rate with how it was found and whether other roots
 *       exist, or the reason there is none.</li>
 * </ul>
 * When there are several roots it returns the one nearest the {@linkplain Builder#guess(double)
 * guess} (10% by default, as in Excel) in {@code ln(1 + r)}, and lists the others.
 *
 * <p>Speed: each evaluation is one pass over the merged flows computing the net present value
 * and its first two derivatives; for 48 flows or more the discount factors come from a running
 * product (about one multiply per flow, an {@code exp} only after a gap of 1,024 days or more)
 * instead of one {@code Math.pow} per flow, and most solves take two or three evaluations. Sorted input is
 * merged in one pass; unsorted input costs one more pass or a sort. 100,000 flows over 30
 * years (merged to 10,950 dates) take about half a millisecond on a quiet two-core machine, a
 * twentieth of a plain Newton solver's time; on a noisy shared one, 2 to 4 ms, most of it reading
 * the 100,000 records. Held as columns ({@link #xirr(long[], double[])}) they take about a quarter
 * of a millisecond (see {@code benchmarks/README.md}).
 *
 * <h2>The others</h2>
 * <ul>
 *   <li>{@link #irr(double...)}: the periodic rate, value {@code i} at the end of period {@code i}.</li>
 *   <li>{@link #xnpv(double, List)}: net present value on dates, discounted to the earliest.</li>
 *   <li>{@link #npv(double, double...)}: Excel's NPV, the first value discounted one period.</li>
 *   <li>{@link #mirr(double[], double, double)}: the modified IRR of periodic values.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; {@link #DEFAULT} serves most callers.
 *
 * @since 0.1.0
 */
public final class Xirr {

  /** Days in the year of Actual/365, the day count of XIRR and XNPV. */
  public static final double DAYS_PER_YEAR = 365.0;

  /**
   * The largest continuous rate {@code ln(1 + r)} reported; beyond it {@code r} overflows a
   * {@code double} and the result is {@link XirrResult.Reason#OUT_OF_RANGE}.
   */
  public static final double MAX_CONTINUOUS_RATE = 709.0;

  /** The default tolerance on {@code ln(1 + r)}. */
  public static final double DEFAULT_TOLERANCE = 1.0e-10;

  /** The default iteration limit per root. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  /** The default guess, 10% as in Excel, used to choose among several roots. */
  public static final double DEFAULT_GUESS = 0.1;

  /** The calculator with default tolerance, iteration limit and guess. */
  public static final Xirr DEFAULT = builder().build();

  private final double tolerance;
  private final int maxIterations;
  private final double guess;

  private Xirr(Builder builder) {
    this.tolerance = builder.tolerance;
    this.maxIterations = builder.maxIterations;
    this.guess = builder.guess;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the internal rate of return of dated cash flows (spreadsheet {@code XIRR}).
   *
   * @param flows the cash flows in any order, paid in negative and received positive; flows on the
   *     same date are added together
   * @return the annual rate (Actual/365) as a fraction, or why there is none:
   *     {@link XirrResult.Reason#EMPTY} for no non-zero flow, {@link XirrResult.Reason#NO_SIGN_CHANGE}
   *     when all merged flows have one sign, {@link XirrResult.Reason#NO_ROOT} when the net present
   *     value has no zero, {@link XirrResult.Reason#OUT_OF_RANGE} when the rate overflows a
   *     {@code double}, {@link XirrResult.Reason#NO_CONVERGENCE} when the iteration limit is too low
   * @throws NullPointerException if {@code flows} or one of its elements is null
   * @throws InvalidValueException if the dates span more than 5,800 years
   */
  public XirrResult xirr(List<CashFlow> flows) {
    return new RateSolver(Flows.ofDated(flows), tolerance, maxIterations).solve(guess);
  }

  /**
   * Returns the internal rate of return of dated cash flows given as two arrays, the same as
   * {@link #xirr(List)} on {@code CashFlow.of(LocalDate.ofEpochDay(epochDays[i]), amounts[i])}:
   * for a host that holds many flows in columns (from a database or a file), so that no object is
   * made or read per flow.
   *
   * @param epochDays each flow's date as days since 1970-01-01 ({@link LocalDate#toEpochDay()}), in
   *     any order; flows on the same day are added together
   * @param amounts each flow's amount in rupees, paid in negative and received positive; finite
   * @return the annual rate (Actual/365) as a fraction, or why there is none (see
   *     {@link #xirr(List)})
   * @throws NullPointerException if an array is null
   * @throws InvalidValueException if the arrays differ in length, an amount is infinite or not a
   *     number, or the dates span more than 5,800 years
   * @since 0.2.0
   */
  public XirrResult xirr(long[] epochDays, double[] amounts) {
    return new RateSolver(Flows.ofEpochDays(epochDays, amounts), tolerance, maxIterations)
        .solve(guess);
  }

  /**
   * Returns the internal rate of return of periodic values (spreadsheet {@code IRR}): the rate
   * {@code r} with {@code sum_i v_i / (1 + r)^i = 0}, value {@code i} at the end of period
   * {@code i}.
   *
   * @param values the values, one per period in order, paid in negative and received positive;
   *     zeros are periods without a flow
   * @return the rate per period as a fraction, or why there is none (see {@link #xirr(List)})
   * @throws NullPointerException if {@code values} is null
   * @throws InvalidValueException if a value is infinite or not a number
   */
  public XirrResult irr(double... values) {
    return new RateSolver(Flows.ofPeriodic(values), tolerance, maxIterations).solve(guess);
  }

  /**
   * Returns the net present value of dated cash flows at an annual rate (spreadsheet
   * {@code XNPV}), discounted to the earliest date:
   * {@code sum_i a_i / (1 + rate)^((d_i - d_0) / 365)}.
   *
   * @param rate the annual discount rate as a fraction, above -1
   * @param flows the cash flows in any order
   * @return the net present value in rupees at the earliest date; 0 for no flows
   * @throws NullPointerException if {@code flows} or one of its elements is null
   * @throws InvalidValueException if {@code rate} is not above -1 or not finite
   */
  public static double xnpv(double rate, List<CashFlow> flows) {
    checkRate("rate", rate);
    Objects.requireNonNull(flows, "flows");
    if (flows.isEmpty()) {
      return 0.0;
    }
    long first = Long.MAX_VALUE;
    for (CashFlow cf : flows) {
      first = Math.min(first, Objects.requireNonNull(cf, "flows contains null").date().toEpochDay());
    }
    double logGrowth = Math.log1p(rate);
    double sum = 0;
    for (CashFlow cf : flows) {
      double years = (cf.date().toEpochDay() - first) / DAYS_PER_YEAR;
      sum += cf.amount() * Math.exp(-years * logGrowth);
    }
    return sum;
  }

  /**
   * Returns the net present value of periodic values as Excel's {@code NPV} computes it, each
   * value at the end of its period, the first one period away:
   * {@code sum_(i=1..n) v_i / (1 + rate)^i}. For a first value paid today, add it outside:
   * {@code v_0 + npv(rate, v_1, ..., v_n)}.
   *
   * @param rate the discount rate per period as a fraction, above -1
   * @param values the values in order
   * @return the net present value, one period before the first value; 0 for no values
   * @throws NullPointerException if {@code values} is null
   * @throws InvalidValueException if {@code rate} is not above -1 or not finite
   */
  public static double npv(double rate, double... values) {
    checkRate("rate", rate);
    Objects.requireNonNull(values, "values");
    double growth = 1.0 + rate;
    double sum = 0;
    // Horner's scheme from the last value: no power, one division per value.
    for (int i = values.length - 1; i >= 0; i--) {
      sum = (sum + values[i]) / growth;
    }
    return sum;
  }

  /**
   * Returns the modified internal rate of return of periodic values (spreadsheet {@code MIRR}):
   * the negative values are discounted to period 0 at the finance rate, the positive values
   * compounded to the last period at the reinvestment rate, and
   * {@code MIRR = (FV(positives) / -PV(negatives))^(1 / (n - 1)) - 1} for {@code n} values.
   *
   * @param values the values, one per period, at least two, with at least one negative and one
   *     positive
   * @param financeRate the rate paid on the money invested, per period, above -1
   * @param reinvestRate the rate earned on the money received, per period, above -1
   * @return the modified rate per period as a fraction
   * @throws NullPointerException if {@code values} is null
   * @throws InvalidValueException if there are fewer than two values, not both signs, a value that
   *     is not finite, or a rate not above -1
   */
  public static double mirr(double[] values, double financeRate, double reinvestRate) {
    Objects.requireNonNull(values, "values");
    checkRate("financeRate", financeRate);
    checkRate("reinvestRate", reinvestRate);
    int n = values.length;
    if (n < 2) {
      throw new InvalidValueException("values", n + " values", "needs at least two values");
    }
    double future = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new InvalidValueException("values", v, "must be finite numbers");
      }
      future = future * (1 + reinvestRate) + Math.max(v, 0.0);
    }
    double present = 0;
    for (int i = n - 1; i >= 0; i--) {
      present = present / (1 + financeRate) + Math.min(values[i], 0.0);
    }
    if (future == 0 || present == 0) {
      throw new InvalidValueException("values", n + " values",
          "needs at least one negative and one positive value");
    }
    return Math.expm1(Math.log(future / -present) / (n - 1));
  }

  private static void checkRate(String field, double rate) {
    if (!(rate > -1.0) || !Double.isFinite(rate)) {
      throw new InvalidValueException(field, rate, "must be a finite rate above -1 (-100%)");
    }
  }

  /**
   * Returns the tolerance on the continuous rate {@code ln(1 + r)}.
   *
   * @return the tolerance, such as {@value #DEFAULT_TOLERANCE}
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Returns the iteration limit for each root.
   *
   * @return the limit, such as {@value #DEFAULT_MAX_ITERATIONS}
   */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Returns the guess used to choose among several roots.
   *
   * @return the guess as a fraction, such as {@value #DEFAULT_GUESS}
   */
  public double guess() {
    return guess;
  }

  @Override
  public String toString() {
    return "Xirr[tolerance=" + tolerance + ", maxIterations=" + maxIterations + ", guess=" + guess
        + "]";
  }

  /**
   * Builds an {@link Xirr} with its own tolerance, iteration limit or guess. Not thread-safe; the
   * calculator it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private double tolerance = DEFAULT_TOLERANCE;
    private int maxIterations = DEFAULT_MAX_ITERATIONS;
    private double guess = DEFAULT_GUESS;

    private Builder() {
    }

    /**
     * Sets the absolute tolerance on the continuous rate {@code ln(1 + r)}, which is about the
     * relative tolerance on {@code 1 + r}. The answer is usually far more accurate, since the last
     * Halley step is within the tolerance.
     *
     * @param tolerance above 0 and at most 1e-3
     * @return this builder
     * @throws InvalidValueException if {@code tolerance} is out of range
     */
    public Builder tolerance(double tolerance) {
      if (!(tolerance > 0 && tolerance <= 1.0e-3)) {
        throw new InvalidValueException("tolerance", tolerance, "must be above 0 and at most 1e-3");
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the iteration limit for each root; a root not within the tolerance by then gives
     * {@link XirrResult.Reason#NO_CONVERGENCE}. The bisection safeguard needs at most about 80.
     *
     * @param maxIterations from 1 to 10,000
     * @return this builder
     * @throws InvalidValueException if {@code maxIterations} is out of range
     */
    public Builder maxIterations(int maxIterations) {
      if (maxIterations < 1 || maxIterations > 10_000) {
        throw new InvalidValueException("maxIterations", maxIterations,
            "must be from 1 to 10,000");
      }
      this.maxIterations = maxIterations;
      return this;
    }

    /**
     * Sets the guess: when several rates give a zero net present value, the one nearest the guess
     * (in {@code ln(1 + r)}) is returned and the others listed. It does not affect a unique root.
     *
     * @param guess a finite rate above -1, as a fraction
     * @return this builder
     * @throws InvalidValueException if {@code guess} is not above -1 or not finite
     */
    public Builder guess(double guess) {
      checkRate("guess", guess);
      this.guess = guess;
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     */
    public Xirr build() {
      return new Xirr(this);
    }
  }
}
