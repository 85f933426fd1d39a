package in.lumpsum.core.store.memory;

import in.lumpsum.core.store.spi.PortfolioStore;
import in.lumpsum.core.store.tck.PortfolioStoreContract;

/** Runs the {@link PortfolioStoreContract} against {@link InMemoryPortfolioStore}. */
class InMemoryPortfolioStoreTest extends PortfolioStoreContract {

  @Override
  protected PortfolioStore newStore() {
    return new InMemoryPortfolioStore();
  }
}
