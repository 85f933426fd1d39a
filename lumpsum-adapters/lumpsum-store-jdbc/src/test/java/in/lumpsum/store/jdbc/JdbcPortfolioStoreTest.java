package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.spi.PortfolioStore;
import in.lumpsum.core.store.tck.PortfolioStoreContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the {@link PortfolioStoreContract} against {@link JdbcPortfolioStore} on PostgreSQL, in its own schema. */
@ExtendWith(Pg.class)
@AddLifecycleHook(Pg.class)
class JdbcPortfolioStoreTest extends PortfolioStoreContract {

  private static final TestSchema SCHEMA = new TestSchema();

  @Override
  protected PortfolioStore newStore() {
    return SCHEMA.fresh().portfolios();
  }

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }
}
