/**
 * API: the scheme directory, a read and search view over a
 * {@link in.lumpsum.core.store.spi.SchemeStore}: look-up by code or ISIN, word search with filters,
 * name lineage across renames, and stale or dead schemes. Start at
 * {@link in.lumpsum.funds.directory.SchemeDirectory}; names are compared by
 * {@link in.lumpsum.funds.directory.SchemeNames}.
 */
package in.lumpsum.funds.directory;
