package io.gatehouse.sts.oidc;

import java.util.Objects;

/**
 * Thrown when an ID token is refused. {@link #errorCode()} is the error code AWS STS returns from
 * {@code AssumeRoleWithWebIdentity} for the same refusal; the message says which check failed and
 * never contains the token.
 */
public final class InvalidIdentityTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the token was refused, as AWS STS's error codes distinguish it. */
  public enum Reason {
    /**
     * {@code InvalidIdentityToken}: the token is malformed, uses an unsupported algorithm, names an
     * unknown key, has a bad signature, the wrong issuer or audience, a missing claim, or is not
     * valid yet.
     */
    INVALID_IDENTITY_TOKEN("InvalidIdentityToken"),
    /** {@code ExpiredTokenException}: the token's {@code exp} has passed. */
    EXPIRED_TOKEN("ExpiredTokenException");

    private final String errorCode;

    Reason(String errorCode) {
      this.errorCode = errorCode;
    }

    /** AWS STS's error code. */
    public String errorCode() {
      return errorCode;
    }
  }

  /** Why the token was refused. */
  private final Reason reason;

  InvalidIdentityTokenException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  static InvalidIdentityTokenException invalid(String message) {
    return new InvalidIdentityTokenException(Reason.INVALID_IDENTITY_TOKEN, message);
  }

  static InvalidIdentityTokenException expired(String message) {
    return new InvalidIdentityTokenException(Reason.EXPIRED_TOKEN, message);
  }

  /** Why the token was refused. */
  public Reason reason() {
    return reason;
  }

  /** AWS STS's error code: {@code InvalidIdentityToken} or {@code ExpiredTokenException}. */
  public String errorCode() {
    return reason.errorCode();
  }
}
