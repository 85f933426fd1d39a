/**
 * API: quantities with one fixed scale and rounding each: {@link in.lumpsum.core.money.Money} (rupees,
 * two decimals), {@link in.lumpsum.core.money.Units} (three decimals, as registrars allot) and
 * {@link in.lumpsum.core.money.Nav} (as published, up to eight decimals). All are exact
 * {@link java.math.BigDecimal} values; rates elsewhere are fractions ({@code 0.12} is 12%).
 */
package in.lumpsum.core.money;
