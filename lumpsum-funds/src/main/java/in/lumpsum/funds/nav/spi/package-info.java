/**
 * SPI: {@link in.lumpsum.funds.nav.spi.NavSource}, the contract a NAV history source implements
 * (AMFI's history report, mfapi, a file archive) so that {@link in.lumpsum.funds.nav.NavService} can
 * ask it after the local store, and {@link in.lumpsum.funds.nav.spi.SourceAnswer}, a source's
 * NAVs with whether they were read from a stale copy.
 */
package in.lumpsum.funds.nav.spi;
