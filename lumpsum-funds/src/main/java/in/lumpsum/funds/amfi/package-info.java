/**
 * API: readers (and a writer) for AMFI's files: the daily {@code NAVAll.txt}, the Specialised
 * Investment Funds file {@code SIF_NAVAll.txt} and the NAV history report, in every layout AMFI has
 * used. Start at {@link in.lumpsum.funds.amfi.AmfiReader}.
 */
package in.lumpsum.funds.amfi;
