package io.gatehouse.identity;

import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A secret key with which the account signs the session tokens it issues, so that every
 * application instance holding the account can verify them without shared state. {@link
 * #toString()} never shows the secret.
 *
 * @param keyId the key's id, carried in each token
 * @param secretBase64 the key, base-64 (at least 32 bytes)
 * @param createDate when the key was made
 */
public record SigningKey(String keyId, String secretBase64, Instant createDate) {
  /** Creates a signing key. */
  public SigningKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(secretBase64, "secretBase64");
    Objects.requireNonNull(createDate, "createDate");
    if (Base64.getDecoder().decode(secretBase64).length < 32) {
      throw new IllegalArgumentException("signing key " + keyId + " must have at least 32 bytes");
    }
  }

  /** The key bytes. */
  public byte[] secret() {
    return Base64.getDecoder().decode(secretBase64);
  }

  @Override
  public String toString() {
    return "SigningKey[" + keyId + "]";
  }
}
