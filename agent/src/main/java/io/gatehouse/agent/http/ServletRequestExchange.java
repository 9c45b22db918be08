package io.gatehouse.agent.http;

import io.gatehouse.http.HttpExchange;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * A container's {@code HttpServletRequest}, from another class loader, as an {@link HttpExchange}. A
 * body that a signature covers is read once and kept, with a request wrapper that serves it again to
 * the application ({@link #replacement()}); a request without a body is not read.
 */
final class ServletRequestExchange implements HttpExchange {
  private static final byte[] NO_BODY = new byte[0];

  private final ServletApi api;
  private final Object request;
  private byte[] body;
  private Object replacement;

  ServletRequestExchange(ServletApi api, Object request) {
    this.api = api;
    this.request = request;
  }

  @Override
  public String method() {
    return api.method(request);
  }

  @Override
  public String rawPath() {
    return api.requestUri(request);
  }

  @Override
  public String contextPath() {
    String c = api.contextPath(request);
    return c == null ? "" : c;
  }

  @Override
  public String rawQuery() {
    String q = api.queryString(request);
    return q == null ? "" : q;
  }

  @Override
  public List<String> headers(String name) {
    return api.headers(request, name);
  }

  @Override
  public List<String> headerNames() {
    return api.headerNames(request);
  }

  /**
   * Reads the body (at most one byte past {@link #MAX_SIGNED_BODY}) and makes the wrapper that hands
   * it back to the application: here, while the request is being decided, so that a wrapper that
   * cannot be made fails the decision (a deny, audited with its cause) and the request is never
   * passed on without its body.
   *
   * @throws IllegalStateException if the wrapper cannot be made
   */
  @Override
  public byte[] body() throws IOException {
    if (body == null) {
      body = hasBody() ? read() : NO_BODY;
    }
    return body;
  }

  private byte[] read() throws IOException {
    BufferedRequestTypes types;
    try {
      types = BufferedRequestTypes.of(api.requestType());
    } catch (LinkageError e) {
      throw new IllegalStateException("cannot make a request wrapper: " + e, e);
    }
    byte[] read = api.inputStream(request).readNBytes(MAX_SIGNED_BODY + 1);
    if (read.length <= MAX_SIGNED_BODY) {
      replacement = types.wrap(request, new BufferedBodyHandler(api, request, read, types));
    }
    return read;
  }

  /**
   * False only when the request certainly has no body: a {@code Content-Length} of 0, or over HTTP/1
   * neither {@code Content-Length} nor {@code Transfer-Encoding} (HTTP/2 may send a body without
   * either).
   */
  private boolean hasBody() {
    List<String> length = api.headers(request, "Content-Length");
    List<String> encoding = api.headers(request, "Transfer-Encoding");
    return HttpExchange.mayHaveBody(length.isEmpty() ? null : length.get(0), encoding.isEmpty() ? null : encoding.get(0),
        api.protocol(request));
  }

  /**
   * The request to hand the servlet in place of the container's, once {@link #body()} has read a
   * body: a wrapper that serves the same bytes; null if no body was read.
   */
  Object replacement() {
    return replacement;
  }

  @Override
  public String remoteAddress() {
    return api.remoteAddr(request);
  }

  @Override
  public boolean secure() {
    return api.secure(request);
  }

  @Override
  public Optional<String> containerUser() {
    Principal p = api.userPrincipal(request);
    return p == null ? Optional.empty() : Optional.ofNullable(p.getName());
  }
}
