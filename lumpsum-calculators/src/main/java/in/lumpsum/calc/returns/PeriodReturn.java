package in.lumpsum.calc.returns;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The return of a NAV series over one period (trailing, calendar year, since inception), or why it
 * is not available: a typed value, never {@code NaN}.
 *
 * <p>Returned by {@link NavReturns}. Use a pattern match or {@link #toOptional()}:
 * <pre>{@code
 * if (NavReturns.trailing(series, asOf, TrailingPeriod.THREE_YEARS) instanceof PeriodReturn.Value v) {
 *   System.out.printf("3Y CAGR %.2f%% from %s%n", v.value() * 100, v.startDate());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface PeriodReturn permits PeriodReturn.Value, PeriodReturn.NotAvailable {

  /**
   * Returns the headline figure if there is one.
   *
   * @return {@link Value#value()}, or empty when not available
   */
  OptionalDouble toOptional();

  /** Why a return is not available. */
  enum Reason {
    /** The series has no NAV on or before the end date (it is empty or starts later). */
    NO_END_NAV,
    /** The series starts after the start of the period: it is too short for it. */
    SERIES_TOO_SHORT,
    /** The period (a calendar year) has not ended by the date asked about. */
    PERIOD_NOT_ENDED,
    /** The NAVs at both ends are on the same date, so the period is empty. */
    EMPTY_PERIOD
  }

  /**
   * A return that could be computed, with the NAVs and dates it came from.
   *
   * @param startDate the date of the starting NAV (on or before the period's start)
   * @param startNav the starting NAV, rupees per unit
   * @param endDate the date of the ending NAV (on or before the period's end)
   * @param endNav the ending NAV, rupees per unit
   * @param value the headline figure as a fraction: the CAGR when {@code annualised}, else the
   *     absolute return
   * @param annualised whether {@code value} is a CAGR (calendar days / 365 between the two NAV
   *     dates) rather than an absolute return
   * @since 0.1.0
   */
  record Value(LocalDate startDate, double startNav, LocalDate endDate, double endNav,
      double value, boolean annualised) implements PeriodReturn {

    /**
     * Creates a value.
     *
     * @param startDate the date of the starting NAV
     * @param startNav the starting NAV
     * @param endDate the date of the ending NAV
     * @param endNav the ending NAV
     * @param value the headline figure as a fraction
     * @param annualised whether {@code value} is a CAGR
     * @throws NullPointerException if a date is null
     */
    public Value {
      Objects.requireNonNull(startDate, "startDate");
      Objects.requireNonNull(endDate, "endDate");
    }

    /**
     * Returns the absolute (not annualised) return: {@code endNav / startNav - 1}.
     *
     * @return the return as a fraction
     */
    public double absoluteReturn() {
      return endNav / startNav - 1.0;
    }

    @Override
    public OptionalDouble toOptional() {
      return OptionalDouble.of(value);
    }
  }

  /**
   * The absence of a return, with the reason.
   *
   * @param reason why there is no return
   * @param detail a sentence for people naming the dates involved
   * @since 0.1.0
   */
  record NotAvailable(Reason reason, String detail) implements PeriodReturn {

    /**
     * Creates the absence of a return.
     *
     * @param reason why there is no return
     * @param detail a sentence for people
     * @throws NullPointerException if an argument is null
     */
    public NotAvailable {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public OptionalDouble toOptional() {
      return OptionalDouble.empty();
    }
  }
}
