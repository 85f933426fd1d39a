/**
 * SPI: what a host implements for the JDBC store, namely the {@link in.lumpsum.store.jdbc.spi.KeyProvider}
 * of the keys that encrypt personal data at rest.
 */
package in.lumpsum.store.jdbc.spi;
