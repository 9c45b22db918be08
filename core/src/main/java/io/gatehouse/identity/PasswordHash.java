package io.gatehouse.identity;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A stored password: the salted PBKDF2-HMAC-SHA256 key derived from it, with the parameters needed
 * to check a password against it. Immutable; arrays passed in or handed out are copies.
 *
 * <p>The {@linkplain #encoded() encoded form} describes itself, so that hashes made with other
 * iteration counts stay verifiable after the default changes:
 *
 * <pre>{@code pbkdf2-sha256$600000$<base64 salt>$<base64 derived key>}</pre>
 *
 * <p>{@link #toString()} shows only the algorithm and the iteration count, never the salt or the
 * key.
 */
public final class PasswordHash {
  /** The only algorithm this type describes: PBKDF2 with HMAC-SHA256. */
  public static final String PBKDF2_SHA256 = "pbkdf2-sha256";

  /** The fewest iterations a hash may record; NIST SP 800-132's minimum. */
  public static final int MIN_ITERATIONS = 1_000;

  /**
   * The most iterations a hash may record. Verifying costs as much as hashing, so a stored value
   * must not be able to make a single check take minutes.
   */
  public static final int MAX_ITERATIONS = 10_000_000;

  /** The shortest salt a hash may record, in bytes (NIST SP 800-132 asks for 128 bits). */
  public static final int MIN_SALT_BYTES = 16;

  /** The shortest derived key a hash may record, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private static final int MAX_SALT_BYTES = 64;
  private static final int MAX_KEY_BYTES = 64;
  private static final int MAX_ENCODED_LENGTH = 256;

  private final int iterations;
  private final byte[] salt;
  private final byte[] derivedKey;

  /**
   * Creates a PBKDF2-HMAC-SHA256 hash value.
   *
   * @param iterations the PBKDF2 iteration count, {@value #MIN_ITERATIONS} to {@value
   *     #MAX_ITERATIONS}
   * @param salt the salt, 16 to 64 bytes (copied)
   * @param derivedKey the derived key, 16 to 64 bytes (copied)
   * @throws IllegalArgumentException if a value is out of range
   * @throws NullPointerException if an array is null
   */
  public PasswordHash(int iterations, byte[] salt, byte[] derivedKey) {
    checkIterations(iterations);
    checkLength(
        "salt", Objects.requireNonNull(salt, "salt").length, MIN_SALT_BYTES, MAX_SALT_BYTES);
    checkLength(
        "derived key",
        Objects.requireNonNull(derivedKey, "derivedKey").length,
        MIN_KEY_BYTES,
        MAX_KEY_BYTES);
    this.iterations = iterations;
    this.salt = salt.clone();
    this.derivedKey = derivedKey.clone();
  }

  /**
   * Reads the {@linkplain #encoded() encoded form}.
   *
   * @throws IllegalArgumentException if {@code encoded} is not exactly {@code
   *     pbkdf2-sha256$ITERATIONS$SALT$KEY} with a decimal iteration count and standard base64 salt
   *     and key within the limits of {@link #PasswordHash(int, byte[], byte[])}; the message names
   *     the faulty part but never repeats the salt or the key
   * @throws NullPointerException if {@code encoded} is null
   */
  public static PasswordHash parse(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.length() > MAX_ENCODED_LENGTH) {
      throw malformed("it is longer than " + MAX_ENCODED_LENGTH + " characters");
    }
    String[] parts = encoded.split("\\$", -1);
    if (parts.length != 4) {
      throw malformed("expected 4 parts separated by '$', found " + parts.length);
    }
    if (!PBKDF2_SHA256.equals(parts[0])) {
      throw malformed("unsupported algorithm; expected " + PBKDF2_SHA256);
    }
    int iterations = parseIterations(parts[1]);
    byte[] salt = decodeBase64("salt", parts[2]);
    byte[] key = decodeBase64("derived key", parts[3]);
    try {
      return new PasswordHash(iterations, salt, key);
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The algorithm, always {@value #PBKDF2_SHA256}. */
  public String algorithm() {
    return PBKDF2_SHA256;
  }

  /** The PBKDF2 iteration count this hash was made with. */
  public int iterations() {
    return iterations;
  }

  /** A copy of the salt. */
  public byte[] salt() {
    return salt.clone();
  }

  /** A copy of the derived key. */
  public byte[] derivedKey() {
    return derivedKey.clone();
  }

  /** The derived key's length in bytes. */
  public int derivedKeyLength() {
    return derivedKey.length;
  }

  /**
   * True if {@code candidate} equals the derived key, compared in constant time. Package-private so
   * that {@link PasswordHasher} need not copy the key.
   */
  boolean matches(byte[] candidate) {
    return MessageDigest.isEqual(derivedKey, candidate);
  }

  /**
   * The self-describing text form, {@code pbkdf2-sha256$ITERATIONS$SALT$KEY}, salt and key in
   * standard base64 without padding. {@link #parse(String)} reads it back.
   */
  public String encoded() {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return PBKDF2_SHA256
        + '$'
        + iterations
        + '$'
        + base64.encodeToString(salt)
        + '$'
        + base64.encodeToString(derivedKey);
  }

  /** Equal if algorithm, iterations, salt and derived key are all equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash
        && ((PasswordHash) o).iterations == iterations
        && MessageDigest.isEqual(((PasswordHash) o).salt, salt)
        && MessageDigest.isEqual(((PasswordHash) o).derivedKey, derivedKey);
  }

  @Override
  public int hashCode() {
    return 31 * iterations + Arrays.hashCode(salt);
  }

  /**
   * The algorithm and iteration count only, e.g. {@code PasswordHash[pbkdf2-sha256, 600000
   * iterations]}.
   */
  @Override
  public String toString() {
    return "PasswordHash[" + PBKDF2_SHA256 + ", " + iterations + " iterations]";
  }

  static void checkIterations(int iterations) {
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "the iteration count must be between "
              + MIN_ITERATIONS
              + " and "
              + MAX_ITERATIONS
              + ", found "
              + iterations);
    }
  }

  private static void checkLength(String what, int length, int min, int max) {
    if (length < min || length > max) {
      throw new IllegalArgumentException(
          "the " + what + " must be " + min + " to " + max + " bytes long, found " + length);
    }
  }

  private static int parseIterations(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw malformed("the iteration count is not a decimal number of at most 9 digits");
    }
    return Integer.parseInt(text);
  }

  private static byte[] decodeBase64(String what, String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character, which is part of the hash.
      throw malformed("the " + what + " is not valid base64");
    }
  }

  private static IllegalArgumentException malformed(String why) {
    return new IllegalArgumentException("malformed password hash: " + why);
  }
}
