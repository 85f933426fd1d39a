package in.lumpsum.calc.returns;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Point-to-point and portfolio returns: absolute return, CAGR, time-weighted and money-weighted
 * return.
 *
 * <p>Every annualised figure here uses calendar days over 365 (Actual/365), the day count of
 * XIRR, so that a CAGR and the XIRR of the same two flows agree: {@code (end / start)^(365 / days)
 * - 1}. It never counts NAV rows and divides by 252: a NAV series has no row on holidays, a liquid
 * fund publishes every calendar day, and the two disagree by several percent a year.
 *
 * <p>Results are {@code double} fractions ({@code 0.12} is 12%). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Returns {

  private Returns() {
  }

  /**
   * Returns the absolute (point-to-point, not annualised) return: {@code end / start - 1}.
   *
   * @param start the starting value or amount invested, above zero
   * @param end the ending value, zero or more
   * @return the return as a fraction; -1 for a total loss
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code start} is not above zero or {@code end} is negative
   */
  public static double absoluteReturn(BigDecimal start, BigDecimal end) {
    return ratio(start, end) - 1.0;
  }

  /**
   * Returns the absolute return on money invested: {@code current / invested - 1}.
   *
   * @param invested the amount invested, above zero
   * @param current the current value, zero or more
   * @return the return as a fraction; -1 for a total loss
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code invested} is not above zero or {@code current} is
   *     negative
   */
  public static double absoluteReturn(Money invested, Money current) {
    Objects.requireNonNull(invested, "invested");
    Objects.requireNonNull(current, "current");
    return absoluteReturn(invested.amount(), current.amount());
  }

  /**
   * Returns the compound annual growth rate between two values on two dates:
   * {@code (end / start)^(365 / days) - 1}, with {@code days} the calendar days between the dates.
   *
   * @param startValue the starting value (a NAV, an amount), above zero
   * @param endValue the ending value, zero or more
   * @param startDate the date of the starting value
   * @param endDate the date of the ending value, after {@code startDate}
   * @return the annual rate as a fraction
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code startValue} is not above zero, {@code endValue} is
   *     negative, or {@code endDate} is not after {@code startDate}
   */
  public static double cagr(BigDecimal startValue, BigDecimal endValue, LocalDate startDate,
      LocalDate endDate) {
    return annualiseGrowth(ratio(startValue, endValue), startDate, endDate);
  }

  /**
   * Returns the compound annual growth rate of an amount of money between two dates: see
   * {@link #cagr(BigDecimal, BigDecimal, LocalDate, LocalDate)}.
   *
   * @param startValue the starting amount, above zero
   * @param endValue the ending amount, zero or more
   * @param startDate the date of the starting amount
   * @param endDate the date of the ending amount, after {@code startDate}
   * @return the annual rate as a fraction
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if a value or the dates are out of range
   */
  public static double cagr(Money startValue, Money endValue, LocalDate startDate,
      LocalDate endDate) {
    Objects.requireNonNull(startValue, "startValue");
    Objects.requireNonNull(endValue, "endValue");
    return cagr(startValue.amount(), endValue.amount(), startDate, endDate);
  }

  /**
   * Returns the compound annual growth rate between two {@code double} values, such as NAVs handed
   * out by a series to analytics: see {@link #cagr(BigDecimal, BigDecimal, LocalDate, LocalDate)}.
   *
   * @param startValue the starting value, above zero and finite
   * @param endValue the ending value, zero or more and finite
   * @param startDate the date of the starting value
   * @param endDate the date of the ending value, after {@code startDate}
   * @return the annual rate as a fraction
   * @throws NullPointerException if a date is null
   * @throws InvalidValueException if a value or the dates are out of range
   */
  public static double cagr(double startValue, double endValue, LocalDate startDate,
      LocalDate endDate) {
    if (!(startValue > 0) || !Double.isFinite(startValue)) {
      throw new InvalidValueException("startValue", startValue, "must be above zero and finite");
    }
    if (!(endValue >= 0) || !Double.isFinite(endValue)) {
      throw new InvalidValueException("endValue", endValue, "must be zero or more and finite");
    }
    return annualiseGrowth(endValue / startValue, startDate, endDate);
  }

  /**
   * Converts a return over a period into an annual rate on calendar days:
   * {@code (1 + periodReturn)^(365 / days) - 1}.
   *
   * @param periodReturn the return over the whole period as a fraction, -1 or more
   * @param startDate the first day of the period
   * @param endDate the last day of the period, after {@code startDate}
   * @return the annual rate as a fraction
   * @throws NullPointerException if a date is null
   * @throws InvalidValueException if {@code periodReturn} is below -1 or not finite, or
   *     {@code endDate} is not after {@code startDate}
   */
  public static double annualise(double periodReturn, LocalDate startDate, LocalDate endDate) {
    if (!(periodReturn >= -1) || !Double.isFinite(periodReturn)) {
      throw new InvalidValueException("periodReturn", periodReturn, "must be -1 or more");
    }
    return annualiseGrowth(1.0 + periodReturn, startDate, endDate);
  }

  /**
   * Returns the time-weighted return over a series of valuations, compounded over the whole span
   * (not annualised): {@code prod_i (V_i / (V_(i-1) + F_(i-1))) - 1}, where {@code V_i} is the
   * value before the day's flow and {@code F_i} the net inflow after it. The investor's timing of
   * purchases and redemptions does not affect it; it measures the fund or the manager. The last
   * valuation's flow falls after the end and is ignored.
   *
   * @param valuations at least two valuations with strictly increasing dates
   * @return the return over the span as a fraction
   * @throws NullPointerException if {@code valuations} or an element is null
   * @throws InvalidValueException if there are fewer than two valuations, the dates do not
   *     increase, or a sub-period ends with a value but started with no money in it
   */
  public static double timeWeightedReturn(List<Valuation> valuations) {
    check(valuations);
    double growth = 1.0;
    Valuation previous = valuations.get(0);
    for (int i = 1; i < valuations.size(); i++) {
      Valuation v = valuations.get(i);
      double start = previous.marketValue().toDouble() + previous.netInflow().toDouble();
      double end = v.marketValue().toDouble();
      if (start > 0) {
        growth *= end / start;
      } else if (end > 0 || start < 0) {
        throw new InvalidValueException("valuations[" + i + "]", v.date(),
            "the sub-period from " + previous.date() + " starts with " + start
                + " invested and ends with " + end + ": no return is defined");
      }
      previous = v;
    }
    return growth - 1.0;
  }

  /**
   * Returns the time-weighted return annualised on calendar days from the first valuation to the
   * last: {@code (1 + TWR)^(365 / days) - 1}.
   *
   * @param valuations at least two valuations with strictly increasing dates
   * @return the annual rate as a fraction
   * @throws NullPointerException if {@code valuations} or an element is null
   * @throws InvalidValueException as {@link #timeWeightedReturn(List)}
   */
  public static double annualisedTimeWeightedReturn(List<Valuation> valuations) {
    double twr = timeWeightedReturn(valuations);
    return annualiseGrowth(1.0 + twr, valuations.get(0).date(),
        valuations.get(valuations.size() - 1).date());
  }

  /**
   * Returns the money-weighted return of a series of valuations: the XIRR of the investor's flows,
   * with the first value (plus its inflow) paid in on the first date, each later net inflow paid
   * in on its date, and the last value received on the last date. Unlike the time-weighted
   * return, it rewards or punishes the investor's timing.
   *
   * @param valuations at least two valuations with strictly increasing dates
   * @return the annual rate, or why there is none
   * @throws NullPointerException if {@code valuations} or an element is null
   * @throws InvalidValueException if there are fewer than two valuations or the dates do not
   *     increase
   */
  public static XirrResult moneyWeightedReturn(List<Valuation> valuations) {
    check(valuations);
    int n = valuations.size();
    List<CashFlow> flows = new ArrayList<>(n);
    Valuation first = valuations.get(0);
    flows.add(CashFlow.of(first.date(),
        -(first.marketValue().toDouble() + first.netInflow().toDouble())));
    for (int i = 1; i < n - 1; i++) {
      Valuation v = valuations.get(i);
      flows.add(CashFlow.of(v.date(), -v.netInflow().toDouble()));
    }
    Valuation last = valuations.get(n - 1);
    flows.add(CashFlow.of(last.date(), last.marketValue().toDouble()));
    return Xirr.DEFAULT.xirr(flows);
  }

  /**
   * Returns the money-weighted return of an investor's flows and the holding's value today: the
   * XIRR of the flows plus the value received on the valuation date.
   *
   * @param flows the investor's flows, paid in negative and received positive
   * @param valuationDate the date of the value
   * @param marketValue the value of what is still held, zero or more
   * @return the annual rate, or why there is none
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code marketValue} is negative
   */
  public static XirrResult moneyWeightedReturn(List<CashFlow> flows, LocalDate valuationDate,
      Money marketValue) {
    Objects.requireNonNull(flows, "flows");
    List<CashFlow> all = new ArrayList<>(flows.size() + 1);
    all.addAll(flows);
    all.add(CashFlow.received(valuationDate, marketValue));
    return Xirr.DEFAULT.xirr(all);
  }

  private static double ratio(BigDecimal start, BigDecimal end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.signum() <= 0) {
      throw new InvalidValueException("start", start.toPlainString(), "must be above zero");
    }
    if (end.signum() < 0) {
      throw new InvalidValueException("end", end.toPlainString(), "must not be negative");
    }
    return end.doubleValue() / start.doubleValue();
  }

  private static double annualiseGrowth(double growth, LocalDate startDate, LocalDate endDate) {
    long days = days(startDate, endDate);
    if (growth == 0.0) {
      return -1.0;
    }
    // expm1(log) keeps precision for small returns, where pow(...) - 1 would cancel.
    return Math.expm1(Math.log(growth) * Xirr.DAYS_PER_YEAR / days);
  }

  private static long days(LocalDate startDate, LocalDate endDate) {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    long days = ChronoUnit.DAYS.between(startDate, endDate);
    if (days <= 0) {
      throw new InvalidValueException("endDate", endDate, "must be after " + startDate);
    }
    return days;
  }

  private static void check(List<Valuation> valuations) {
    Objects.requireNonNull(valuations, "valuations");
    if (valuations.size() < 2) {
      throw new InvalidValueException("valuations", valuations.size() + " valuations",
          "needs at least two");
    }
    LocalDate previous = null;
    for (int i = 0; i < valuations.size(); i++) {
      Valuation v = Objects.requireNonNull(valuations.get(i), "valuations contains null");
      if (previous != null && !v.date().isAfter(previous)) {
        throw new InvalidValueException("valuations[" + i + "]", v.date(),
            "dates must increase; previous is " + previous);
      }
      previous = v.date();
    }
  }
}
