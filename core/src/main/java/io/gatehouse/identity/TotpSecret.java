package io.gatehouse.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The seed shared between an MFA device and the server for TOTP (RFC 6238). Immutable. {@link
 * #toString()} never shows the seed; {@link #base32()} does, for enrolment only.
 */
public final class TotpSecret {
  /** The length of generated seeds in bytes: 160 bits, as RFC 4226 recommends for HMAC-SHA1. */
  public static final int GENERATED_SEED_BYTES = 20;

  /** The shortest seed accepted, in bytes: RFC 4226 requires at least 128 bits. */
  public static final int MIN_SEED_BYTES = 16;

  /** The longest seed accepted, in bytes. */
  public static final int MAX_SEED_BYTES = 128;

  private final byte[] seed;

  private TotpSecret(byte[] seed) {
    if (seed.length < MIN_SEED_BYTES || seed.length > MAX_SEED_BYTES) {
      throw new IllegalArgumentException(
          "a TOTP seed must be "
              + MIN_SEED_BYTES
              + " to "
              + MAX_SEED_BYTES
              + " bytes long, found "
              + seed.length);
    }
    this.seed = seed;
  }

  /**
   * A new random 20-byte seed.
   *
   * @param random the source of the seed
   */
  public static TotpSecret generate(SecureRandom random) {
    byte[] seed = new byte[GENERATED_SEED_BYTES];
    Objects.requireNonNull(random, "random").nextBytes(seed);
    return new TotpSecret(seed);
  }

  /**
   * Reads a seed in base32 (RFC 4648), as shown to users and held in {@code otpauth://} URIs. Lower
   * case, spaces and trailing {@code =} padding are accepted.
   *
   * @throws IllegalArgumentException if the text is not base32 or decodes to fewer than {@value
   *     #MIN_SEED_BYTES} or more than {@value #MAX_SEED_BYTES} bytes; the message never repeats the
   *     text
   * @throws NullPointerException if {@code base32} is null
   */
  public static TotpSecret fromBase32(String base32) {
    Objects.requireNonNull(base32, "base32");
    if (base32.length() > MAX_SEED_BYTES * 2) {
      throw new IllegalArgumentException("a TOTP seed in base32 is at most 256 characters long");
    }
    return new TotpSecret(Base32.decode(base32));
  }

  /** The seed in upper-case base32 without padding, for enrolment. This is the secret itself. */
  public String base32() {
    return Base32.encode(seed);
  }

  /** The seed; package-private and not copied, so that the verifier makes no copies. */
  byte[] seed() {
    return seed;
  }

  /** Equal if the seeds are equal, compared in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TotpSecret && MessageDigest.isEqual(((TotpSecret) o).seed, seed);
  }

  /** Derived from the seed's length only, so that hash codes tell nothing about the seed. */
  @Override
  public int hashCode() {
    return seed.length;
  }

  /** The seed length only, e.g. {@code TotpSecret[160 bits]}. */
  @Override
  public String toString() {
    return "TotpSecret[" + seed.length * 8 + " bits]";
  }

  /** For tests of other classes in this package: a secret from raw seed bytes (copied). */
  static TotpSecret ofSeed(byte[] seed) {
    return new TotpSecret(Arrays.copyOf(seed, seed.length));
  }
}
