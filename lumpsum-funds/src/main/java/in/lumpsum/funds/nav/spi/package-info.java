/**
 * SPI: {@link in.lumpsum.funds.nav.spi.NavSource}, the contract a NAV history source implements
 * (AMFI's history report, mfapi, a file archive) so that {@link in.lumpsum.funds.nav.NavService} can
 * ask it after the local store.
 */
package in.lumpsum.funds.nav.spi;
