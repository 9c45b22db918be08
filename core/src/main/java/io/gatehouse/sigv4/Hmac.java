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
 * a small request. Both hold no state between calls ({@code digest} and {@code doFinal} reset them).
 */
final class Hmac {
  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hmac::newSha256);
  private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(Hmac::newMac);

  private Hmac() {}

  static byte[] sha256(byte[] data) {
    return SHA256.get().digest(data);
  }

  static byte[] hmacSha256(byte[] key, String data) {
    return hmacSha256(key, data.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    Mac mac = MAC.get();
    try {
      mac.init(new SecretKeySpec(key, HMAC_SHA256));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 refused a key", e);
    }
    return mac.doFinal(data);
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
