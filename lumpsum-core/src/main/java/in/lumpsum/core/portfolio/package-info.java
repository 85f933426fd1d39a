/**
 * API: what an investor holds and did: {@link in.lumpsum.core.portfolio.Portfolio portfolios} of
 * {@link in.lumpsum.core.portfolio.Transaction transactions} of every kind a registrar statement (CAMS,
 * KFintech CAS) lists, in {@link in.lumpsum.core.portfolio.FolioKey folios} keyed by fund house and folio
 * number, and the {@link in.lumpsum.core.portfolio.Holding holdings} and
 * {@link in.lumpsum.core.portfolio.Lot lots} that accounting derives from them.
 *
 * <p>These are pure immutable values: no accounting happens here (FIFO lots, capital gains and returns
 * belong to the calculators). Folio numbers are masked in every {@code toString} and error message.
 */
package in.lumpsum.core.portfolio;
