package io.gatehouse.http;

import io.gatehouse.context.CallContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HttpEnforcement} decided for one request: let it proceed, with the caller's context to
 * bind for the code below, or answer it at once (401, 403, 400) with the given status, headers and
 * body. Immutable.
 */
public final class HttpOutcome {
  private final CallContext context;
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private HttpOutcome(CallContext context, int status, Map<String, List<String>> headers, byte[] body) {
    this.context = context;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** The request proceeds as the given caller. */
  public static HttpOutcome proceed(CallContext context) {
    return new HttpOutcome(Objects.requireNonNull(context, "context"), 0, Map.of(), new byte[0]);
  }

  /**
   * The request is answered here.
   *
   * @param headers header values by name (e.g. {@code Content-Type}, {@code WWW-Authenticate})
   */
  public static HttpOutcome answer(int status, Map<String, List<String>> headers, byte[] body) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new HttpOutcome(null, status, java.util.Collections.unmodifiableMap(copy), body.clone());
  }

  /** True if the request may go on to the application. */
  public boolean proceeds() {
    return context != null;
  }

  /** The caller's context to bind while the application handles the request; empty for an answer. */
  public Optional<CallContext> context() {
    return Optional.ofNullable(context);
  }

  /** The status of the answer; 0 if the request proceeds. */
  public int status() {
    return status;
  }

  /** The headers of the answer. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body of the answer (JSON); a copy. */
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return proceeds() ? "HttpOutcome[proceed as " + context.principalArn() + "]"
        : "HttpOutcome[" + status + ", " + body.length + " bytes]";
  }
}
