package io.gatehouse.audit;

import java.util.Map;

/**
 * What an enforcement point knows of the request beyond the authorization question, for the audit
 * event. Request parameters must never hold secrets (passwords, keys, tokens, codes).
 *
 * @param requestId the request's id (e.g. an HTTP request id), or null to have one made
 * @param sourceIp the caller's address, or null
 * @param userAgent the caller's user agent, or null
 * @param requestParameters non-secret parameters worth recording (e.g. method arguments named in the
 *     resource template, the HTTP method and path)
 */
public record RequestInfo(String requestId, String sourceIp, String userAgent, Map<String, String> requestParameters) {
  /** Copies the parameters. */
  public RequestInfo {
    requestParameters = requestParameters == null ? Map.of() : Map.copyOf(requestParameters);
  }

  /** No information beyond the question itself. */
  public static RequestInfo none() {
    return new RequestInfo(null, null, null, Map.of());
  }
}
