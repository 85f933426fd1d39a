/**
 * API: risk metrics of a NAV series, alone and against a benchmark
 * ({@link in.lumpsum.calc.risk.RiskCalculator}).
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li>Returns are simple period returns between consecutive NAVs,
 *       {@code r_i = P_i / P_(i-1) - 1}, whatever the spacing of the dates.</li>
 *   <li>Periods per year are inferred from the series' own dates (points less one, over the
 *       calendar span in years of 365.25 days): about 248 for an Indian equity fund, 365 for a
 *       liquid fund that publishes every calendar day, 52 for a weekly series. Never a fixed
 *       252.</li>
 *   <li>Rates, volatilities and ratios are {@code double} fractions, annualised where the name says
 *       so; value-at-risk and shortfall are one-period losses, positive for a loss.</li>
 *   <li>A ratio with a zero denominator (no volatility, no losing period) is an empty
 *       {@link java.util.OptionalDouble}, never {@code NaN} or infinity.</li>
 * </ul>
 *
 * <p>Every class is immutable and thread-safe.
 */
package in.lumpsum.calc.risk;
