package in.lumpsum.store.redis.internal;

/**
 * Turns one kind of cached value into bytes for Redis and back, and weighs it for the local cache.
 *
 * @param <V> the value type
 */
public interface ValueCodec<V> {

  /**
   * Encodes a value.
   *
   * @param value the value
   * @return its bytes
   */
  byte[] encode(V value);

  /**
   * Decodes a value.
   *
   * @param bytes what {@link #encode} wrote
   * @return the value
   * @throws IllegalArgumentException if the bytes are not a value of this codec
   */
  V decode(byte[] bytes);

  /**
   * Estimates the heap bytes a value takes in the local cache.
   *
   * @param value the value
   * @return the estimate, at least 1
   */
  int weigh(V value);
}
