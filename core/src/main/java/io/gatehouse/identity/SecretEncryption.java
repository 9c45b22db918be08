package io.gatehouse.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of secrets at rest: access key secrets, TOTP seeds and session signing keys are
 * written by the stores as {@code enc:v1:KEYID:BASE64}, AES-256-GCM with a random 96-bit nonce
 * (the base-64 holds nonce then ciphertext and tag; the prefix {@code enc:v1:KEYID} is the
 * authenticated associated data, so a value cannot be moved to another key id undetected).
 *
 * <p>The operator provides the keys in a key file or an environment variable, one key a line as
 * {@code KEYID:BASE64} (32 bytes, e.g. from {@link #newKeyLine}); blank lines and lines starting
 * with {@code #} are ignored. The first key encrypts; every key listed decrypts, so keys rotate by
 * putting a new key first and keeping the old ones until every value has been rewritten.
 *
 * <p>Clear values (a hand-written account file) still read; a store writes them back encrypted.
 * Nothing here ever puts a secret or a key in a message. Immutable and thread-safe.
 */
public final class SecretEncryption {
  /** The prefix of every encrypted value. */
  public static final String PREFIX = "enc:v1:";

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecretEncryption NONE = new SecretEncryption(Map.of(), null, null);

  private final Map<String, SecretKeySpec> keys;
  private final String currentKeyId;
  private final SecureRandom random;

  private SecretEncryption(Map<String, SecretKeySpec> keys, String currentKeyId, SecureRandom random) {
    this.keys = keys;
    this.currentKeyId = currentKeyId;
    this.random = random;
  }

  /** No key: clear values read, encrypted values are refused, nothing can be encrypted. */
  public static SecretEncryption none() {
    return NONE;
  }

  /**
   * Keys from the text of a key file or variable (see the class comment).
   *
   * @param sourceName names the text in errors, e.g. the file or variable name
   * @throws IllegalArgumentException if the text holds no key or a line is not {@code
   *     KEYID:BASE64} of 32 bytes; the message names the line, never the key
   */
  public static SecretEncryption fromText(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    String[] lines = text.split("\\R|,");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = sourceName + ": entry " + (i + 1);
      int colon = line.indexOf(':');
      if (colon < 0 || !KEY_ID.matcher(line.substring(0, colon)).matches()) {
        throw new IllegalArgumentException(where + ": expected KEYID:BASE64 with a key id of letters,"
            + " digits, '.', '_' or '-'");
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(line.substring(colon + 1).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": the key is not valid base-64");
      }
      if (key.length != KEY_BYTES) {
        throw new IllegalArgumentException(where + ": expected a key of " + KEY_BYTES
            + " bytes (AES-256), found " + key.length);
      }
      if (keys.put(line.substring(0, colon), new SecretKeySpec(key, "AES")) != null) {
        throw new IllegalArgumentException(where + ": key id " + line.substring(0, colon)
            + " is given twice");
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(sourceName + ": holds no encryption key");
    }
    return new SecretEncryption(Collections.unmodifiableMap(keys), keys.keySet().iterator().next(),
        new SecureRandom());
  }

  /**
   * Keys from a key file.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it holds no valid key (see {@link #fromText})
   */
  public static SecretEncryption fromKeyFile(Path file) {
    try {
      return fromText(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the encryption key file " + file, e);
    }
  }

  /**
   * Keys from an environment variable.
   *
   * @param environment the environment, normally {@link System#getenv()}
   * @throws IllegalArgumentException if the variable is unset or holds no valid key
   */
  public static SecretEncryption fromEnvironment(String variable, Map<String, String> environment) {
    String text = environment.get(variable);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("environment variable " + variable
          + " is not set; it must hold the encryption key as KEYID:BASE64");
    }
    return fromText(text, "environment variable " + variable);
  }

  /** A new key line {@code KEYID:BASE64} of 32 random bytes, for a key file. */
  public static String newKeyLine(String keyId, SecureRandom random) {
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new IllegalArgumentException("a key id is 1 to 64 letters, digits, '.', '_' or '-'");
    }
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return keyId + ":" + Base64.getEncoder().encodeToString(key);
  }

  /** True if a key is configured, so that {@link #encrypt} works. */
  public boolean canEncrypt() {
    return currentKeyId != null;
  }

  /** The id of the key that encrypts, if any. */
  public java.util.Optional<String> currentKeyId() {
    return java.util.Optional.ofNullable(currentKeyId);
  }

  /** True if a stored value is encrypted (starts with {@value #PREFIX}). */
  public static boolean isEncrypted(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /**
   * Encrypts a secret with the current key and a fresh nonce.
   *
   * @throws IllegalStateException if no key is configured
   */
  public String encrypt(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (currentKeyId == null) {
      throw new IllegalStateException("no encryption key is configured; secrets are never stored in clear");
    }
    String header = PREFIX + currentKeyId;
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return header + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The secret held by a stored value: the value itself if it is clear, else decrypted.
   *
   * @throws IllegalArgumentException if the value is encrypted and cannot be decrypted (no key, a
   *     key id not configured, a wrong key or an altered value); the message never holds a secret
   */
  public String decrypt(String stored) {
    if (!isEncrypted(stored)) {
      return stored;
    }
    String rest = stored.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("an encrypted value must be " + PREFIX + "KEYID:BASE64");
    }
    String keyId = rest.substring(0, colon);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("the value is encrypted with key \"" + keyId
          + "\" but no encryption key is configured");
    }
    SecretKeySpec key = keys.get(keyId);
    if (key == null) {
      throw new IllegalArgumentException("the value is encrypted with key \"" + keyId
          + "\", which is not among the configured keys " + new ArrayList<>(keys.keySet()));
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(rest.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the encrypted value is not valid base-64");
    }
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException("the encrypted value is too short");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
      cipher.updateAAD((PREFIX + keyId).getBytes(StandardCharsets.UTF_8));
      byte[] clear = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
      return new String(clear, StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalArgumentException("the value cannot be decrypted with key \"" + keyId
          + "\": the key is wrong or the value was altered");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The key ids only, e.g. {@code SecretEncryption[k2026, k2025]}. */
  @Override
  public String toString() {
    return "SecretEncryption" + new ArrayList<>(keys.keySet());
  }
}
