package in.lumpsum.calc.risk;

/**
 * One-period value at risk and conditional value at risk (expected shortfall) at a confidence
 * level, historical and parametric, as positive fractions of value lost in one period of the series
 * (a day for a daily series).
 *
 * <ul>
 *   <li>Historical VaR is minus the {@code 1 - confidence} quantile of the returns (linear
 *       interpolation between order statistics, type 7 of Hyndman and Fan, 1996); historical CVaR is
 *       minus the mean of the returns at or below that quantile.</li>
 *   <li>Parametric (Gaussian, variance-covariance) VaR is {@code -(mu + z sigma)} and CVaR
 *       {@code -(mu - sigma phi(z) / (1 - confidence))}, with {@code z} the standard normal
 *       {@code 1 - confidence} quantile, {@code phi} the normal density and {@code mu},
 *       {@code sigma} the sample mean and standard deviation of the returns (J.P. Morgan/Reuters,
 *       RiskMetrics Technical Document, 4th ed., 1996, section 6.2; Acerbi and Tasche, "Expected
 *       Shortfall: a natural coherent alternative to Value at Risk", 2002).</li>
 * </ul>
 *
 * @param confidence the confidence level, such as 0.95
 * @param historicalVar the historical VaR, a positive fraction for a loss
 * @param historicalCvar the historical CVaR, at least {@code historicalVar}
 * @param parametricVar the Gaussian VaR
 * @param parametricCvar the Gaussian CVaR
 * @since 0.1.0
 */
public record TailRisk(double confidence, double historicalVar, double historicalCvar,
    double parametricVar, double parametricCvar) {
}
