/**
 * API: lumpsum's stores on PostgreSQL through JDBC. Start from
 * {@link in.lumpsum.store.jdbc.JdbcStores}; the schema is applied by
 * {@link in.lumpsum.store.jdbc.JdbcMigrator} from versioned scripts shipped in the jar. Personal data is
 * encrypted with keys from an {@link in.lumpsum.store.jdbc.spi.KeyProvider}. See
 * {@code docs/POSTGRES.md}.
 */
package in.lumpsum.store.jdbc;
