/**
 * API (default implementation): the in-memory stores, lumpsum's embedded default. Thread-safe, fast,
 * and gone when the JVM exits; they pass the store test kit like every other adapter.
 *
 * <p>Obtain all five with {@link in.lumpsum.core.store.Stores#inMemory()}, or create one with its public
 * constructor. {@link in.lumpsum.core.store.memory.InMemorySchemeLineageStore} is not in that bundle:
 * create it with its constructor.
 */
package in.lumpsum.core.store.memory;
