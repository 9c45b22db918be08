package io.gatehouse.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Unique ids for entities that a hand-written account file gives none: the AWS prefix ({@code AIDA}
 * users, {@code AGPA} groups, {@code AROA} roles, {@code ANPA} policies) followed by 17 base-32
 * characters ({@code A-Z2-7}) taken from the SHA-256 of a seed that names the entity, so an id is
 * the same on every load of the file and differs between entities.
 */
final class DerivedId {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final int LENGTH = 17;

  private DerivedId() {}

  /**
   * The id for {@code seed}: {@code ACCOUNT:user:NAME}, {@code ACCOUNT:group:NAME}, {@code
   * ACCOUNT:role:NAME} or {@code ACCOUNT:policy:ARN}.
   */
  static String of(String prefix, String seed) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < LENGTH; i++) {
      b.append(BASE32.charAt(fiveBits(hash, i * 5)));
    }
    return b.toString();
  }

  /** The five bits of {@code bytes} that start at bit {@code offset}, most significant first. */
  private static int fiveBits(byte[] bytes, int offset) {
    int value = 0;
    for (int bit = offset; bit < offset + 5; bit++) {
      value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
    }
    return value;
  }
}
