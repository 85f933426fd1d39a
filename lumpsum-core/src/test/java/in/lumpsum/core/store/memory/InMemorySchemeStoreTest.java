package in.lumpsum.core.store.memory;

import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.tck.SchemeStoreContract;

/** Runs the {@link SchemeStoreContract} against {@link InMemorySchemeStore}. */
class InMemorySchemeStoreTest extends SchemeStoreContract {

  @Override
  protected SchemeStore newStore() {
    return new InMemorySchemeStore();
  }
}
