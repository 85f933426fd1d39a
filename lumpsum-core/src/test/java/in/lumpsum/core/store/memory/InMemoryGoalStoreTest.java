package in.lumpsum.core.store.memory;

import in.lumpsum.core.store.spi.GoalStore;
import in.lumpsum.core.store.tck.GoalStoreContract;

/** Runs the {@link GoalStoreContract} against {@link InMemoryGoalStore}. */
class InMemoryGoalStoreTest extends GoalStoreContract {

  @Override
  protected GoalStore newStore() {
    return new InMemoryGoalStore();
  }
}
