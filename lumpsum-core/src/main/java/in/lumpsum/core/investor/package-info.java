/**
 * API: investors and what lumpsum knows about them: {@link in.lumpsum.core.investor.Investor accounts}
 * with {@link in.lumpsum.core.investor.Role roles} and an optional assigned advisor,
 * {@link in.lumpsum.core.investor.InvestorProfile profiles} with a
 * {@link in.lumpsum.core.investor.RiskProfile risk profile} and
 * {@link in.lumpsum.core.investor.Preferences preferences}, and the
 * {@link in.lumpsum.core.investor.Pan PAN}.
 *
 * <p>Personal data stays out of logs: {@code toString} of these types omits names, e-mail addresses,
 * dates of birth and incomes, and masks PANs.
 */
package in.lumpsum.core.investor;
