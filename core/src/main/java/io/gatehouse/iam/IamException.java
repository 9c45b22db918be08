package io.gatehouse.iam;

import java.util.Objects;

/**
 * A refused IAM request, with AWS IAM's error code, the HTTP status AWS answers it with and AWS's
 * message text. Messages never contain a secret (no password, secret access key, MFA seed or code).
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>status</th><th>meaning</th></tr>
 *   <tr><td>{@code NoSuchEntity}</td><td>404</td><td>a named entity does not exist</td></tr>
 *   <tr><td>{@code EntityAlreadyExists}</td><td>409</td><td>the name is taken</td></tr>
 *   <tr><td>{@code DeleteConflict}</td><td>409</td><td>the entity still has dependents</td></tr>
 *   <tr><td>{@code LimitExceeded}</td><td>409</td><td>a quota would be exceeded</td></tr>
 *   <tr><td>{@code EntityTemporarilyUnmodifiable}</td><td>409</td><td>changed concurrently; retry</td></tr>
 *   <tr><td>{@code MalformedPolicyDocument}</td><td>400</td><td>the policy is not valid</td></tr>
 *   <tr><td>{@code ValidationError}</td><td>400</td><td>a parameter breaks its constraint</td></tr>
 *   <tr><td>{@code InvalidInput}</td><td>400</td><td>a parameter is not acceptable</td></tr>
 *   <tr><td>{@code PasswordPolicyViolation}</td><td>400</td><td>the password breaks the policy</td></tr>
 *   <tr><td>{@code InvalidAuthenticationCode}</td><td>403</td><td>MFA codes not accepted</td></tr>
 *   <tr><td>{@code AccessDenied}</td><td>403</td><td>e.g. a wrong old password</td></tr>
 *   <tr><td>{@code ServiceFailure}</td><td>500</td><td>the change could not be saved</td></tr>
 * </table>
 */
public final class IamException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int httpStatus;

  /**
   * Creates the exception.
   *
   * @param code AWS's error code, e.g. {@code NoSuchEntity}
   * @param httpStatus the HTTP status AWS answers with
   * @param message AWS's message text; must not contain a secret
   */
  public IamException(String code, int httpStatus, String message) {
    this(code, httpStatus, message, null);
  }

  private IamException(String code, int httpStatus, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.httpStatus = httpStatus;
  }

  /** AWS IAM's error code, e.g. {@code NoSuchEntity}. */
  public String code() {
    return code;
  }

  /** The HTTP status AWS answers this error with. */
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String toString() {
    return "IamException[" + code + "]: " + getMessage();
  }

  static IamException noSuchEntity(String message) {
    return new IamException("NoSuchEntity", 404, message);
  }

  static IamException entityAlreadyExists(String message) {
    return new IamException("EntityAlreadyExists", 409, message);
  }

  static IamException deleteConflict(String message) {
    return new IamException("DeleteConflict", 409, message);
  }

  static IamException limitExceeded(String message) {
    return new IamException("LimitExceeded", 409, message);
  }

  /** AWS's wording for a count quota: {@code Cannot exceed quota for NAME: LIMIT}. */
  static IamException quota(String quotaName, int limit) {
    return limitExceeded("Cannot exceed quota for " + quotaName + ": " + limit);
  }

  static IamException temporarilyUnmodifiable(String message) {
    return new IamException("EntityTemporarilyUnmodifiable", 409, message);
  }

  static IamException malformedPolicy(String message) {
    return new IamException("MalformedPolicyDocument", 400, message);
  }

  static IamException validation(String message) {
    return new IamException("ValidationError", 400, message);
  }

  static IamException invalidInput(String message) {
    return new IamException("InvalidInput", 400, message);
  }

  static IamException passwordPolicyViolation(String message) {
    return new IamException("PasswordPolicyViolation", 400, message);
  }

  static IamException invalidAuthenticationCode(String message) {
    return new IamException("InvalidAuthenticationCode", 403, message);
  }

  static IamException accessDenied(String message) {
    return new IamException("AccessDenied", 403, message);
  }

  static IamException serviceFailure(Throwable cause) {
    return new IamException("ServiceFailure", 500,
        "The request processing has failed because of an unknown error, exception or failure.", cause);
  }
}
