package in.lumpsum.store.redis;

import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.tck.NavStoreContract;

/**
 * Runs the {@link NavStoreContract} against {@link RedisCachedNavStore} over an in-memory store, on the
 * real Redis, each store under a key prefix of its own.
 */
class RedisCachedNavStoreIT extends NavStoreContract {

  @Override
  protected NavStore newStore() {
    return RedisTests.shared().cache(RedisTests.prefix("navs")).navs(new InMemoryNavStore());
  }
}
