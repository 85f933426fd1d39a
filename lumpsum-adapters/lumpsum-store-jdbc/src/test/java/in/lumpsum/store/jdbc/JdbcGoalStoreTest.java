package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.spi.GoalStore;
import in.lumpsum.core.store.tck.GoalStoreContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the {@link GoalStoreContract} against {@link JdbcGoalStore} on PostgreSQL, in its own schema. */
@ExtendWith(Pg.class)
@AddLifecycleHook(Pg.class)
class JdbcGoalStoreTest extends GoalStoreContract {

  private static final TestSchema SCHEMA = new TestSchema();

  @Override
  protected GoalStore newStore() {
    return SCHEMA.fresh().goals();
  }

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }
}
