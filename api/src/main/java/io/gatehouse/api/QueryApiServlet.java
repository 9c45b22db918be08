package io.gatehouse.api;

import io.gatehouse.RequestContext;
import io.gatehouse.api.internal.FormParameters;
import io.gatehouse.api.internal.QueryXml;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.sigv4.SignedRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * AWS IAM's and STS's Query APIs over HTTP, so that the AWS CLI and SDKs, given the servlet's URL
 * as {@code --endpoint-url}, administer the accounts and obtain temporary credentials. Mount it at
 * any path; {@code POST} (form-encoded) and {@code GET} are both accepted, as AWS does.
 *
 * <p>The body is read raw (at most 1 MiB), so that the SigV4 payload hash is computed over the bytes
 * the client signed, and decoded here, never through {@code getParameter}. Authentication,
 * authorization, audit and the answers are {@link QueryApi}'s. Answers are {@code text/xml}.
 */
public final class QueryApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  /** Larger than any valid request: AWS caps policies at 10 KiB and Query requests far below this. */
  static final int MAX_BODY = 1 << 20;

  private final transient QueryApi api;

  /** A servlet answering with the given API. */
  public QueryApiServlet(QueryApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    serve(req, resp, new byte[0]);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] body = readBody(req);
    if (body == null) {
      write(resp, 413, QueryXml.error(QueryApi.IAM_NAMESPACE, 413, "RequestEntityTooLarge",
          "Request body exceeds " + MAX_BODY + " bytes", UUID.randomUUID().toString()));
      return;
    }
    serve(req, resp, body);
  }

  private void serve(HttpServletRequest req, HttpServletResponse resp, byte[] body) throws IOException {
    String rawQuery = req.getQueryString();
    String form = isForm(req) ? new String(body, StandardCharsets.UTF_8) : "";
    Map<String, String> parameters;
    try {
      parameters = FormParameters.decode(rawQuery, form);
    } catch (IllegalArgumentException e) {
      write(resp, 400, QueryXml.error(QueryApi.IAM_NAMESPACE, 400, "MalformedQueryString", e.getMessage(),
          UUID.randomUUID().toString()));
      return;
    }
    SignedRequest.Builder signed = SignedRequest.builder().method(req.getMethod()).rawPath(req.getRequestURI())
        .rawQuery(rawQuery).payload(body);
    for (String name : Collections.list(req.getHeaderNames())) {
      for (String value : Collections.list(req.getHeaders(name))) {
        signed.header(name, value);
      }
    }
    String userAgent = req.getHeader("User-Agent");
    RequestInfo info = new RequestInfo(UUID.randomUUID().toString(), req.getRemoteAddr(), userAgent,
        Map.of("method", req.getMethod(), "path", req.getRequestURI()));
    RequestContext.Builder context = RequestContext.builder()
        .put("aws:SourceIp", req.getRemoteAddr())
        .put("aws:SecureTransport", Boolean.toString(req.isSecure()));
    if (userAgent != null) {
      context.put("aws:UserAgent", userAgent);
    }
    QueryResponse response = api.handle(signed.build(), parameters, info, context.build());
    write(resp, response.httpStatus(), response.xml());
  }

  private static boolean isForm(HttpServletRequest req) {
    String type = req.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** The body, or null if it is larger than {@link #MAX_BODY}. */
  private static byte[] readBody(HttpServletRequest req) throws IOException {
    if (req.getContentLengthLong() > MAX_BODY) {
      return null;
    }
    try (InputStream in = req.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      return bytes.length > MAX_BODY ? null : bytes;
    }
  }

  private static void write(HttpServletResponse resp, int status, String xml) throws IOException {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("text/xml;charset=UTF-8");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }
}
