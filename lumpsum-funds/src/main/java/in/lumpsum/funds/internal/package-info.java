/**
 * Internal: byte-level helpers of the AMFI readers (dates, decimals, plan and option words, repair of
 * double-encoded text). No compatibility promise; not for use outside lumpsum.
 */
package in.lumpsum.funds.internal;
