package io.gatehouse.servlet;

import io.gatehouse.http.HttpExchange;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A servlet request seen as an {@link HttpExchange}; the body is read once and kept for the application. */
final class ServletExchange implements HttpExchange {
  private static final byte[] NO_BODY = new byte[0];

  private final HttpServletRequest request;
  private byte[] body;

  ServletExchange(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String rawPath() {
    return request.getRequestURI();
  }

  @Override
  public String contextPath() {
    return request.getContextPath();
  }

  @Override
  public String rawQuery() {
    String q = request.getQueryString();
    return q == null ? "" : q;
  }

  @Override
  public List<String> headers(String name) {
    return Collections.list(request.getHeaders(name));
  }

  @Override
  public List<String> headerNames() {
    return Collections.list(request.getHeaderNames());
  }

  @Override
  public byte[] body() throws IOException {
    if (body == null) {
      body = HttpExchange.mayHaveBody(request.getHeader("Content-Length"), request.getHeader("Transfer-Encoding"),
          request.getProtocol()) ? request.getInputStream().readNBytes(MAX_SIGNED_BODY + 1) : NO_BODY;
    }
    return body;
  }

  /** The body if it was read, for the application to read again; null if it was not (or there is none). */
  byte[] bodyIfRead() {
    return body == NO_BODY ? null : body;
  }

  @Override
  public String remoteAddress() {
    return request.getRemoteAddr();
  }

  @Override
  public boolean secure() {
    return request.isSecure();
  }

  @Override
  public Optional<String> containerUser() {
    Principal p = request.getUserPrincipal();
    return p == null ? Optional.empty() : Optional.ofNullable(p.getName());
  }
}
