package in.lumpsum.core.store.memory;

import in.lumpsum.core.store.spi.SchemeLineageStore;
import in.lumpsum.core.store.tck.SchemeLineageStoreContract;

/** Runs the {@link SchemeLineageStoreContract} against {@link InMemorySchemeLineageStore}. */
class InMemorySchemeLineageStoreTest extends SchemeLineageStoreContract {

  @Override
  protected SchemeLineageStore newStore() {
    return new InMemorySchemeLineageStore();
  }
}
