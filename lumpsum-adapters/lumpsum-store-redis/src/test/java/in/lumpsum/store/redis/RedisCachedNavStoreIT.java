package in.lumpsum.store.redis;

import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.tck.NavStoreContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Runs the {@link NavStoreContract} against {@link RedisCachedNavStore} over an in-memory store, on the
 * real Redis, each store under a key prefix of its own.
 */
@AddLifecycleHook(SkipWithoutRedis.class)
class RedisCachedNavStoreIT extends NavStoreContract {

  @Override
  protected NavStore newStore() {
    return RedisTests.shared().cache(RedisTests.prefix("navs")).navs(new InMemoryNavStore());
  }
}
