/**
 * API: the charges on mutual-fund transactions in India, as small immutable values with the dates
 * they apply from: {@link in.lumpsum.calc.charges.StampDuty} on purchases,
 * {@link in.lumpsum.calc.charges.SecuritiesTransactionTax} on redemptions of equity-oriented funds,
 * and {@link in.lumpsum.calc.charges.ExitLoadSchedule} tiers by holding period.
 *
 * <p>Rates are fractions ({@code 0.00005} is 0.005%) held as {@link java.math.BigDecimal}; amounts are
 * {@link in.lumpsum.core.money.Money}, rounded to paise {@code HALF_UP}. Each rate carries the law or
 * circular it comes from ({@link in.lumpsum.calc.charges.DatedRate#source()}). Every class is
 * immutable and thread-safe.
 */
package in.lumpsum.calc.charges;
