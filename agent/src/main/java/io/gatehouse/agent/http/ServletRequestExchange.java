package io.gatehouse.agent.http;

import io.gatehouse.http.HttpExchange;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * A container's {@code HttpServletRequest}, from another class loader, as an {@link HttpExchange}.
 * The agent cannot replace the request object the servlet gets, so it never reads the body: a signed
 * request's payload hash comes from {@code X-Amz-Content-Sha256} (see {@link #keepsBody()}).
 */
final class ServletRequestExchange implements HttpExchange {
  private final ServletApi api;
  private final Object request;

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

  @Override
  public boolean keepsBody() {
    return false;
  }

  @Override
  public byte[] body() throws IOException {
    throw new IOException("the agent does not read request bodies: it could not hand them back to the application");
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
