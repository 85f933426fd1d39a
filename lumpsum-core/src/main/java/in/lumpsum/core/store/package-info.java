/**
 * API: the storage exceptions callers can act on, and {@link in.lumpsum.core.store.Stores}, which bundles
 * one store of each kind and gives the embedded in-memory default.
 *
 * <p>The contracts adapters implement are in {@link in.lumpsum.core.store.spi}; the in-memory default
 * implementation is in {@link in.lumpsum.core.store.memory}.
 */
package in.lumpsum.core.store;
