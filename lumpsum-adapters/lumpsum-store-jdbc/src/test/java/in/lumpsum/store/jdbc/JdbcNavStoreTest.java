package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.tck.NavStoreContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the {@link NavStoreContract} against {@link JdbcNavStore} on PostgreSQL, in its own schema. */
@ExtendWith(Pg.class)
@AddLifecycleHook(Pg.class)
class JdbcNavStoreTest extends NavStoreContract {

  private static final TestSchema SCHEMA = new TestSchema();

  @Override
  protected NavStore newStore() {
    return SCHEMA.fresh().navs();
  }

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }
}
