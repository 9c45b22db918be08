package io.gatehouse.identity;

import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An authenticated caller: the principal, how it proved who it is, and what its credentials carry
 * (MFA, a temporary session). Immutable. This is what enforcement points hand to {@link
 * AccountAuthorizer}.
 */
public final class Caller {
  /** How the caller authenticated. */
  public enum Credential {
    /** No credentials. */
    NONE,
    /** A long-term access key (request signature). */
    ACCESS_KEY,
    /** A console password (with or without MFA). */
    PASSWORD,
    /** Temporary credentials from STS (a session token). */
    SESSION,
    /** Trusted without a credential of Gatehouse's own: a process principal or the container's authentication. */
    ASSERTED
  }

  private static final Caller ANONYMOUS = new Caller(Principal.anonymous(), Credential.NONE, null, null, null);

  private final Principal principal;
  private final Credential credential;
  private final String accessKeyId;
  private final TemporarySession session;
  private final Instant mfaAuthenticatedAt;

  private Caller(Principal principal, Credential credential, String accessKeyId, TemporarySession session,
      Instant mfaAuthenticatedAt) {
    this.principal = Objects.requireNonNull(principal, "principal");
    this.credential = Objects.requireNonNull(credential, "credential");
    this.accessKeyId = accessKeyId;
    this.session = session;
    this.mfaAuthenticatedAt = mfaAuthenticatedAt;
  }

  /** The caller without credentials. */
  public static Caller anonymous() {
    return ANONYMOUS;
  }

  /** A user or root signing with a long-term access key. */
  public static Caller withAccessKey(Principal principal, String accessKeyId) {
    return new Caller(principal, Credential.ACCESS_KEY, Objects.requireNonNull(accessKeyId), null, null);
  }

  /**
   * A user signed in with a password, with the time MFA was presented (null if it was not).
   */
  public static Caller withPassword(Principal principal, Instant mfaAuthenticatedAt) {
    return new Caller(principal, Credential.PASSWORD, null, null, mfaAuthenticatedAt);
  }

  /** A caller presenting temporary credentials. */
  public static Caller withSession(TemporarySession session) {
    return new Caller(session.principal(), Credential.SESSION, session.accessKeyId(), session,
        session.mfaAuthenticatedAt());
  }

  /**
   * A principal the application vouches for (a process principal, or the servlet container's own
   * authentication), without credentials checked by Gatehouse.
   */
  public static Caller asserted(Principal principal) {
    return new Caller(principal, principal.type() == PrincipalType.ANONYMOUS ? Credential.NONE : Credential.ASSERTED,
        null, null, null);
  }

  /**
   * The same caller having just presented MFA at the given time (e.g. a code passed with an STS
   * call), for evaluating that call.
   */
  public Caller withMfaAt(Instant authenticatedAt) {
    return new Caller(principal, credential, accessKeyId, session, Objects.requireNonNull(authenticatedAt));
  }

  /** Who is calling. */
  public Principal principal() {
    return principal;
  }

  /** How the caller authenticated. */
  public Credential credential() {
    return credential;
  }

  /** The access key id that signed the request, if one did. */
  public Optional<String> accessKeyId() {
    return Optional.ofNullable(accessKeyId);
  }

  /** The temporary session, if the caller presented temporary credentials. */
  public Optional<TemporarySession> session() {
    return Optional.ofNullable(session);
  }

  /** When MFA was presented, if it was. */
  public Optional<Instant> mfaAuthenticatedAt() {
    return Optional.ofNullable(mfaAuthenticatedAt);
  }

  @Override
  public String toString() {
    return "Caller[" + principal.arn() + ", " + credential + (mfaAuthenticatedAt != null ? ", MFA" : "") + "]";
  }
}
