package io.gatehouse.servlet;

import io.gatehouse.context.CallContext;
import io.gatehouse.context.Gatehouse;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The application below the filter: tells who it runs as and with which context keys, echoes the
 * body, and asks Gatehouse itself when told to ({@code ?check=ACTION}). Public, so that a {@code
 * web.xml} can name it: the web application deployed into standalone servers runs it too.
 */
public final class EchoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The servlet, as a container creates it. */
  public EchoServlet() {}

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String query = request.getQueryString() == null ? "" : request.getQueryString();
    if (query.contains("async") && request.getDispatcherType() == DispatcherType.REQUEST) {
      AsyncContext async = request.startAsync();
      async.dispatch();
      return;
    }
    StringBuilder b = new StringBuilder();
    Optional<CallContext> current = Gatehouse.current();
    b.append("dispatch=").append(request.getDispatcherType()).append('\n');
    b.append("principal=").append(current.map(CallContext::principalArn).orElse("none")).append('\n');
    b.append("mfa=").append(current.flatMap(CallContext::mfaAuthenticatedAt).isPresent()).append('\n');
    current.ifPresent(c -> c.keys().forEach((k, v) -> b.append("key ").append(k).append('=')
        .append(String.join(",", v)).append('\n')));
    for (String part : query.split("&")) {
      if (part.startsWith("check=")) {
        String action = java.net.URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8);
        // Throws Gatehouse's AccessDeniedException if denied: the filter answers it.
        Gatehouse.check(action, "arn:shop:orders::123456789012:order/1", java.util.Map.of());
        b.append("check ").append(action).append("=allowed\n");
      }
    }
    String note = request.getParameter("note");
    if (note != null) {
      b.append("note=").append(note).append('\n');
    }
    byte[] body = request.getInputStream().readAllBytes();
    b.append("body=").append(new String(body, StandardCharsets.UTF_8)).append('\n');
    response.setContentType("text/plain;charset=utf-8");
    response.getOutputStream().write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The value of {@code key NAME=} in an echoed body, or null. */
  static String key(String echoed, String name) {
    for (String line : echoed.split("\n")) {
      if (line.startsWith("key " + name + "=")) {
        return line.substring(("key " + name + "=").length());
      }
    }
    return null;
  }

  /** The value of {@code NAME=} in an echoed body, or null. */
  static String field(String echoed, String name) {
    return List.of(echoed.split("\n")).stream().filter(l -> l.startsWith(name + "=")).findFirst()
        .map(l -> l.substring(name.length() + 1)).orElse(null);
  }
}
