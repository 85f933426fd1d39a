/**
 * API: fund identity as the industry has it: AMFI scheme codes, ISINs (validated, with a reader for the
 * junk AMFI's files carry), fund houses, plans, options and IDCW frequencies, SEBI categories and
 * scheme structures.
 */
package in.lumpsum.core.scheme;
