package io.gatehouse.sts;

import io.gatehouse.identity.Caller;
import io.gatehouse.identity.TemporarySession;

/**
 * A session token that verified: the session, and the temporary secret with which its requests
 * must be signed. {@link #toString()} never shows the secret.
 *
 * @param session what the token carries
 * @param secretAccessKey the session's secret access key
 */
public record VerifiedSession(TemporarySession session, String secretAccessKey) {
  /** The caller this session makes requests as. */
  public Caller caller() {
    return Caller.withSession(session);
  }

  @Override
  public String toString() {
    return "VerifiedSession[" + session.principal() + ", " + session.accessKeyId() + "]";
  }
}
