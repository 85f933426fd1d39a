package in.lumpsum.store.jdbc;

import in.lumpsum.store.jdbc.spi.KeyProvider;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link KeyProvider} holding its AES keys in memory: for tests, demos, and hosts that load keys
 * from their own secret store at start-up.
 *
 * <p>Immutable and thread-safe. To rotate, build a new provider with the new key as current and the
 * old keys still present, and create the stores again with it.
 *
 * @since 0.1.0
 */
public final class StaticKeyProvider implements KeyProvider {

  private final Map<String, SecretKey> keys;
  private final String current;

  private StaticKeyProvider(Map<String, SecretKey> keys, String current) {
    this.keys = Map.copyOf(keys);
    this.current = current;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder with no keys
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a provider with one freshly generated 256-bit key, current: data it encrypts is readable
   * only while this provider lives, as a demo needs.
   *
   * @param keyId the key's id
   * @return the provider
   * @throws IllegalArgumentException if the id is not 1 to 64 printable ASCII characters
   */
  public static StaticKeyProvider generate(String keyId) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return builder().add(keyId, key).current(keyId).build();
  }

  @Override
  public String currentKeyId() {
    return current;
  }

  @Override
  public Optional<SecretKey> key(String keyId) {
    return Optional.ofNullable(keys.get(Objects.requireNonNull(keyId, "keyId")));
  }

  /** Returns the key ids; never key material. */
  @Override
  public String toString() {
    return "StaticKeyProvider{current=" + current + ", keys=" + keys.keySet() + "}";
  }

  /** Builds a {@link StaticKeyProvider}; not thread-safe. */
  public static final class Builder {

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private String current;

    private Builder() {}

    /**
     * Adds a key.
     *
     * @param keyId the key's id, 1 to 64 printable ASCII characters
     * @param key the raw AES key, 16, 24 or 32 bytes (copied)
     * @return this builder
     * @throws IllegalArgumentException if the id or the key length is invalid, or the id was added
     */
    public Builder add(String keyId, byte[] key) {
      checkKeyId(keyId);
      Objects.requireNonNull(key, "key");
      if (key.length != 16 && key.length != 24 && key.length != 32) {
        throw new IllegalArgumentException("key: an AES key has 16, 24 or 32 bytes, not " + key.length);
      }
      if (keys.putIfAbsent(keyId, new SecretKeySpec(key.clone(), "AES")) != null) {
        throw new IllegalArgumentException("keyId: '" + keyId + "' was already added");
      }
      return this;
    }

    /**
     * Names the key that encrypts new values.
     *
     * @param keyId the id of an added key
     * @return this builder
     */
    public Builder current(String keyId) {
      this.current = Objects.requireNonNull(keyId, "keyId");
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     * @throws IllegalStateException if no current key was named or it was not added
     */
    public StaticKeyProvider build() {
      if (current == null || !keys.containsKey(current)) {
        throw new IllegalStateException("current: name one of the added keys " + keys.keySet()
            + " as current (got " + current + ")");
      }
      return new StaticKeyProvider(keys, current);
    }
  }

  /**
   * Checks a key id.
   *
   * @param keyId the id
   * @throws IllegalArgumentException if it is not 1 to 64 printable ASCII characters
   */
  static void checkKeyId(String keyId) {
    Objects.requireNonNull(keyId, "keyId");
    if (keyId.isEmpty() || keyId.length() > 64
        || !keyId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("keyId: must be 1 to 64 printable ASCII characters without"
          + " spaces (got " + keyId.length() + " characters)");
    }
  }
}
