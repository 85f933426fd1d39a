package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.spi.SchemeLineageStore;
import in.lumpsum.core.store.tck.SchemeLineageStoreContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the {@link SchemeLineageStoreContract} against {@link JdbcSchemeLineageStore} on PostgreSQL, in
 * its own schema.
 */
@ExtendWith(Pg.class)
@AddLifecycleHook(Pg.class)
class JdbcSchemeLineageStoreTest extends SchemeLineageStoreContract {

  private static final TestSchema SCHEMA = new TestSchema();

  @Override
  protected SchemeLineageStore newStore() {
    return SCHEMA.fresh().lineage();
  }

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }
}
