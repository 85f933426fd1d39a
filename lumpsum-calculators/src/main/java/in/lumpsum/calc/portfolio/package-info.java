/**
 * API: portfolio accounting: holdings and FIFO lots from transactions, and their valuation at NAVs.
 */
package in.lumpsum.calc.portfolio;
