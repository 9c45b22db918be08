package io.gatehouse.identity;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Generates access keys and entity unique ids in AWS's shapes, with uniformly random characters
 * from a {@link SecureRandom}:
 *
 * <ul>
 *   <li>long-term access key id: {@code AKIA} + 16 of {@code [A-Z2-7]} (20 characters)
 *   <li>temporary access key id: {@code ASIA} + 16 of {@code [A-Z2-7]} (20 characters)
 *   <li>secret access key: 40 of {@code [A-Za-z0-9/+]}
 *   <li>user id: {@code AIDA} + 17 of {@code [A-Z2-7]} (21 characters)
 *   <li>role id: {@code AROA} + 17 of {@code [A-Z2-7]} (21 characters)
 *   <li>group id: {@code AGPA} + 17 of {@code [A-Z2-7]} (21 characters)
 *   <li>managed policy id: {@code ANPA} + 17 of {@code [A-Z2-7]} (21 characters)
 * </ul>
 *
 * <p>A secret access key carries 240 random bits; the random part of an id carries 80 or 85 bits.
 * Thread-safe (as {@link SecureRandom} is).
 */
public final class AccessKeyGenerator {
  private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+";

  private static final String LONG_TERM_KEY_PREFIX = "AKIA";
  private static final String TEMPORARY_KEY_PREFIX = "ASIA";
  private static final String USER_PREFIX = "AIDA";
  private static final String ROLE_PREFIX = "AROA";
  private static final String GROUP_PREFIX = "AGPA";
  private static final String POLICY_PREFIX = "ANPA";

  private static final int KEY_ID_RANDOM_CHARS = 16;
  private static final int UNIQUE_ID_RANDOM_CHARS = 17;
  private static final int SECRET_KEY_CHARS = 40;

  private final SecureRandom random;

  /** A generator with its own {@link SecureRandom}. */
  public AccessKeyGenerator() {
    this(new SecureRandom());
  }

  /** A generator that draws from {@code random}. */
  public AccessKeyGenerator(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A new long-term access key id: {@code AKIA} and 16 characters of {@code [A-Z2-7]}. */
  public String newAccessKeyId() {
    return LONG_TERM_KEY_PREFIX + randomChars(ID_ALPHABET, KEY_ID_RANDOM_CHARS);
  }

  /** A new temporary (STS) access key id: {@code ASIA} and 16 characters of {@code [A-Z2-7]}. */
  public String newTemporaryAccessKeyId() {
    return TEMPORARY_KEY_PREFIX + randomChars(ID_ALPHABET, KEY_ID_RANDOM_CHARS);
  }

  /** A new secret access key: 40 characters of {@code [A-Za-z0-9/+]}. */
  public String newSecretAccessKey() {
    return randomChars(SECRET_ALPHABET, SECRET_KEY_CHARS);
  }

  /** A new user unique id: {@code AIDA} and 17 characters of {@code [A-Z2-7]}. */
  public String newUserId() {
    return USER_PREFIX + randomChars(ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** A new role unique id: {@code AROA} and 17 characters of {@code [A-Z2-7]}. */
  public String newRoleId() {
    return ROLE_PREFIX + randomChars(ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** A new group unique id: {@code AGPA} and 17 characters of {@code [A-Z2-7]}. */
  public String newGroupId() {
    return GROUP_PREFIX + randomChars(ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** A new managed policy unique id: {@code ANPA} and 17 characters of {@code [A-Z2-7]}. */
  public String newPolicyId() {
    return POLICY_PREFIX + randomChars(ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** True if {@code text} has the shape of a long-term access key id ({@code AKIA...}). */
  public static boolean isAccessKeyId(String text) {
    return hasShape(text, LONG_TERM_KEY_PREFIX, ID_ALPHABET, KEY_ID_RANDOM_CHARS);
  }

  /** True if {@code text} has the shape of a temporary access key id ({@code ASIA...}). */
  public static boolean isTemporaryAccessKeyId(String text) {
    return hasShape(text, TEMPORARY_KEY_PREFIX, ID_ALPHABET, KEY_ID_RANDOM_CHARS);
  }

  /** True if {@code text} has the shape of a secret access key (40 of {@code [A-Za-z0-9/+]}). */
  public static boolean isSecretAccessKey(String text) {
    return hasShape(text, "", SECRET_ALPHABET, SECRET_KEY_CHARS);
  }

  /** True if {@code text} has the shape of a user unique id ({@code AIDA...}). */
  public static boolean isUserId(String text) {
    return hasShape(text, USER_PREFIX, ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** True if {@code text} has the shape of a role unique id ({@code AROA...}). */
  public static boolean isRoleId(String text) {
    return hasShape(text, ROLE_PREFIX, ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** True if {@code text} has the shape of a group unique id ({@code AGPA...}). */
  public static boolean isGroupId(String text) {
    return hasShape(text, GROUP_PREFIX, ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** True if {@code text} has the shape of a managed policy unique id ({@code ANPA...}). */
  public static boolean isPolicyId(String text) {
    return hasShape(text, POLICY_PREFIX, ID_ALPHABET, UNIQUE_ID_RANDOM_CHARS);
  }

  /** A generator holds no secrets. */
  @Override
  public String toString() {
    return "AccessKeyGenerator";
  }

  private String randomChars(String alphabet, int count) {
    char[] chars = new char[count];
    for (int i = 0; i < count; i++) {
      // nextInt(bound) is uniform; both alphabets are powers of two long anyway.
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(chars);
  }

  private static boolean hasShape(String text, String prefix, String alphabet, int randomChars) {
    if (text == null
        || text.length() != prefix.length() + randomChars
        || !text.startsWith(prefix)) {
      return false;
    }
    for (int i = prefix.length(); i < text.length(); i++) {
      if (alphabet.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
