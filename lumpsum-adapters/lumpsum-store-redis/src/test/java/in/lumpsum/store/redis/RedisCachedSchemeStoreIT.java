package in.lumpsum.store.redis;

import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.tck.SchemeStoreContract;

/**
 * Runs the {@link SchemeStoreContract} against {@link RedisCachedSchemeStore} over an in-memory store,
 * on the real Redis, each store under a key prefix of its own.
 */
class RedisCachedSchemeStoreIT extends SchemeStoreContract {

  @Override
  protected SchemeStore newStore() {
    return RedisTests.shared().cache(RedisTests.prefix("schemes")).schemes(new InMemorySchemeStore());
  }
}
