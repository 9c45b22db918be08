package io.gatehouse.http.internal;

import io.gatehouse.http.HttpExchange;
import java.time.Instant;
import java.util.Optional;

/** One way of proving who is calling (SigV4, Bearer, Basic, the container's own). */
interface CredentialScheme {
  /**
   * Authenticates a request if it carries this scheme's credential.
   *
   * @return the caller, or empty if the request does not use this scheme
   * @throws HttpProblem 401 if the credential is present but invalid
   */
  Optional<Authenticated> authenticate(HttpExchange exchange, Instant now);

  /** The {@code WWW-Authenticate} challenge of this scheme. */
  String challenge();
}
