package io.gatehouse.sigv4;

/**
 * A request whose signature was refused, with AWS's error code ({@code IncompleteSignature},
 * {@code SignatureDoesNotMatch}, {@code InvalidClientTokenId}, {@code ExpiredToken}, {@code
 * RequestExpired}, {@code MissingAuthenticationToken}), the HTTP status AWS answers with, and
 * AWS's wording. The message never contains a secret or the signature the server computed.
 */
public final class SignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int httpStatus;

  /** Creates the exception. */
  public SignatureException(String code, int httpStatus, String message) {
    super(message);
    this.code = code;
    this.httpStatus = httpStatus;
  }

  static SignatureException incomplete(String message) {
    return new SignatureException("IncompleteSignature", 400, message);
  }

  static SignatureException doesNotMatch(String message) {
    return new SignatureException("SignatureDoesNotMatch", 403, message);
  }

  static SignatureException invalidClientTokenId() {
    return new SignatureException("InvalidClientTokenId", 403,
        "The security token included in the request is invalid.");
  }

  /** AWS's error code. */
  public String code() {
    return code;
  }

  /** The HTTP status AWS answers with. */
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String toString() {
    return "SignatureException[" + code + "]: " + getMessage();
  }
}
