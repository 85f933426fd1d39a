/**
 * API: returns on money invested — XIRR, XNPV, IRR, NPV and MIRR
 * ({@link in.lumpsum.calc.returns.Xirr}), and CAGR, absolute, time-weighted and money-weighted
 * returns ({@link in.lumpsum.calc.returns.Returns}); returns of a NAV series as a fact sheet shows
 * them, trailing, calendar-year and since inception ({@link in.lumpsum.calc.returns.NavReturns},
 * typed {@link in.lumpsum.calc.returns.PeriodReturn}s), and rolling lumpsum and SIP returns with
 * their distribution ({@link in.lumpsum.calc.returns.RollingReturns}).
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li>Rates are fractions and {@code double}: {@code 0.12} is 12% a year. Returns are analytics,
 *       not ledger amounts, so they are computed in {@code double}; money enters as
 *       {@link java.math.BigDecimal} or {@link in.lumpsum.core.money.Money} and is converted once.</li>
 *   <li>Cash flows carry the investor's sign: money paid in (a purchase, an SIP instalment) is
 *       negative, money received (a redemption, a dividend, the current value) is positive, as in
 *       spreadsheet {@code XIRR}.</li>
 *   <li>Time is Actual/365: the number of calendar days between two dates divided by 365, leap years
 *       included, never trading rows divided by 252.</li>
 *   <li>A return a NAV series is too short for is a value,
 *       {@link in.lumpsum.calc.returns.PeriodReturn.NotAvailable}, never {@code NaN}.</li>
 *   <li>A rate that does not exist is a value, {@link in.lumpsum.calc.returns.XirrResult.NoRate},
 *       that says why; {@link in.lumpsum.calc.returns.XirrResult#rateOrThrow()} turns it into a
 *       {@link in.lumpsum.calc.returns.NoSolutionException}.</li>
 * </ul>
 *
 * <p>Every class is immutable and thread-safe.
 */
package in.lumpsum.calc.returns;
