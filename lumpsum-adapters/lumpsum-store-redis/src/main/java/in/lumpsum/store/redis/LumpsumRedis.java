package in.lumpsum.store.redis;

import in.lumpsum.core.store.StoreException;
import in.lumpsum.store.redis.internal.PubSubHub;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lumpsum instance's link to Redis: a Lettuce client with one command connection and one pub/sub
 * connection, from which come the {@link RedisCache} and the {@link RedisEventBus}.
 *
 * <pre>{@code
 * try (LumpsumRedis redis = LumpsumRedis.connect(RedisSettings.builder().uri(url).build())) {
 *   RedisCache cache = redis.cache();
 *   try (RedisEventBus bus = redis.eventBus().build();
 *        Lumpsum lumpsum = Lumpsum.builder().stores(cache.decorate(stores)).events(bus).build()) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Lettuce is set to fail fast ({@link RedisSettings}): short command and connect timeouts, commands
 * rejected at once while disconnected ({@code DisconnectedBehavior.REJECT_COMMANDS}), and automatic
 * reconnection with a capped delay, after which Lettuce subscribes the pub/sub channels again. The
 * Lettuce threads (two I/O threads and two computation threads, daemons) belong to this object.
 *
 * <p>Thread-safe. {@link #close()} closes the caches and buses made from it, then the connections.
 *
 * @since 0.1.0
 */
public final class LumpsumRedis implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LumpsumRedis.class);

  private final RedisSettings settings;
  private final ClientResources resources;
  private final RedisClient client;
  private final StatefulRedisConnection<byte[], byte[]> commands;
  private final StatefulRedisPubSubConnection<String, String> pubSub;
  private final PubSubHub hub;
  private final java.util.List<AutoCloseable> children = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private LumpsumRedis(RedisSettings settings, ClientResources resources, RedisClient client,
      StatefulRedisConnection<byte[], byte[]> commands,
      StatefulRedisPubSubConnection<String, String> pubSub) {
    this.settings = settings;
    this.resources = resources;
    this.client = client;
    this.commands = commands;
    this.pubSub = pubSub;
    this.hub = new PubSubHub(pubSub);
  }

  /**
   * Connects to Redis. Redis must answer now; afterwards, outages are survived (see the class
   * documentation).
   *
   * @param settings where Redis is and how to treat it
   * @return the connected instance
   * @throws StoreException if Redis cannot be reached; the message names host and port, never a
   *     password
   */
  public static LumpsumRedis connect(RedisSettings settings) {
    Objects.requireNonNull(settings, "settings");
    RedisURI uri = RedisURI.create(settings.uri());
    uri.setTimeout(settings.commandTimeout());
    ClientResources resources = ClientResources.builder()
        .ioThreadPoolSize(2)
        .computationThreadPoolSize(2)
        .reconnectDelay(Delay.exponential(Duration.ofMillis(10), settings.reconnectDelayMax(), 2,
            TimeUnit.MILLISECONDS))
        .build();
    RedisClient client = RedisClient.create(resources, uri);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout())
            .keepAlive(true).tcpNoDelay(true).build())
        .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
        .build());
    StatefulRedisConnection<byte[], byte[]> commands = null;
    try {
      commands = client.connect(ByteArrayCodec.INSTANCE);
      StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub(StringCodec.UTF8);
      LOG.debug("connected to Redis at {}:{}", uri.getHost(), uri.getPort());
      return new LumpsumRedis(settings, resources, client, commands, pubSub);
    } catch (RuntimeException e) {
      if (commands != null) {
        commands.close();
      }
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      resources.shutdown(0, 2, TimeUnit.SECONDS);
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      // The root cause (connection refused, timed out, authentication) without the URI, which may
      // hold a password.
      throw new StoreException("Redis unreachable at " + uri.getHost() + ":" + uri.getPort() + ": "
          + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage()),
          e);
    }
  }

  /**
   * Returns the settings.
   *
   * @return the settings this instance was connected with
   */
  public RedisSettings settings() {
    return settings;
  }

  /**
   * Returns a new cache under the settings' key prefix. Instances that should share cached values
   * use the same prefix (and the same Redis database).
   *
   * @return the cache, closed with this object
   * @throws IllegalStateException if this object is closed
   */
  public RedisCache cache() {
    return cache(settings.keyPrefix());
  }

  /**
   * Returns a new cache under a key prefix of its own, so that one Redis holds several independent
   * caches (one per tenant, or per test).
   *
   * @param keyPrefix letters, digits and {@code . _ -}
   * @return the cache, closed with this object
   * @throws IllegalArgumentException if the prefix has other characters
   * @throws IllegalStateException if this object is closed, or this prefix already has an open cache
   *     here
   */
  public RedisCache cache(String keyPrefix) {
    checkPrefix(keyPrefix);
    checkOpen();
    RedisCache cache = new RedisCache(this, keyPrefix);
    children.add(cache);
    return cache;
  }

  /**
   * Starts building an event bus on this connection, on channel {@code <keyPrefix>:events}.
   *
   * @return a builder
   * @throws IllegalStateException if this object is closed
   */
  public RedisEventBus.Builder eventBus() {
    checkOpen();
    return new RedisEventBus.Builder(this);
  }

  /**
   * Tells whether the command connection is up at this moment.
   *
   * @return true if connected
   */
  public boolean isConnected() {
    return commands.isOpen();
  }

  /**
   * Closes every cache and bus made from this object, then the connections and the client.
   * Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (AutoCloseable child : children) {
      try {
        child.close();
      } catch (Exception e) {
        LOG.debug("closing {} failed: {}", child, e.toString());
      }
    }
    pubSub.close();
    commands.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  StatefulRedisConnection<byte[], byte[]> commands() {
    return commands;
  }

  PubSubHub hub() {
    return hub;
  }

  void register(AutoCloseable child) {
    children.add(child);
  }

  void forget(AutoCloseable child) {
    children.remove(child);
  }

  void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("LumpsumRedis is closed");
    }
  }

  static void checkPrefix(String keyPrefix) {
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    if (!keyPrefix.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "keyPrefix: must be letters, digits, '.', '_' or '-' (got '" + keyPrefix + "')");
    }
  }
}
