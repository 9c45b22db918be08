package io.gatehouse.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two primitives of SigV4: SHA-256 and HMAC-SHA256. Each thread keeps one {@link Mac} and one
 * {@link MessageDigest}: looking them up in the JCA providers costs more than the hashing itself on
 * a small request. Neither holds data between calls ({@code digest} and {@code doFinal} reset them);
 * the {@code Mac} stays initialized with the last key it was given, so that the next HMAC with the
 * same key (a caller's signing key, request after request) skips {@code init}, which hashes the
 * padded key anew.
 */
final class Hmac {
  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hmac::newSha256);
  private static final ThreadLocal<KeyedMac> MAC = ThreadLocal.withInitial(KeyedMac::new);

  private Hmac() {}

  static byte[] sha256(byte[] data) {
    return SHA256.get().digest(data);
  }

  static byte[] hmacSha256(byte[] key, String data) {
    return hmacSha256(key, data.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    return MAC.get().keyedWith(key).doFinal(data);
  }

  /** One thread's {@link Mac} and a copy of the key it was last initialized with. */
  private static final class KeyedMac {
    private final Mac mac = newMac();
    private byte[] key;

    Mac keyedWith(byte[] next) {
      // Compared in constant time: both are secrets (derived keys).
      if (key == null || !MessageDigest.isEqual(key, next)) {
        try {
          mac.init(new SecretKeySpec(next, HMAC_SHA256));
        } catch (InvalidKeyException e) {
          key = null;
          throw new IllegalStateException("HmacSHA256 refused a key", e);
        }
        key = next.clone();
      }
      return mac;
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static Mac newMac() {
    try {
      return Mac.getInstance(HMAC_SHA256);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
