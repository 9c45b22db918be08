package io.gatehouse.console.internal;

import io.gatehouse.Principal;
import io.gatehouse.identity.Caller;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in console user's session as its cookie carries it. Immutable.
 *
 * @param id a random id, which the CSRF token and sign-out refer to
 * @param principalArn the signed-in user's ARN
 * @param issuedAt when the user signed in
 * @param expiresAt when the session ends
 * @param mfaAt when the user presented an MFA code, or null if the user has no device
 */
public record ConsoleSession(String id, String principalArn, Instant issuedAt, Instant expiresAt, Instant mfaAt) {
  /** Checks the fields. */
  public ConsoleSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(principalArn, "principalArn");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The caller the session's requests are made as: a password sign-in, with its MFA time. */
  public Caller caller() {
    return Caller.withPassword(principal(), mfaAt);
  }

  /** The signed-in user. */
  public Principal principal() {
    return Principal.fromArn(principalArn);
  }
}
