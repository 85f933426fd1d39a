package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.spi.InvestorStore;
import in.lumpsum.core.store.tck.InvestorStoreContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the {@link InvestorStoreContract} against {@link JdbcInvestorStore} on PostgreSQL, in its own schema. */
@ExtendWith(Pg.class)
@AddLifecycleHook(Pg.class)
class JdbcInvestorStoreTest extends InvestorStoreContract {

  private static final TestSchema SCHEMA = new TestSchema();

  @Override
  protected InvestorStore newStore() {
    return SCHEMA.fresh().investors();
  }

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }
}
