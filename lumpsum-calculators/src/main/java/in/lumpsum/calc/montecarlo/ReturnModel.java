package in.lumpsum.calc.montecarlo;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a simulation's monthly returns come from.
 *
 * <ul>
 *   <li>{@link #normal(double, double)}: each month's simple return is normal with mean
 *       {@code mean / 12} and standard deviation {@code volatility / √12} (floored at −100%).</li>
 *   <li>{@link #lognormal(double, double)}: each month's growth factor is lognormal, chosen so
 *       that a year's growth {@code 1 + R} has mean {@code 1 + mean} and standard deviation
 *       {@code volatility}: {@code s² = ln(1 + volatility² / (1 + mean)²)},
 *       {@code m = ln(1 + mean) − s² / 2}, and each month's log return is normal with mean
 *       {@code m / 12} and variance {@code s² / 12}.</li>
 *   <li>{@link #bootstrap(double[])} and {@link #bootstrap(NavSeries)}: each month's return is
 *       drawn, with replacement and equal chance, from observed monthly returns.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ReturnModel
    permits ReturnModel.Normal, ReturnModel.Lognormal, ReturnModel.Bootstrap {

  /**
   * Monthly simple returns, normally distributed.
   *
   * @param annualMean the expected annual return as a fraction, from -0.99 to 10
   * @param annualVolatility the annual standard deviation as a fraction, from 0 to 5
   * @return the model
   * @throws InvalidValueException if an argument is out of range
   */
  static ReturnModel normal(double annualMean, double annualVolatility) {
    return new Normal(annualMean, annualVolatility);
  }

  /**
   * Monthly growth factors, lognormally distributed.
   *
   * @param annualMean the expected annual return as a fraction, from -0.99 to 10
   * @param annualVolatility the annual standard deviation of the return as a fraction, 0 to 5
   * @return the model
   * @throws InvalidValueException if an argument is out of range
   */
  static ReturnModel lognormal(double annualMean, double annualVolatility) {
    return new Lognormal(annualMean, annualVolatility);
  }

  /**
   * Monthly returns drawn from observed ones.
   *
   * @param monthlyReturns at least 12 monthly simple returns as fractions, each above -1
   * @return the model
   * @throws InvalidValueException if there are fewer than 12 returns or one is not above -1
   */
  static ReturnModel bootstrap(double[] monthlyReturns) {
    Objects.requireNonNull(monthlyReturns, "monthlyReturns");
    return new Bootstrap(monthlyReturns, monthlyReturns.length + " given monthly returns");
  }

  /**
   * Monthly returns drawn from a NAV series: the return from each calendar month's last NAV to
   * the next month's last NAV. A month's last NAV counts as its month-end NAV only when it falls
   * in the month's last 5 calendar days (room for a weekend and holidays); a month
   * without one (the series' last month when it ends mid-month, a month whose NAVs stop early)
   * is treated like a month with no NAV, and a pair of month-ends with such a month between them
   * is skipped rather than counted as one month.
   *
   * @param navs the NAV series, daily or at least monthly at month-ends, with at least 13 months
   * @return the model
   * @throws NullPointerException if {@code navs} is null
   * @throws InvalidValueException if the series gives fewer than 12 monthly returns
   */
  static ReturnModel bootstrap(NavSeries navs) {
    Objects.requireNonNull(navs, "navs");
    double[] returns = new double[Math.max(0, navs.size())];
    int count = 0;
    YearMonth month = null;
    LocalDate lastDate = null;
    double last = Double.NaN;
    YearMonth previousMonth = null;
    double previousLast = Double.NaN;
    // One step past the end closes the series' last month like any other.
    for (int i = 0; i <= navs.size(); i++) {
      YearMonth m = i < navs.size() ? YearMonth.from(navs.dateAt(i)) : null;
      if (month != null && !month.equals(m)) {
        if (lastDate.getDayOfMonth() <= lastDate.lengthOfMonth() - 5) {
          // A partial month: its return would cover less than a month.
          previousMonth = null;
        } else {
          if (previousMonth != null && previousMonth.plusMonths(1).equals(month)) {
            returns[count++] = last / previousLast - 1.0;
          }
          previousMonth = month;
          previousLast = last;
        }
      }
      if (m != null) {
        month = m;
        lastDate = navs.dateAt(i);
        last = navs.navAsDouble(i);
      }
    }
    return new Bootstrap(Arrays.copyOf(returns, count),
        count + " monthly returns from NAVs " + navs.firstDate().map(Object::toString).orElse("")
            + " to " + navs.lastDate().map(Object::toString).orElse(""));
  }

  /**
   * Says the model in words, for printing beside a result.
   *
   * @return a phrase such as {@code "lognormal, mean 12%, volatility 18% a year"}
   */
  String describe();

  private static void check(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(field, value,
          "must be a fraction from " + min + " to " + max);
    }
  }

  private static String pct(double fraction) {
    return java.math.BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%";
  }

  /**
   * Normal monthly simple returns.
   *
   * @param annualMean the expected annual return as a fraction
   * @param annualVolatility the annual standard deviation as a fraction
   */
  record Normal(double annualMean, double annualVolatility) implements ReturnModel {

    /**
     * Creates the model.
     *
     * @throws InvalidValueException if an argument is out of range
     */
    public Normal {
      check("annualMean", annualMean, -0.99, 10);
      check("annualVolatility", annualVolatility, 0, 5);
    }

    @Override
    public String describe() {
      return "normal monthly returns, mean " + pct(annualMean) + ", volatility "
          + pct(annualVolatility) + " a year";
    }
  }

  /**
   * Lognormal monthly growth.
   *
   * @param annualMean the expected annual return as a fraction
   * @param annualVolatility the annual standard deviation of the return as a fraction
   */
  record Lognormal(double annualMean, double annualVolatility) implements ReturnModel {

    /**
     * Creates the model.
     *
     * @throws InvalidValueException if an argument is out of range
     */
    public Lognormal {
      check("annualMean", annualMean, -0.99, 10);
      check("annualVolatility", annualVolatility, 0, 5);
    }

    /** The variance of a year's log return, {@code s²}. */
    double annualLogVariance() {
      double ratio = annualVolatility / (1 + annualMean);
      return Math.log1p(ratio * ratio);
    }

    /** The mean of a year's log return, {@code m}. */
    double annualLogMean() {
      return Math.log1p(annualMean) - annualLogVariance() / 2;
    }

    @Override
    public String describe() {
      return "lognormal growth, mean " + pct(annualMean) + ", volatility "
          + pct(annualVolatility) + " a year";
    }
  }

  /**
   * Monthly returns drawn with replacement from observed ones.
   *
   * @param monthlyReturns the observed monthly simple returns (a copy is kept)
   * @param source where they came from, for {@link #describe()}
   */
  record Bootstrap(double[] monthlyReturns, String source) implements ReturnModel {

    /**
     * Creates the model.
     *
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if there are fewer than 12 returns or one is not above -1
     */
    public Bootstrap {
      Objects.requireNonNull(source, "source");
      monthlyReturns = Objects.requireNonNull(monthlyReturns, "monthlyReturns").clone();
      if (monthlyReturns.length < 12) {
        throw new InvalidValueException("monthlyReturns", monthlyReturns.length + " returns",
            "needs at least 12 monthly returns");
      }
      for (int i = 0; i < monthlyReturns.length; i++) {
        if (!(monthlyReturns[i] > -1.0) || !Double.isFinite(monthlyReturns[i])) {
          throw new InvalidValueException("monthlyReturns[" + i + "]", monthlyReturns[i],
              "must be a finite return above -1");
        }
      }
    }

    /**
     * Returns a copy of the observed monthly returns.
     *
     * @return the returns as fractions
     */
    @Override
    public double[] monthlyReturns() {
      return monthlyReturns.clone();
    }

    @Override
    public String describe() {
      return "bootstrap of " + source;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bootstrap b && Arrays.equals(monthlyReturns, b.monthlyReturns)
          && source.equals(b.source);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(monthlyReturns) * 31 + source.hashCode();
    }

    @Override
    public String toString() {
      return "Bootstrap[" + monthlyReturns.length + " returns, " + source + "]";
    }
  }
}
