/** Internal: the JDBC store's SQL plumbing and encryption; no compatibility promise. */
package in.lumpsum.store.jdbc.internal;
