package io.gatehouse.sts;

import java.time.Instant;
import java.util.Objects;

/**
 * Temporary credentials, as STS returns them. {@link #toString()} shows neither the secret nor the
 * session token.
 *
 * @param accessKeyId {@code ASIA...}
 * @param secretAccessKey the secret to sign requests with
 * @param sessionToken the token to send with each request ({@code X-Amz-Security-Token})
 * @param expiration when the credentials expire
 */
public record Credentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
  /** Checks the parts. */
  public Credentials {
    Objects.requireNonNull(accessKeyId);
    Objects.requireNonNull(secretAccessKey);
    Objects.requireNonNull(sessionToken);
    Objects.requireNonNull(expiration);
  }

  @Override
  public String toString() {
    return "Credentials[" + accessKeyId + ", expires " + expiration + "]";
  }
}
