package io.gatehouse.sigv4;

import java.util.Objects;

/**
 * The secret access key that a request's access key id (and session token, if any) must have been
 * signed with. {@link #toString()} never shows the secret.
 *
 * @param secretAccessKey the secret access key
 */
public record SigningSecret(String secretAccessKey) {
  /** Creates the secret. */
  public SigningSecret {
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
  }

  @Override
  public String toString() {
    return "SigningSecret[****]";
  }
}
