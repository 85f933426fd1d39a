package in.lumpsum.store.jdbc.spi;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Supplies the AES keys that encrypt personal data at rest (PAN, e-mail, folio numbers).
 *
 * <p>Every encrypted value carries the id of the key that encrypted it, so keys can rotate: new values
 * are written under {@link #currentKeyId()}, and values written under an older key stay readable as
 * long as {@link #key(String)} still returns that key. A host typically backs this with its key
 * management service or a secrets store; {@code in.lumpsum.store.jdbc.StaticKeyProvider} holds keys in
 * memory.
 *
 * <p>Implementations are thread-safe and fast (called once per value read or written; cache keys).
 * They never log key material.
 *
 * @since 0.1.0
 */
public interface KeyProvider {

  /**
   * Returns the id of the key that encrypts new values.
   *
   * @return the key id: 1 to 64 printable ASCII characters
   */
  String currentKeyId();

  /**
   * Returns the key with an id, current or retired.
   *
   * @param keyId the key id, as stored with a value
   * @return the AES key (16, 24 or 32 bytes), or empty if this provider does not know the id
   */
  Optional<SecretKey> key(String keyId);
}
