package io.gatehouse.http.internal;

/**
 * A request refused before any decision: a path that cannot be normalized safely (400) or a
 * credential that is present but invalid (401). The message is shown to the client, so it never
 * contains a secret.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String challenge;

  /**
   * Creates the problem.
   *
   * @param code AWS's error code, e.g. {@code SignatureDoesNotMatch}
   * @param challenge the {@code WWW-Authenticate} value of a 401, or null
   */
  public HttpProblem(int status, String code, String message, String challenge) {
    super(message);
    this.status = status;
    this.code = code;
    this.challenge = challenge;
  }

  /** A 400 for a request path. */
  static HttpProblem badPath(String message) {
    return new HttpProblem(400, "InvalidURI", message, null);
  }

  /** A 401 for an invalid credential of a scheme. */
  static HttpProblem unauthorized(String code, String message, String challenge) {
    return new HttpProblem(401, code, message, challenge);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** AWS's error code. */
  public String code() {
    return code;
  }

  /** The {@code WWW-Authenticate} value, or null. */
  public String challenge() {
    return challenge;
  }
}
