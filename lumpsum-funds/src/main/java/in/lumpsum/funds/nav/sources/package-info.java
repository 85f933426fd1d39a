/**
 * API: {@link in.lumpsum.funds.nav.spi.NavSource}s over lumpsum's clients, for the chain of a
 * {@link in.lumpsum.funds.nav.NavService}: AMFI's NAV history report
 * ({@link in.lumpsum.funds.nav.sources.AmfiHistorySource}) and mfapi.in
 * ({@link in.lumpsum.funds.nav.sources.MfApiSource}); start at
 * {@link in.lumpsum.funds.nav.sources.NavSources}.
 *
 * <p>This package joins {@code funds.nav} to {@code funds.client}, so that {@code funds.nav} itself
 * needs no HTTP client. No OkHttp type appears in its signatures.
 */
package in.lumpsum.funds.nav.sources;
