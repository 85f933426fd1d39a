package in.lumpsum.store.redis.internal;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares one pub/sub connection between the channels of one {@code LumpsumRedis}: routes each
 * channel's messages to its handler, and tells every handler when the connection drops and when its
 * channel is subscribed again (Lettuce resubscribes by itself after a reconnect).
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
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();

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
        Handler h = handlers.get(channel);
        if (h != null) {
          call(h, h::onSubscribed, channel);
        }
      }
    });
    connection.addListener(new RedisConnectionStateListener() {
      @Override
      public void onRedisConnected(RedisChannelHandler<?, ?> c, SocketAddress address) {
        LOG.debug("pub/sub connection up: {}", address);
      }

      @Override
      public void onRedisDisconnected(RedisChannelHandler<?, ?> c) {
        LOG.debug("pub/sub connection down");
        handlers.forEach((channel, h) -> call(h, h::onDisconnected, channel));
      }
    });
  }

  /**
   * Subscribes a channel, waiting for Redis to confirm.
   *
   * @param channel the channel
   * @param handler its handler
   * @throws IllegalStateException if the channel already has a handler
   * @throws io.lettuce.core.RedisException if Redis refuses or does not answer in time
   */
  public void subscribe(String channel, Handler handler) {
    if (handlers.putIfAbsent(channel, handler) != null) {
      throw new IllegalStateException("channel " + channel + " is already subscribed");
    }
    try {
      connection.sync().subscribe(channel);
    } catch (RuntimeException e) {
      handlers.remove(channel, handler);
      throw e;
    }
  }

  /**
   * Unsubscribes a channel; quietly, as this happens on close.
   *
   * @param channel the channel
   */
  public void unsubscribe(String channel) {
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
