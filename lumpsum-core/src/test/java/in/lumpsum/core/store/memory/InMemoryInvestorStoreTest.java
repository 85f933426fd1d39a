package in.lumpsum.core.store.memory;

import in.lumpsum.core.store.spi.InvestorStore;
import in.lumpsum.core.store.tck.InvestorStoreContract;

/** Runs the {@link InvestorStoreContract} against {@link InMemoryInvestorStore}. */
class InMemoryInvestorStoreTest extends InvestorStoreContract {

  @Override
  protected InvestorStore newStore() {
    return new InMemoryInvestorStore();
  }
}
