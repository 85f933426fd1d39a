package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.tck.SchemeStoreContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the {@link SchemeStoreContract} against {@link JdbcSchemeStore} on PostgreSQL, in its own schema. */
@ExtendWith(Pg.class)
@AddLifecycleHook(Pg.class)
class JdbcSchemeStoreTest extends SchemeStoreContract {

  private static final TestSchema SCHEMA = new TestSchema();

  @Override
  protected SchemeStore newStore() {
    return SCHEMA.fresh().schemes();
  }

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }
}
