/**
 * API: back-tests of SIP, SWP and STP on actual NAV history
 * ({@link in.lumpsum.calc.backtest.Backtest}), with the charges of
 * {@link in.lumpsum.calc.charges}, the registrar-style transactions they produce, the holding over
 * time, XIRR, and the same money in a benchmark index over the same dates.
 *
 * <p>Conventions, as registrars apply them:
 * <ul>
 *   <li>An instalment on a date without a NAV (a weekend, a holiday) is allotted at the NAV of the
 *       next date that has one ({@link in.lumpsum.core.nav.NavLookup#ON_OR_AFTER}).</li>
 *   <li>Units are rounded half up to three decimals
 *       ({@link in.lumpsum.core.money.Units#allotted(in.lumpsum.core.money.Money,
 *       in.lumpsum.core.money.Nav)}).</li>
 *   <li>Stamp duty (0.005% from 1 July 2020) is deducted from the money before units are allotted
 *       and shown as its own {@code STAMP_DUTY} line; the purchase line carries the net amount.</li>
 *   <li>A redemption or switch out pays units × NAV less the exit load of each FIFO lot it consumes;
 *       STT on an equity-oriented fund is charged on that amount after exit load (the price at
 *       which the fund repurchases the units) and is its own {@code STT} line.</li>
 * </ul>
 *
 * <p>Every class is immutable and thread-safe.
 */
package in.lumpsum.calc.backtest;
