/**
 * API: planning calculators — lump sum, SIP, step-up SIP, SWP, STP, goal and retirement plans —
 * with year-by-year schedules ({@link in.lumpsum.calc.planning.Planner}).
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li>Rates are fractions and {@code double}: {@code 0.12} is 12% a year. A projection is an
 *       estimate, not a ledger, so it is computed in {@code double} and rounded to paise
 *       ({@link in.lumpsum.core.money.Money}) once, at the edge.</li>
 *   <li>Calculator pages disagree on when a monthly instalment is paid, how an annual rate becomes
 *       a monthly one, how a lump sum compounds and how a stepped-up instalment is rounded.
 *       {@link in.lumpsum.calc.planning.Conventions} makes each an explicit option; every result
 *       carries the conventions it used, and {@link in.lumpsum.calc.planning.Conventions#describe()}
 *       says them in words.</li>
 *   <li>The default, {@link in.lumpsum.calc.planning.Conventions#INDIAN_CALCULATORS}, matches the
 *       popular Indian SIP calculator pages: instalments at the start of each month, monthly rate
 *       annual / 12, a lump sum compounding once a year.</li>
 * </ul>
 *
 * <p>Every class is immutable and thread-safe.
 */
package in.lumpsum.calc.planning;
