package in.lumpsum.store.jdbc.internal;

import in.lumpsum.core.store.StoreException;
import in.lumpsum.store.jdbc.spi.KeyProvider;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts values with AES-GCM under the key provider's current key.
 *
 * <p>Format of a value: one format byte ({@code 1}), one byte giving the key id's length, the key id in
 * ASCII, a 12-byte random nonce, then the ciphertext with its 16-byte tag. The additional
 * authenticated data is the header (format byte, key id) plus a context naming the row (such as
 * {@code investor:alice}), so a value copied into another row fails to decrypt. A 96-bit random nonce
 * per value follows NIST SP 800-38D section 8.2.2 (random IV construction). Thread-safe.
 */
public final class PiiCipher {

  private static final byte FORMAT = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final KeyProvider keys;
  private final SecureRandom random = new SecureRandom();
  // Cipher.getInstance looks the provider up each time; one instance per thread, re-initialised per value.
  private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is missing from this JVM", e);
    }
  });

  /**
   * Creates a cipher.
   *
   * @param keys the key provider
   */
  public PiiCipher(KeyProvider keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * Encrypts text.
   *
   * @param plain the text
   * @param context the row the value belongs to
   * @return the encrypted value, key id included
   */
  public byte[] encrypt(String plain, String context) {
    String keyId = keys.currentKeyId();
    SecretKey key = keys.key(keyId).orElseThrow(() ->
        new StoreException("the key provider has no key for its current key id " + keyId));
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    if (id.length == 0 || id.length > 64) {
      throw new StoreException("the current key id must have 1 to 64 characters");
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher c = GCM.get();
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad(id, context));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
          .put(FORMAT).put((byte) id.length).put(id).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new StoreException("encrypting a value failed (key " + keyId + ")", e);
    }
  }

  /**
   * Decrypts a value written by {@link #encrypt}.
   *
   * @param value the encrypted value
   * @param context the row the value belongs to
   * @return the text
   * @throws StoreException if the key is unknown, or the value was altered or belongs to another row
   */
  public String decrypt(byte[] value, String context) {
    if (value.length < 2 + 1 + NONCE_BYTES + TAG_BITS / 8 || value[0] != FORMAT) {
      throw new StoreException("an encrypted value of " + context + " is malformed");
    }
    int idLength = value[1] & 0xff;
    String keyId = new String(value, 2, idLength, StandardCharsets.US_ASCII);
    SecretKey key = keys.key(keyId).orElseThrow(() -> new StoreException(
        "the key provider has no key '" + keyId + "', which encrypted a value of " + context));
    int at = 2 + idLength;
    try {
      Cipher c = GCM.get();
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, at, NONCE_BYTES));
      c.updateAAD(aad(keyId.getBytes(StandardCharsets.US_ASCII), context));
      byte[] plain = c.doFinal(value, at + NONCE_BYTES, value.length - at - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new StoreException("decrypting a value of " + context + " with key '" + keyId
          + "' failed: it was altered, or belongs to another row", e);
    }
  }

  /**
   * Returns the id of the key that encrypted a value.
   *
   * @param value the encrypted value
   * @return the key id
   */
  public static String keyIdOf(byte[] value) {
    return new String(value, 2, value[1] & 0xff, StandardCharsets.US_ASCII);
  }

  private static byte[] aad(byte[] keyId, String context) {
    byte[] ctx = context.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(2 + keyId.length + ctx.length)
        .put(FORMAT).put((byte) keyId.length).put(keyId).put(ctx).array();
  }
}
