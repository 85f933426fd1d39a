package in.lumpsum.core.store.memory;

import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.tck.NavStoreContract;

/** Runs the {@link NavStoreContract} against {@link InMemoryNavStore}. */
class InMemoryNavStoreTest extends NavStoreContract {

  @Override
  protected NavStore newStore() {
    return new InMemoryNavStore();
  }
}
