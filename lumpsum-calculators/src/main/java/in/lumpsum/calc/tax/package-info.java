/**
 * API: Indian capital-gains tax on mutual-fund units — the rules as dated data with their sources
 * ({@link in.lumpsum.calc.tax.TaxRules}), each scheme's tax profile
 * ({@link in.lumpsum.calc.tax.SchemeTaxProfile}), first-in-first-out lot matching across switches,
 * mergers and segregations ({@link in.lumpsum.calc.tax.CapitalGainsEngine}), the year's statement with
 * set-off, carry-forward and a tax estimate ({@link in.lumpsum.calc.tax.CapitalGainsStatement}),
 * Schedule 112A rows, tax harvesting and the what-if of a redemption.
 *
 * <p>Conventions: amounts are {@link in.lumpsum.core.money.Money} (paise, {@code HALF_UP}); rates are
 * {@link java.math.BigDecimal} fractions; dates are Indian calendar dates; a financial year runs 1 April
 * to 31 March. Holding periods count calendar months. Sections are those of the Income-tax Act, 1961 for
 * transfers before 1 April 2026 and of the Income-tax Act, 2025 from then on. Nothing here gives tax
 * advice: the statement shows every figure and the rule behind it so that it can be checked. Every class
 * is immutable and thread-safe.
 */
package in.lumpsum.calc.tax;
