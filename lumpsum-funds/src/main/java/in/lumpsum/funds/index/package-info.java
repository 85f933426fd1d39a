/**
 * API: benchmark index series and their importers, so that a fund's returns can be compared with an
 * index over the same dates.
 *
 * <p>{@link in.lumpsum.funds.index.IndexImporter} reads NSE and BSE closing-value CSVs and the
 * Nifty total-return-index JSON into an {@link in.lumpsum.funds.index.IndexSeries}, choosing the
 * format from the file's header; it also reads a table of fixed-deposit rates into
 * {@link in.lumpsum.funds.index.RateSeries}, which are rates in force from a date, not index values.
 */
package in.lumpsum.funds.index;
