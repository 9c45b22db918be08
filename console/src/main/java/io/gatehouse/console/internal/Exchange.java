package io.gatehouse.console.internal;

import io.gatehouse.RequestContext;
import io.gatehouse.audit.RequestInfo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** One console request and its response, with the helpers every endpoint uses. */
public record Exchange(HttpServletRequest request, HttpServletResponse response) {
  /** Larger than any valid console request: IAM caps policy documents far below this. */
  static final int MAX_BODY = 256 * 1024;

  /** The header carrying the session's CSRF token. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** Who is calling, for the audit trail: a fresh request id, the client address and user agent. */
  public RequestInfo info() {
    return new RequestInfo(UUID.randomUUID().toString(), request.getRemoteAddr(), request.getHeader("User-Agent"),
        Map.of("method", request.getMethod(), "path", request.getRequestURI()));
  }

  /** The request's condition keys: {@code aws:SourceIp}, {@code aws:SecureTransport}, {@code aws:UserAgent}. */
  public RequestContext context() {
    RequestContext.Builder b = RequestContext.builder().put("aws:SourceIp", request.getRemoteAddr())
        .put("aws:SecureTransport", Boolean.toString(request.isSecure()));
    String agent = request.getHeader("User-Agent");
    if (agent != null) {
      b.put("aws:UserAgent", agent);
    }
    return b.build();
  }

  /** The body as UTF-8 text, or null if it is larger than the limit. */
  public String body() throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      return bytes.length > MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Sends a JSON answer. */
  public void json(int status, Object value) throws IOException {
    send(status, "application/json;charset=UTF-8", JsonBody.of(value).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a JSON error: {@code {"code": ..., "message": ...}}. */
  public void error(int status, String code, String message) throws IOException {
    json(status, Map.of("code", code, "message", message));
  }

  /** Sends bytes of a content type. */
  public void send(int status, String contentType, byte[] bytes) throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
