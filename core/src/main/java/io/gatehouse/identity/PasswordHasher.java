package io.gatehouse.identity;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256 ({@code PBKDF2WithHmacSHA256} from the
 * JDK): a 16-byte random salt per hash and a 32-byte derived key.
 *
 * <p>New hashes use this hasher's iteration count, {@value #DEFAULT_ITERATIONS} unless constructed
 * with another (OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256). {@link #verify} uses the
 * iteration count recorded in the stored hash, so hashes made with an older, lower count remain
 * verifiable; {@link #needsRehash} tells the caller to replace them after a successful sign-in.
 *
 * <p>The password arrays passed in belong to the caller, who should clear them when done; this
 * class clears the copies and derived keys it makes. Thread-safe.
 */
public final class PasswordHasher {
  /** The iteration count of new hashes made by {@link #PasswordHasher()}. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** The salt length of new hashes, in bytes. */
  public static final int SALT_BYTES = 16;

  /** The derived key length of new hashes, in bytes. */
  public static final int KEY_BYTES = 32;

  private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";

  private final int iterations;
  private final SecureRandom random;

  /** A hasher with {@value #DEFAULT_ITERATIONS} iterations and its own {@link SecureRandom}. */
  public PasswordHasher() {
    this(new SecureRandom());
  }

  /** A hasher with {@value #DEFAULT_ITERATIONS} iterations and the given source of salts. */
  public PasswordHasher(SecureRandom random) {
    this(DEFAULT_ITERATIONS, random);
  }

  /**
   * A hasher with a chosen iteration count. Counts below {@value #DEFAULT_ITERATIONS} are meant for
   * tests and for reproducing legacy hashes, not for new production hashes.
   *
   * @param iterations the PBKDF2 iteration count of new hashes, {@value
   *     PasswordHash#MIN_ITERATIONS} to {@value PasswordHash#MAX_ITERATIONS}
   * @param random the source of salts
   * @throws IllegalArgumentException if {@code iterations} is out of range
   */
  public PasswordHasher(int iterations, SecureRandom random) {
    PasswordHash.checkIterations(iterations);
    this.iterations = iterations;
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The iteration count of the hashes this hasher makes. */
  public int iterations() {
    return iterations;
  }

  /**
   * Hashes a password with a fresh random salt.
   *
   * @param password the password; not modified, the caller clears it
   * @throws IllegalArgumentException if the password is empty
   * @throws NullPointerException if the password is null
   */
  public PasswordHash hash(char[] password) {
    Objects.requireNonNull(password, "password");
    if (password.length == 0) {
      throw new IllegalArgumentException("the password is empty");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations, KEY_BYTES);
    try {
      return new PasswordHash(iterations, salt, key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Checks a password against a stored hash, with the stored hash's own salt, iteration count and
   * key length, comparing the derived keys in constant time. An empty password never matches.
   *
   * @param password the password to check; not modified, the caller clears it
   * @param stored the stored hash
   * @return true if the password is the one that was hashed
   * @throws NullPointerException if an argument is null
   */
  public boolean verify(char[] password, PasswordHash stored) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(stored, "stored");
    if (password.length == 0) {
      return false;
    }
    byte[] salt = stored.salt();
    byte[] candidate = derive(password, salt, stored.iterations(), stored.derivedKeyLength());
    try {
      return stored.matches(candidate);
    } finally {
      Arrays.fill(candidate, (byte) 0);
    }
  }

  /**
   * True if a stored hash is weaker than the hashes this hasher makes (fewer iterations or a
   * shorter key or salt); after a successful {@link #verify}, the caller should store a new {@link
   * #hash}.
   */
  public boolean needsRehash(PasswordHash stored) {
    return stored.iterations() < iterations
        || stored.derivedKeyLength() < KEY_BYTES
        || stored.salt().length < SALT_BYTES;
  }

  /** A hasher is described by its iteration count; it holds no secrets. */
  @Override
  public String toString() {
    return "PasswordHasher[" + PasswordHash.PBKDF2_SHA256 + ", " + iterations + " iterations]";
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    // PBEKeySpec copies the password; clearPassword() wipes that copy.
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      // Every Java SE 17 runtime provides PBKDF2WithHmacSHA256.
      throw new IllegalStateException(JCA_ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
