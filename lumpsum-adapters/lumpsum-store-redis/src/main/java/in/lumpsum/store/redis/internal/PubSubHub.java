package in.lumpsum.store.redis.internal;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares one pub/sub connection between the channels of one {@code LumpsumRedis}: routes each
 * channel's messages to its handler, and tells every handler when the connection drops and when its
 * channel is subscribed again. Lettuce resubscribes by itself after a reconnect; a channel whose
 * subscription was refused (added while Redis was down) is subscribed here once the connection is
 * back, retrying every 200 ms until Redis confirms it.
 *
 * <p>Handlers are called on Lettuce's I/O thread: they must return quickly and never wait on Redis.
 */
public final class PubSubHub {

  private static final Logger LOG = LoggerFactory.getLogger(PubSubHub.class);

  /** What a channel's owner is told. */
  public interface Handler {

    /**
     * A message arrived on the channel.
     *
     * @param message the message text
     */
    void onMessage(String message);

    /** The channel is subscribed: from now on no message on it is missed while connected. */
    void onSubscribed();

    /** The connection dropped: messages published from now until {@link #onSubscribed} are lost. */
    void onDisconnected();
  }

  private final StatefulRedisPubSubConnection<String, String> connection;
  private static final long RETRY_MILLIS = 200;

  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean retryScheduled = new AtomicBoolean();
  /** Orders confirmations and disconnects; {@code generation} counts disconnects. */
  private final Object lock = new Object();
  private long generation;

  /**
   * Starts routing the connection's messages.
   *
   * @param connection the pub/sub connection, owned by the caller
   */
  public PubSubHub(StatefulRedisPubSubConnection<String, String> connection) {
    this.connection = connection;
    connection.addListener(new RedisPubSubAdapter<String, String>() {
      @Override
      public void message(String channel, String message) {
        Handler h = handlers.get(channel);
        if (h != null) {
          call(h, () -> h.onMessage(message), channel);
        }
      }

      @Override
      public void subscribed(String channel, long count) {
        confirm(channel, currentGeneration());
      }
    });
    connection.addListener(new RedisConnectionStateListener() {
      @Override
      public void onRedisConnected(RedisChannelHandler<?, ?> c, SocketAddress address) {
        LOG.debug("pub/sub connection up: {}", address);
        scheduleRetry();
      }

      @Override
      public void onRedisDisconnected(RedisChannelHandler<?, ?> c) {
        LOG.debug("pub/sub connection down");
        synchronized (lock) {
          generation++;
          confirmed.clear();
          handlers.forEach((channel, h) -> call(h, h::onDisconnected, channel));
        }
      }
    });
  }

  /**
   * Subscribes a channel, waiting up to the command timeout for Redis to confirm. If Redis does not
   * answer, the channel is subscribed when it does; the handler hears {@link Handler#onSubscribed}
   * then.
   *
   * @param channel the channel
   * @param handler its handler
   * @throws IllegalStateException if the channel already has a handler
   */
  public void subscribe(String channel, Handler handler) {
    if (handlers.putIfAbsent(channel, handler) != null) {
      throw new IllegalStateException("channel " + channel + " is already subscribed");
    }
    long before = currentGeneration();
    try {
      connection.sync().subscribe(channel);
      // Lettuce may complete the command before it calls the listener: confirm here too, so that
      // the channel is in use when this method returns. Whichever comes first tells the handler;
      // neither does if the connection dropped meanwhile.
      confirm(channel, before);
    } catch (RuntimeException e) {
      LOG.warn("Redis channel {} not subscribed yet ({}); it will be when Redis answers", channel,
          e.getMessage());
      scheduleRetry();
    }
  }

  /** Tells the channel's handler it is subscribed, once per connection. */
  private void confirm(String channel, long seenGeneration) {
    synchronized (lock) {
      Handler h = handlers.get(channel);
      if (h != null && seenGeneration == generation && confirmed.add(channel)) {
        call(h, h::onSubscribed, channel);
      }
    }
  }

  private long currentGeneration() {
    synchronized (lock) {
      return generation;
    }
  }

  /** Subscribes, on Lettuce's event executor, every channel that Redis has not confirmed. */
  private void scheduleRetry() {
    if (!retryScheduled.compareAndSet(false, true)) {
      return;
    }
    try {
      connection.getResources().eventExecutorGroup().schedule(this::retry, RETRY_MILLIS,
          TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      retryScheduled.set(false); // shutting down
    }
  }

  private void retry() {
    retryScheduled.set(false);
    for (String channel : handlers.keySet()) {
      if (confirmed.contains(channel)) {
        continue;
      }
      if (!connection.isOpen()) {
        return; // the next connection event schedules a retry
      }
      try {
        connection.async().subscribe(channel).whenComplete((r, e) -> {
          if (e != null) {
            LOG.debug("subscribing {} failed, retrying: {}", channel, e.toString());
            scheduleRetry();
          }
        });
      } catch (RuntimeException e) {
        scheduleRetry();
      }
    }
  }

  /**
   * Unsubscribes a channel; quietly, as this happens on close.
   *
   * @param channel the channel
   */
  public void unsubscribe(String channel) {
    confirmed.remove(channel);
    if (handlers.remove(channel) != null && connection.isOpen()) {
      try {
        connection.async().unsubscribe(channel);
      } catch (RuntimeException e) {
        LOG.debug("unsubscribing {} failed: {}", channel, e.toString());
      }
    }
  }

  /**
   * Tells whether the connection is up.
   *
   * @return true when connected
   */
  public boolean isConnected() {
    return connection.isOpen();
  }

  private static void call(Handler h, Runnable r, String channel) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("handler of Redis channel {} failed", channel, e);
    }
  }
}
