package in.lumpsum.calc.returns;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The outcome of solving for an internal rate of return: either a {@link Rate} or a
 * {@link NoRate} that says why there is none.
 *
 * <p>Returned by {@link Xirr#xirr(java.util.List)}, where the rate is annual (Actual/365), and by
 * {@link Xirr#irr(double...)}, where the rate is per period. Use a pattern match, or
 * {@link #rateOrThrow()} when a missing rate is an error for the caller:
 * <pre>{@code
 * XirrResult result = Xirr.DEFAULT.xirr(flows);
 * if (result instanceof XirrResult.Rate r) {
 *   System.out.printf("XIRR %.2f%%%n", r.rate() * 100);
 * } else if (result instanceof XirrResult.NoRate n) {
 *   System.out.println("no XIRR: " + n.reason() + ", " + n.detail());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface XirrResult permits XirrResult.Rate, XirrResult.NoRate {

  /**
   * Returns the rate, or throws when there is none.
   *
   * @return the rate as a fraction ({@code 0.12} is 12%)
   * @throws NoSolutionException if this is a {@link NoRate}, carrying its reason, iterations and
   *     last estimate
   */
  double rateOrThrow();

  /**
   * Returns the rate if there is one.
   *
   * @return the rate as a fraction, or empty for a {@link NoRate}
   */
  OptionalDouble toOptional();

  /**
   * Returns the number of evaluations of the net present value (with its derivatives) spent.
   *
   * <p>Each evaluation is one pass over the merged cash flows. A closed-form solution spends none.
   *
   * @return the number of evaluations, zero or more
   */
  int iterations();

  /** How a {@link Rate} was found. */
  enum Method {
    /** Two cash flows (after merging same-day flows): {@code r = (-a1/a0)^(1/t) - 1}, exactly. */
    CLOSED_FORM,
    /** Halley or Newton steps inside a bracket, none of them rejected. */
    HALLEY,
    /** Halley or Newton steps inside a bracket, with at least one bisection taken as a safeguard. */
    HALLEY_WITH_BISECTION
  }

  /** Whether the rate returned is the only one. */
  enum Uniqueness {
    /**
     * Proven the only root, by the rules of signs: Descartes' rule on the cash flows ordered by
     * date, refined by Laguerre's rule on their running totals (Norstrom's criterion).
     */
    UNIQUE,
    /** Other roots were found; they are listed in {@link Rate#otherRoots()}. */
    OTHERS_FOUND,
    /**
     * No other root was found, but the rules of signs do not exclude an even number of others
     * (for example four or more roots closer together than the scan's grid; two or three in one
     * cell of it are found, and so is a double root, where the value only touches zero). A double
     * root found is reported this way too: the rules of signs count it twice.
     */
    OTHERS_POSSIBLE
  }

  /** Why there is no rate. */
  enum Reason {
    /** No cash flow, or every flow (after merging same-day flows) is zero. */
    EMPTY,
    /**
     * After merging same-day flows, every flow has the same sign (all paid in, or all received),
     * or all of them fall on one date: no rate can bring the net present value to zero.
     */
    NO_SIGN_CHANGE,
    /**
     * The flows change sign, but the net present value is not zero at any rate above -100%: proven
     * by the rules of signs, or no sign change was found by the scan.
     */
    NO_ROOT,
    /**
     * A root exists but the rate is too large for a {@code double}: {@code ln(1 + r)} exceeds
     * {@value Xirr#MAX_CONTINUOUS_RATE}, as when money grows tenfold in a day.
     */
    OUT_OF_RANGE,
    /** The iteration limit was reached before the tolerance was met. */
    NO_CONVERGENCE
  }

  /**
   * An internal rate of return that was found.
   *
   * @param rate the rate as a fraction, above -1 (it may round to exactly -1 for a rate within
   *     10<sup>-16</sup> of -100%; {@code continuousRate} keeps it)
   * @param continuousRate {@code ln(1 + rate)}, the continuously compounded rate, exact even where
   *     {@code rate} rounds to -1
   * @param iterations the number of net present value evaluations spent, including any scan for
   *     other roots
   * @param method how the rate was found
   * @param signChanges the number of sign changes in the merged cash flows ordered by date:
   *     Descartes' upper bound on the number of roots
   * @param uniqueness whether other roots exist
   * @param otherRoots other rates at which the net present value is zero, ascending; empty unless
   *     {@code uniqueness} is {@link Uniqueness#OTHERS_FOUND}
   * @since 0.1.0
   */
  record Rate(double rate, double continuousRate, int iterations, Method method, int signChanges,
      Uniqueness uniqueness, List<Double> otherRoots) implements XirrResult {

    /**
     * Creates a rate, copying the list of other roots.
     *
     * @param rate the rate as a fraction
     * @param continuousRate {@code ln(1 + rate)}
     * @param iterations the number of net present value evaluations spent
     * @param method how the rate was found
     * @param signChanges the number of sign changes in the merged cash flows ordered by date
     * @param uniqueness whether other roots exist
     * @param otherRoots other roots as rates, ascending
     * @throws NullPointerException if {@code method}, {@code uniqueness} or {@code otherRoots} is
     *     null
     */
    public Rate {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(uniqueness, "uniqueness");
      otherRoots = List.copyOf(otherRoots);
    }

    /**
     * Tells whether other rates also bring the net present value to zero.
     *
     * @return true when {@link #otherRoots()} is not empty
     */
    public boolean otherRootsExist() {
      return !otherRoots.isEmpty();
    }

    @Override
    public double rateOrThrow() {
      return rate;
    }

    @Override
    public OptionalDouble toOptional() {
      return OptionalDouble.of(rate);
    }
  }

  /**
   * The absence of a rate, with the reason.
   *
   * @param reason why there is no rate
   * @param detail a sentence for people, naming the evidence (counts, dates, bounds)
   * @param iterations the number of net present value evaluations spent
   * @param lastEstimate the last rate tried, or {@code NaN} when the reason was found without
   *     iterating
   * @since 0.1.0
   */
  record NoRate(Reason reason, String detail, int iterations, double lastEstimate)
      implements XirrResult {

    /**
     * Creates the absence of a rate.
     *
     * @param reason why there is no rate
     * @param detail a sentence for people, naming the evidence
     * @param iterations the number of net present value evaluations spent
     * @param lastEstimate the last rate tried, or {@code NaN}
     * @throws NullPointerException if {@code reason} or {@code detail} is null
     */
    public NoRate {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public double rateOrThrow() {
      throw new NoSolutionException(reason, detail, iterations, lastEstimate);
    }

    @Override
    public OptionalDouble toOptional() {
      return OptionalDouble.empty();
    }
  }
}
