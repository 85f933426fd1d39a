package in.lumpsum.calc.returns;

import in.lumpsum.core.LumpsumException;
import java.util.Objects;

/**
 * Thrown by {@link XirrResult#rateOrThrow()} when cash flows have no internal rate of return.
 *
 * <p>A caller that can act on the absence (show "not meaningful", ask for more data) should match
 * on {@link XirrResult.NoRate} instead; this exception exists for callers to whom a missing rate
 * is an error. It carries the same evidence: the {@link XirrResult.Reason reason}, the number of
 * iterations spent and the last estimate.
 *
 * @since 0.1.0
 */
public class NoSolutionException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  /** Why there is no rate. */
  private final XirrResult.Reason reason;
  /** The number of net present value evaluations spent. */
  private final int iterations;
  /** The last rate tried, or {@code NaN}. */
  private final double lastEstimate;

  /**
   * Creates the exception.
   *
   * @param reason why there is no rate
   * @param detail a sentence naming the evidence
   * @param iterations the number of net present value evaluations spent
   * @param lastEstimate the last rate tried, or {@code NaN} if none was
   */
  public NoSolutionException(XirrResult.Reason reason, String detail, int iterations,
      double lastEstimate) {
    super("no rate of return: " + reason + ": " + detail + " (iterations " + iterations
        + (Double.isNaN(lastEstimate) ? "" : ", last estimate " + lastEstimate) + ")");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.iterations = iterations;
    this.lastEstimate = lastEstimate;
  }

  /**
   * Returns why there is no rate.
   *
   * @return the reason
   */
  public XirrResult.Reason reason() {
    return reason;
  }

  /**
   * Returns the number of net present value evaluations spent.
   *
   * @return zero or more
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns the last rate tried.
   *
   * @return the rate as a fraction, or {@code NaN} if none was tried
   */
  public double lastEstimate() {
    return lastEstimate;
  }
}
