/**
 * API: the chance of reaching a goal, by Monte Carlo simulation of monthly returns
 * ({@link in.lumpsum.calc.montecarlo.MonteCarlo}).
 *
 * <p>Returns are drawn from a {@link in.lumpsum.calc.montecarlo.ReturnModel}: a normal or lognormal
 * distribution with an annual mean and volatility, or monthly returns bootstrapped from a real NAV
 * series. Random numbers come from Commons Math's Mersenne Twister, seeded per block of paths from
 * the caller's seed, so a run is reproducible: the same seed gives the same result whatever the
 * number of threads. No Commons Math type appears in the API.
 *
 * <p>Every class is immutable and thread-safe.
 */
package in.lumpsum.calc.montecarlo;
