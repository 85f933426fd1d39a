package in.lumpsum.store.redis;

import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.EventBus;
import in.lumpsum.core.event.EventListener;
import in.lumpsum.core.event.InProcessEventBus;
import in.lumpsum.core.event.Subscription;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.store.redis.internal.Envelope;
import in.lumpsum.store.redis.internal.Outage;
import in.lumpsum.store.redis.internal.PubSubHub;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EventBus} that carries events to every lumpsum instance on one Redis: each event is
 * delivered to this instance's listeners through a local bus, and sent over Redis pub/sub to the
 * other instances, whose buses deliver it to theirs.
 *
 * <h2>Delivery</h2>
 *
 * <ul>
 *   <li><b>Here</b>: {@link #publish} hands the event to the local bus (by default a synchronous
 *       {@link InProcessEventBus}, so local listeners have it when {@code publish} returns).
 *   <li><b>Elsewhere</b>: the event travels as JSON (with its {@code "type"} discriminator) in an
 *       envelope carrying this bus's instance id and a sequence number. A receiving bus drops its own
 *       echo (its listeners already had the event) and any sequence number it has seen from that
 *       instance, so every listener gets each event once. Received events are handed to the local
 *       bus on one delivery thread that this bus owns ({@code lumpsum-redis-events-<n>}, a daemon),
 *       never on Lettuce's I/O thread, so listeners may call Redis.
 *   <li><b>Order</b>: events are sent in the order of their {@code publish} calls, and Redis delivers
 *       a channel's messages in order, so each listener sees one publisher's events in order, as
 *       {@link EventBus} asks.
 * </ul>
 *
 * <h2>When Redis is down</h2>
 *
 * <p>{@code publish} never throws because of Redis: the event still reaches this instance's
 * listeners, the send fails fast (commands are rejected while disconnected), and a warning is logged
 * once per outage. Pub/sub is at most once: events published while a link is down do not reach the
 * instances on the far side of it, and are not replayed; a receiver counts them as
 * {@linkplain RedisEventBusMetrics#missed() missed} from the gap in sequence numbers. When Redis is
 * back, Lettuce reconnects and subscribes the channel again by itself, and events flow again.
 *
 * <p>Thread-safe. {@link #close()} stops sending and receiving, waits up to two seconds for received
 * events to be delivered, and closes the local bus if this bus created it.
 *
 * @since 0.1.0
 */
public final class RedisEventBus implements EventBus {

  private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);
  private static final AtomicInteger BUS_IDS = new AtomicInteger();
  private static final int INSTANCES_REMEMBERED = 1024;

  private final LumpsumRedis redis;
  private final EventBus local;
  private final boolean ownsLocal;
  private final JsonCodec json;
  private final String channel;
  private final byte[] channelBytes;
  private final String instanceId = UUID.randomUUID().toString();
  private final ThreadPoolExecutor delivery;
  private final Outage outage;
  private final Object sendLock = new Object();
  private long seq;
  private volatile boolean closed;
  private final AtomicBoolean receiveWarned = new AtomicBoolean();

  /** Last sequence number seen per instance; touched only by the delivery thread. */
  private final Map<String, Long> lastSeen = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > INSTANCES_REMEMBERED;
    }
  };

  private final LongAdder published = new LongAdder();
  private final LongAdder sent = new LongAdder();
  private final LongAdder sendFailures = new LongAdder();
  private final LongAdder received = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder missed = new LongAdder();
  private final LongAdder dropped = new LongAdder();

  private RedisEventBus(Builder b) {
    this.redis = b.redis;
    this.ownsLocal = b.local == null;
    this.local = ownsLocal ? InProcessEventBus.builder().build() : b.local;
    this.json = b.json;
    this.channel = b.keyPrefix + ":events";
    this.channelBytes = channel.getBytes(StandardCharsets.UTF_8);
    this.outage = new Outage(LOG, "event bus",
        "delivering events to this instance's listeners only",
        redis.settings().retryBackoff().toNanos(), System::nanoTime);
    int id = BUS_IDS.incrementAndGet();
    this.delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(b.receiveQueueCapacity), r -> {
          Thread t = new Thread(r, "lumpsum-redis-events-" + id);
          t.setDaemon(true);
          return t;
        });
    redis.hub().subscribe(channel, new Receiver());
    redis.register(this);
  }

  /**
   * Returns this bus's instance id, carried by every event it sends.
   *
   * @return a random UUID, new for each bus
   */
  public String instanceId() {
    return instanceId;
  }

  /**
   * Publishes an event here and to every other instance; never throws because of Redis.
   *
   * @param event the event
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalStateException if the bus is closed
   */
  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("The event bus is closed; cannot publish");
    }
    published.increment();
    // Send first: the other instances need not wait for this instance's synchronous listeners.
    send(event);
    local.publish(event);
  }

  @Override
  public <E extends DomainEvent> Subscription subscribe(Class<E> type,
      EventListener<? super E> listener) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listener, "listener");
    if (closed) {
      throw new IllegalStateException("The event bus is closed; cannot subscribe");
    }
    return local.subscribe(type, listener);
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /**
   * Returns the counters since this bus was made.
   *
   * @return the metrics
   */
  public RedisEventBusMetrics metrics() {
    return new RedisEventBusMetrics(published.sum(), sent.sum(), sendFailures.sum(), received.sum(),
        duplicates.sum(), missed.sum(), dropped.sum());
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    redis.hub().unsubscribe(channel);
    delivery.shutdown();
    try {
      if (!delivery.awaitTermination(2, TimeUnit.SECONDS)) {
        delivery.shutdownNow();
      }
    } catch (InterruptedException e) {
      delivery.shutdownNow();
      Thread.currentThread().interrupt();
    }
    if (ownsLocal) {
      local.close();
    }
    redis.forget(this);
  }

  @Override
  public String toString() {
    return "RedisEventBus[" + channel + ", instance " + instanceId + "]";
  }

  private void send(DomainEvent event) {
    String text;
    try {
      text = json.toJson(event);
    } catch (RuntimeException e) {
      sendFailures.increment();
      LOG.warn("event {} not sent to other instances: it cannot be written as JSON",
          event.getClass().getSimpleName(), e);
      return;
    }
    // Sequence numbers are taken and the commands queued under one lock, so they leave in order.
    synchronized (sendLock) {
      long n = ++seq;
      byte[] message = new Envelope(instanceId, n, text).encode().getBytes(StandardCharsets.UTF_8);
      try {
        redis.commands().async().publish(channelBytes, message).whenComplete((r, e) -> {
          if (e == null) {
            sent.increment();
            outage.success();
          } else {
            sendFailures.increment();
            outage.failure(e);
          }
        });
      } catch (RuntimeException e) {
        sendFailures.increment();
        outage.failure(e);
      }
    }
  }

  /** Runs on the delivery thread. */
  private void deliverRemote(String message) {
    Envelope envelope;
    try {
      envelope = Envelope.decode(message);
    } catch (IllegalArgumentException e) {
      LOG.debug("ignoring a message on {} that is not an event: {}", channel, e.getMessage());
      return;
    }
    if (envelope.instance().equals(instanceId)) {
      return; // our own echo: our listeners had it when it was published
    }
    Long last = lastSeen.get(envelope.instance());
    if (last != null && envelope.seq() <= last) {
      duplicates.increment();
      return;
    }
    if (last != null && envelope.seq() > last + 1) {
      long gap = envelope.seq() - last - 1;
      missed.add(gap);
      LOG.debug("{} event(s) from instance {} never arrived (sent while Redis was unreachable)",
          gap, envelope.instance());
    }
    lastSeen.put(envelope.instance(), envelope.seq());
    DomainEvent event;
    try {
      event = json.fromJson(envelope.json(), DomainEvent.class);
    } catch (RuntimeException e) {
      // Perhaps an event type from a newer lumpsum: not ours to deliver.
      LOG.warn("ignoring an event from instance {} that cannot be read: {}", envelope.instance(),
          e.getMessage());
      return;
    }
    try {
      local.publish(event);
      received.increment();
    } catch (IllegalStateException e) {
      LOG.debug("local bus closed; remote event not delivered");
    }
  }

  private final class Receiver implements PubSubHub.Handler {
    @Override
    public void onMessage(String message) {
      if (closed) {
        return;
      }
      try {
        delivery.execute(() -> deliverRemote(message));
      } catch (RejectedExecutionException e) {
        dropped.increment();
        if (!delivery.isShutdown()) {
          LOG.warn("event from another instance dropped: {} received events are waiting for listeners",
              delivery.getQueue().size());
        }
      }
    }

    @Override
    public void onSubscribed() {
      if (receiveWarned.compareAndSet(true, false)) {
        LOG.info("events from other instances flow again on {}", channel);
      } else {
        LOG.debug("subscribed to {}", channel);
      }
    }

    @Override
    public void onDisconnected() {
      if (!closed && receiveWarned.compareAndSet(false, true)) {
        LOG.warn("lost the Redis subscription to {}: events from other instances are not received "
            + "until Lettuce reconnects", channel);
      }
    }
  }

  /**
   * Builds a {@link RedisEventBus}; get one from {@link LumpsumRedis#eventBus()}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final LumpsumRedis redis;
    private EventBus local;
    private JsonCodec json = JsonCodec.standard();
    private String keyPrefix;
    private int receiveQueueCapacity = 10_000;

    Builder(LumpsumRedis redis) {
      this.redis = redis;
      this.keyPrefix = redis.settings().keyPrefix();
    }

    /**
     * Sets the bus that delivers events to this instance's listeners. The host keeps it:
     * {@link RedisEventBus#close()} leaves it open.
     *
     * @param local the local bus; default a synchronous {@link InProcessEventBus} owned by this bus
     * @return this builder
     */
    public Builder local(EventBus local) {
      this.local = Objects.requireNonNull(local, "local");
      return this;
    }

    /**
     * Sets the codec events travel in. Every instance must use a compatible one.
     *
     * @param json the codec; default {@link JsonCodec#standard()}
     * @return this builder
     */
    public Builder json(JsonCodec json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * Sets the prefix of the channel, {@code <keyPrefix>:events}: buses with one prefix exchange
     * events.
     *
     * @param keyPrefix letters, digits and {@code . _ -}; default the settings' prefix
     * @return this builder
     * @throws IllegalArgumentException if the prefix has other characters
     */
    public Builder keyPrefix(String keyPrefix) {
      LumpsumRedis.checkPrefix(keyPrefix);
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * Sets how many received events may wait for delivery; beyond it they are dropped and counted.
     *
     * @param capacity at least 1; default 10,000
     * @return this builder
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    public Builder receiveQueueCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("receiveQueueCapacity: must be at least 1 (got "
            + capacity + ")");
      }
      this.receiveQueueCapacity = capacity;
      return this;
    }

    /**
     * Builds the bus and subscribes its channel.
     *
     * @return the bus, closed with the {@link LumpsumRedis} if not before
     * @throws IllegalStateException if the {@link LumpsumRedis} is closed or a bus with this prefix is
     *     open on it
     */
    public RedisEventBus build() {
      redis.checkOpen();
      return new RedisEventBus(this);
    }
  }
}
