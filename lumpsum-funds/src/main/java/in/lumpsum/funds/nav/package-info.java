/**
 * API: the NAV service (look-ups with explicit policies over a store and a chain of sources,
 * cross-checks between sources) and the data-quality report of a NAV series.
 *
 * <p>Start at {@link in.lumpsum.funds.nav.NavService}; quality checks at
 * {@link in.lumpsum.funds.nav.NavQuality}. The source contract is in
 * {@link in.lumpsum.funds.nav.spi}.
 */
package in.lumpsum.funds.nav;
