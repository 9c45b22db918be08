package io.gatehouse.sts;

/**
 * A refused STS request, with AWS STS's error code (e.g. {@code AccessDenied}, {@code
 * ValidationError}, {@code ExpiredToken}, {@code InvalidClientTokenId}, {@code
 * InvalidIdentityToken}) and a message that never contains a secret.
 */
public final class StsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int httpStatus;

  /** Creates the exception. */
  public StsException(String code, int httpStatus, String message) {
    super(message);
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** A 400 {@code ValidationError}. */
  public static StsException validation(String message) {
    return new StsException("ValidationError", 400, message);
  }

  /** A 403 {@code AccessDenied}. */
  public static StsException accessDenied(String message) {
    return new StsException("AccessDenied", 403, message);
  }

  /** AWS STS's error code. */
  public String code() {
    return code;
  }

  /** The HTTP status AWS answers with. */
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String toString() {
    return "StsException[" + code + "]: " + getMessage();
  }
}
