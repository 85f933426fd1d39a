package in.lumpsum.store.redis.internal;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Lua scripts of the cache protocol, run by SHA-1 with a fall-back to the full text when Redis
 * does not know the script (after a restart: scripts are not persisted).
 *
 * <p>Each script runs atomically in Redis, which is what makes the protocol sound: see
 * {@link TwoLevelCache}.
 */
final class Scripts {

  /**
   * KEYS[1] generation, KEYS[2] data; ARGV[1] a fresh token to set when the generation is missing.
   * Returns {generation} or {generation, data}.
   */
  static final Scripts READ = new Scripts(String.join("\n",
      "local g = redis.call('GET', KEYS[1])",
      "if not g then",
      "  redis.call('SET', KEYS[1], ARGV[1])",
      "  g = ARGV[1]",
      "end",
      "local d = redis.call('GET', KEYS[2])",
      "if d then return {g, d} end",
      "return {g}"));

  /**
   * KEYS[1] generation, KEYS[2] data; ARGV[1] the generation read before loading, ARGV[2] the value,
   * ARGV[3] its time to live in ms. Stores only if the generation is unchanged; returns 1 if stored.
   */
  static final Scripts WRITE = new Scripts(String.join("\n",
      "if redis.call('GET', KEYS[1]) == ARGV[1] then",
      "  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])",
      "  return 1",
      "end",
      "return 0"));

  /**
   * KEYS: n generations, then data keys to delete; ARGV[1] n, ARGV[2] the channel ('' for none),
   * ARGV[3] the message, ARGV[4..3+n] the new tokens. Returns n.
   */
  static final Scripts INVALIDATE = new Scripts(String.join("\n",
      "local n = tonumber(ARGV[1])",
      "for i = 1, n do redis.call('SET', KEYS[i], ARGV[3 + i]) end",
      "for i = n + 1, #KEYS do redis.call('DEL', KEYS[i]) end",
      "if ARGV[2] ~= '' then redis.call('PUBLISH', ARGV[2], ARGV[3]) end",
      "return n"));

  private final byte[] body;
  private final String sha;

  private Scripts(String body) {
    this.body = body.getBytes(StandardCharsets.UTF_8);
    try {
      this.sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(this.body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }

  <T> T run(RedisCommands<byte[], byte[]> redis, ScriptOutputType type, byte[][] keys,
      byte[]... args) {
    try {
      return redis.evalsha(sha, type, keys, args);
    } catch (RedisNoScriptException e) {
      return redis.eval(body, type, keys, args);
    }
  }

  <T> CompletableFuture<T> runAsync(RedisAsyncCommands<byte[], byte[]> redis, ScriptOutputType type,
      byte[][] keys, byte[]... args) {
    CompletableFuture<T> first = redis.<T>evalsha(sha, type, keys, args).toCompletableFuture();
    return first.handle((r, e) -> {
      if (e == null) {
        return CompletableFuture.completedFuture(r);
      }
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof RedisNoScriptException) {
        return redis.<T>eval(body, type, keys, args).toCompletableFuture();
      }
      return CompletableFuture.<T>failedFuture(cause);
    }).thenCompose(f -> f);
  }
}
