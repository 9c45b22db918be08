package io.gatehouse.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one IAM or STS Query call: the HTTP status, the XML document AWS would send, and
 * the same answer in structured form (the result tree, or the error's code and message), for
 * callers in the same process such as a web console. {@link #toString()} shows neither the XML nor
 * the result, which may carry a new secret access key or session token.
 */
public final class QueryResponse {
  private final int httpStatus;
  private final String requestId;
  private final String action;
  private final Map<String, Object> result;
  private final String errorCode;
  private final String errorMessage;
  private final String xml;

  QueryResponse(int httpStatus, String requestId, String action, Map<String, Object> result, String errorCode,
      String errorMessage, String xml) {
    this.httpStatus = httpStatus;
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.action = action;
    this.result = result == null ? null : java.util.Collections.unmodifiableMap(result);
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.xml = Objects.requireNonNull(xml, "xml");
  }

  /** The HTTP status: 200, or AWS's status for the error (e.g. 404 for {@code NoSuchEntity}). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The request id, also written in the document and in the audit events of the call. */
  public String requestId() {
    return requestId;
  }

  /** The action called, e.g. {@code CreateUser}; null if the request named none. */
  public String action() {
    return action;
  }

  /** True if the call was refused. */
  public boolean isError() {
    return errorCode != null;
  }

  /**
   * The result element as a tree (see {@link io.gatehouse.iam.IamActions}); empty for an action
   * without a result; absent for an error.
   */
  public Optional<Map<String, Object>> result() {
    return Optional.ofNullable(result);
  }

  /** AWS's error code, e.g. {@code AccessDenied}, if the call was refused. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** AWS's error message, if the call was refused. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** The XML document, as sent with content type {@code text/xml}. */
  public String xml() {
    return xml;
  }

  @Override
  public String toString() {
    return "QueryResponse[" + action + ", " + httpStatus + (errorCode == null ? "" : ", " + errorCode) + ", "
        + requestId + "]";
  }
}
