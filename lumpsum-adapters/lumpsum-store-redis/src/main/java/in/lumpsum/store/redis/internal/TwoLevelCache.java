package in.lumpsum.store.redis.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import in.lumpsum.core.json.JsonCodecException;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache in two levels in front of a store: Caffeine in this process, then Redis shared by every
 * instance, then the store (the system of record).
 *
 * <h2>Redis: generations make stale writes harmless</h2>
 *
 * <p>Each cached value lives under a data key and belongs to a generation key holding a random token
 * (several values may share one generation, such as every ISIN look-up). The data is stored as the
 * token followed by the value, and counts only while its token is the generation's current one.
 * <ul>
 *   <li><b>Read</b> ({@code READ}, one round trip): get the generation (creating it if missing) and
 *       the data; a hit is data whose token matches.
 *   <li><b>Miss</b>: load from the store, then {@code WRITE} the value only if the generation is still
 *       the one read before loading.
 *   <li><b>Write</b> (by the caller, to the store first): then {@code INVALIDATE} sets each touched
 *       generation to a new random token, deletes the data, and publishes the generations on the
 *       invalidation channel, atomically.
 * </ul>
 * A reader that loaded the old value before a write's invalidation cannot store it afterwards (the
 * generation changed), and one that loads after the write's store commit sees the new value. Random
 * tokens rather than counters keep this true if Redis evicts a generation key.
 *
 * <h2>Local: used only while the invalidation channel is subscribed</h2>
 *
 * <p>Other instances' writes reach this one as messages on the invalidation channel, which drop the
 * named entries. Pub/sub loses messages while disconnected, so the local level is used only between
 * the channel's (re)subscription and the next disconnect, and is emptied at both. A read stores what
 * it loaded locally only if no invalidation ran meanwhile (an epoch counter, re-checked after the
 * put).
 *
 * <h2>Failures</h2>
 *
 * <p>A Redis failure on a read falls back to the store (see {@link Outage}); it never reaches the
 * caller. An invalidation that cannot reach Redis is kept as pending and sent before this instance
 * uses Redis again, and when the command connection comes back; until then this instance reads the
 * store.
 *
 * <p>Thread-safe.
 */
public final class TwoLevelCache implements PubSubHub.Handler {

  private static final Logger LOG = LoggerFactory.getLogger(TwoLevelCache.class);

  /** Above this many generations, one invalidation tells the other instances to drop everything. */
  static final int MESSAGE_MAX_KEYS = 256;

  /** Values per INVALIDATE call, so that one call never holds Redis for long. */
  static final int CHUNK = 512;

  private static final String ALL = "*";

  /**
   * Where one value is cached.
   *
   * @param dataKey the Redis key of the value, also its local key
   * @param genKey the Redis key of its generation
   * @param shared whether other values share the generation (then invalidating it drops them all)
   */
  public record Slot(String dataKey, String genKey, boolean shared) {

    /**
     * Returns the slot of a value with a generation of its own, {@code dataKey + ":g"}.
     *
     * @param dataKey the Redis key of the value
     * @return the slot
     */
    public static Slot own(String dataKey) {
      return new Slot(dataKey, dataKey + OWN_SUFFIX, false);
    }

    /**
     * Returns the slot of a value in a group that shares one generation.
     *
     * @param dataKey the Redis key of the value
     * @param groupKey the group's generation key; must not end with {@code ":g"}
     * @return the slot
     */
    public static Slot inGroup(String dataKey, String groupKey) {
      if (groupKey.endsWith(OWN_SUFFIX)) {
        throw new IllegalArgumentException("groupKey: must not end with " + OWN_SUFFIX);
      }
      return new Slot(dataKey, groupKey, true);
    }
  }

  private static final String OWN_SUFFIX = ":g";

  private record Entry(String genKey, Object value, int weight) {}

  private final StatefulRedisConnection<byte[], byte[]> connection;
  private final PubSubHub hub;
  private final String channel;
  private final String instanceId = UUID.randomUUID().toString();
  private final long ttlMillis;
  private final Cache<String, Entry> local;
  private final Outage outage;
  private final AtomicLong epoch = new AtomicLong();
  private final boolean localEnabled;
  private volatile boolean localUsable;
  private final Set<Slot> pending = ConcurrentHashMap.newKeySet();
  private final RedisConnectionStateListener reconnectFlush;

  private final LongAdder localHits = new LongAdder();
  private final LongAdder redisHits = new LongAdder();
  private final LongAdder loads = new LongAdder();

  /**
   * Creates the cache and subscribes its invalidation channel.
   *
   * @param connection the command connection, shared and owned by the caller
   * @param hub the pub/sub hub
   * @param channel the invalidation channel
   * @param ttl how long Redis keeps a value
   * @param localTtl how long this process keeps a value
   * @param localMaxBytes the local level's budget, in estimated heap bytes; 0 turns it off
   * @param retryBackoff how long to skip Redis after a failure
   */
  public TwoLevelCache(StatefulRedisConnection<byte[], byte[]> connection, PubSubHub hub,
      String channel, Duration ttl, Duration localTtl, long localMaxBytes, Duration retryBackoff) {
    this.connection = connection;
    this.hub = hub;
    this.channel = channel;
    this.ttlMillis = ttl.toMillis();
    this.localEnabled = localMaxBytes > 0;
    this.local = Caffeine.newBuilder()
        .expireAfterWrite(localTtl)
        .maximumWeight(localMaxBytes)
        .<String, Entry>weigher((k, e) -> e.weight())
        .build();
    this.outage = new Outage(LOG, "NAV and scheme cache", "reading from the store", retryBackoff.toNanos(),
        System::nanoTime);
    this.reconnectFlush = new RedisConnectionStateListener() {
      @Override
      public void onRedisConnected(RedisChannelHandler<?, ?> c, SocketAddress address) {
        flushPendingAsync();
      }
    };
    connection.addListener(reconnectFlush);
    hub.subscribe(channel, this);
  }

  /**
   * Returns a value: from this process, else from Redis, else loaded from the store and cached.
   *
   * @param <V> the value type
   * @param slot where it is cached
   * @param codec its encoding
   * @param loader reads it from the store; its exceptions reach the caller
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <V> V get(Slot slot, ValueCodec<V> codec, Supplier<V> loader) {
    long startEpoch = epoch.get();
    boolean useLocal = localUsable;
    if (useLocal) {
      Entry e = local.getIfPresent(slot.dataKey());
      if (e != null) {
        localHits.increment();
        return (V) e.value();
      }
    }
    byte[] token = null;
    if (redisUsable()) {
      try {
        List<byte[]> r = Scripts.READ.run(connection.sync(), ScriptOutputType.MULTI,
            keys(slot.genKey(), slot.dataKey()), newToken());
        outage.success();
        token = r.get(0);
        if (r.size() > 1 && startsWith(r.get(1), token)) {
          byte[] data = r.get(1);
          V value = decode(codec, Arrays.copyOfRange(data, token.length, data.length), slot);
          if (value != null) {
            redisHits.increment();
            putLocal(slot, value, codec, startEpoch, useLocal);
            return value;
          }
        }
      } catch (RuntimeException e) {
        outage.failure(e);
        token = null;
      }
    }
    V value = loader.get();
    loads.increment();
    if (token != null) {
      store(slot, token, codec.encode(value));
    }
    putLocal(slot, value, codec, startEpoch, useLocal);
    return value;
  }

  /**
   * Drops values after the store changed them: in Redis (with a message to the other instances),
   * then here. Call it after the store's write, also when the write failed part-way.
   *
   * @param slots the values the write may have changed
   */
  public void invalidate(Collection<Slot> slots) {
    if (slots.isEmpty()) {
      return;
    }
    if (!outage.allow()) {
      // Redis failed a moment ago: do not make the writer wait for another timeout.
      pending.addAll(slots);
      invalidateLocal(genKeys(slots));
      return;
    }
    Set<Slot> all = new LinkedHashSet<>(pending);
    all.addAll(slots);
    try {
      sendInvalidations(all);
      pending.removeAll(all);
      outage.success();
    } catch (RuntimeException e) {
      pending.addAll(slots);
      outage.failure(e);
    }
    invalidateLocal(genKeys(slots));
  }

  /**
   * Returns the counters.
   *
   * @return local hits, Redis hits, loads from the store, Redis failures, pending invalidations
   */
  public long[] counters() {
    return new long[] {localHits.sum(), redisHits.sum(), loads.sum(), outage.totalFailures(),
        pending.size()};
  }

  /**
   * Tells whether the local level is in use (its invalidation channel is subscribed).
   *
   * @return true while in use
   */
  public boolean localInUse() {
    return localUsable;
  }

  /** Unsubscribes the invalidation channel and empties the local level. */
  public void close() {
    localUsable = false;
    connection.removeListener(reconnectFlush);
    hub.unsubscribe(channel);
    local.invalidateAll();
  }

  // ----- PubSubHub.Handler: messages from the other instances

  @Override
  public void onMessage(String message) {
    int nl = message.indexOf('\n');
    if (nl < 0) {
      LOG.debug("ignoring malformed invalidation message");
      return;
    }
    if (message.startsWith(instanceId) && nl == instanceId.length()) {
      return; // our own: already applied before it was sent
    }
    String body = message.substring(nl + 1);
    if (body.equals(ALL)) {
      epoch.incrementAndGet();
      local.invalidateAll();
    } else {
      invalidateLocal(new HashSet<>(Arrays.asList(body.split("\n"))));
    }
  }

  @Override
  public void onSubscribed() {
    epoch.incrementAndGet();
    local.invalidateAll();
    localUsable = localEnabled;
    LOG.debug("cache invalidation channel {} subscribed", channel);
  }

  @Override
  public void onDisconnected() {
    localUsable = false;
    epoch.incrementAndGet();
    local.invalidateAll();
    LOG.debug("cache invalidation channel {} lost: local cache off until resubscribed", channel);
  }

  // ----- internals

  private boolean redisUsable() {
    if (!outage.allow()) {
      return false;
    }
    if (pending.isEmpty()) {
      return true;
    }
    Set<Slot> all = Set.copyOf(pending);
    try {
      sendInvalidations(all);
      pending.removeAll(all);
      return true;
    } catch (RuntimeException e) {
      outage.failure(e);
      return false;
    }
  }

  private void flushPendingAsync() {
    if (pending.isEmpty()) {
      return;
    }
    Set<Slot> all = Set.copyOf(pending);
    CompletableFuture<Object> chain = CompletableFuture.completedFuture(null);
    for (Call call : invalidationCalls(all)) {
      chain = chain.thenCompose(x -> Scripts.INVALIDATE.runAsync(connection.async(),
          ScriptOutputType.INTEGER, call.keys(), call.args()));
    }
    chain.whenComplete((r, e) -> {
      if (e == null) {
        pending.removeAll(all);
        LOG.debug("sent {} pending invalidation(s) after reconnecting", all.size());
      } else {
        LOG.debug("pending invalidations not sent yet: {}", e.toString());
      }
    });
  }

  private void sendInvalidations(Set<Slot> slots) {
    for (Call call : invalidationCalls(slots)) {
      Scripts.INVALIDATE.run(connection.sync(), ScriptOutputType.INTEGER, call.keys(), call.args());
    }
  }

  /** One INVALIDATE script call. */
  private record Call(byte[][] keys, byte[][] args) {}

  /**
   * Splits invalidations into INVALIDATE calls of at most {@link #CHUNK} values each; the last call
   * publishes the message: the generations, or "drop everything" when there are many.
   */
  private List<Call> invalidationCalls(Set<Slot> slots) {
    List<Slot> list = new ArrayList<>(slots);
    Set<String> allGens = genKeys(slots);
    boolean tellAll = allGens.size() > MESSAGE_MAX_KEYS;
    String message = instanceId + "\n" + (tellAll ? ALL : String.join("\n", allGens));
    List<Call> calls = new ArrayList<>();
    for (int from = 0; from < list.size(); from += CHUNK) {
      List<Slot> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
      boolean last = from + CHUNK >= list.size();
      Set<String> gens = genKeys(chunk);
      List<byte[]> keys = new ArrayList<>();
      gens.forEach(k -> keys.add(utf8(k)));
      for (Slot s : chunk) {
        if (!s.shared()) {
          keys.add(utf8(s.dataKey()));
        }
      }
      List<byte[]> args = new ArrayList<>();
      args.add(utf8(Integer.toString(gens.size())));
      args.add(utf8(last ? channel : ""));
      args.add(utf8(last ? message : ""));
      for (int i = 0; i < gens.size(); i++) {
        args.add(newToken());
      }
      calls.add(new Call(keys.toArray(new byte[0][]), args.toArray(new byte[0][])));
    }
    return calls;
  }

  private void store(Slot slot, byte[] token, byte[] payload) {
    byte[] data = new byte[token.length + payload.length];
    System.arraycopy(token, 0, data, 0, token.length);
    System.arraycopy(payload, 0, data, token.length, payload.length);
    try {
      Scripts.WRITE.run(connection.sync(), ScriptOutputType.INTEGER,
          keys(slot.genKey(), slot.dataKey()), token, data, utf8(Long.toString(ttlMillis)));
    } catch (RuntimeException e) {
      outage.failure(e);
    }
  }

  private <V> void putLocal(Slot slot, V value, ValueCodec<V> codec, long startEpoch, boolean wasUsable) {
    if (!wasUsable || !localUsable || epoch.get() != startEpoch) {
      return;
    }
    Entry entry = new Entry(slot.genKey(), value, codec.weigh(value));
    local.put(slot.dataKey(), entry);
    // An invalidation that ran between the check and the put has bumped the epoch: undo the put.
    if (epoch.get() != startEpoch || !localUsable) {
      local.asMap().remove(slot.dataKey(), entry);
    }
  }

  private void invalidateLocal(Set<String> genKeys) {
    epoch.incrementAndGet();
    Set<String> groups = new HashSet<>();
    for (String gen : genKeys) {
      if (gen.endsWith(OWN_SUFFIX)) {
        local.invalidate(gen.substring(0, gen.length() - OWN_SUFFIX.length()));
      } else {
        groups.add(gen);
      }
    }
    if (!groups.isEmpty()) {
      local.asMap().values().removeIf(e -> groups.contains(e.genKey()));
    }
  }

  private static Set<String> genKeys(Collection<Slot> slots) {
    Set<String> gens = new LinkedHashSet<>();
    for (Slot s : slots) {
      gens.add(s.genKey());
    }
    return gens;
  }

  private static <V> V decode(ValueCodec<V> codec, byte[] bytes, Slot slot) {
    try {
      return codec.decode(bytes);
    } catch (IllegalArgumentException | JsonCodecException e) {
      // Written by another version, or damaged: load from the store and overwrite it.
      LOG.debug("cached value at {} unreadable, reloading: {}", slot.dataKey(), e.toString());
      return null;
    }
  }

  private static boolean startsWith(byte[] data, byte[] token) {
    return data.length >= token.length
        && Arrays.equals(data, 0, token.length, token, 0, token.length);
  }

  private static byte[] newToken() {
    return utf8(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
  }

  private static byte[][] keys(String a, String b) {
    return new byte[][] {utf8(a), utf8(b)};
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
