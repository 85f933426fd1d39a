/**
 * SPI: the storage contracts that adapters implement (in-memory, JDBC, Redis, or a host's own), and the
 * simple records they exchange.
 *
 * <p>One interface per kind of data: {@link in.lumpsum.core.store.spi.SchemeStore},
 * {@link in.lumpsum.core.store.spi.NavStore}, {@link in.lumpsum.core.store.spi.PortfolioStore},
 * {@link in.lumpsum.core.store.spi.GoalStore} and {@link in.lumpsum.core.store.spi.InvestorStore}, the
 * five of {@link in.lumpsum.core.store.Stores}; and {@link in.lumpsum.core.store.spi.SchemeLineageStore}
 * for schemes' renames (since 0.2.0), which a host passes to the scheme directory itself.
 * Every implementation is thread-safe, returns {@code Optional} or empty collections rather than
 * {@code null}, returns immutable results, and wraps its own failures in
 * {@link in.lumpsum.core.store.StoreException}. Stores do not check references across one another (a
 * goal's investor need not be in the investor store).
 *
 * <p>Each contract is pinned down by an abstract test in lumpsum-core's test kit
 * ({@code in.lumpsum.core.store.tck}, artifact {@code lumpsum-core:tests}) that every adapter extends
 * and passes. The embedded default lives in {@code in.lumpsum.core.store.memory}.
 */
package in.lumpsum.core.store.spi;
