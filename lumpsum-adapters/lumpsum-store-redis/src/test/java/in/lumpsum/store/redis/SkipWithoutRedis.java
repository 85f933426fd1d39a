package in.lumpsum.store.redis;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik property when the test Redis cannot be reached, with the same visible message as the
 * JUnit tests; under CI it lets the property run, and fail. (jqwik counts an aborted try as a
 * rejected one, so the JUnit way of skipping would fail the property instead.)
 */
public final class SkipWithoutRedis implements SkipExecutionHook {

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return RedisTests.problem().map(SkipResult::skip).orElse(SkipResult.doNotSkip());
  }
}
