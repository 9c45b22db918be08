package io.gatehouse.console.internal;

import io.gatehouse.api.QueryApi;
import io.gatehouse.api.QueryResponse;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.policy.PolicyProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The console's bridge to the IAM and STS API, and its two helpers:
 *
 * <ul>
 *   <li>{@code POST api}: a form-encoded Query request ({@code Action=...&Version=...}) run by
 *       {@link QueryApi#call} as the signed-in user, answered with the API's XML and status
 *       unchanged, so the account's policies decide what the page may read and change;
 *   <li>{@code POST validate}: a policy document (JSON or YAML) checked by core's {@link
 *       PolicyParser}, answered with its problems at their line and column;
 *   <li>{@code POST qr}: the PNG QR code of an {@code otpauth://} URI, for MFA enrolment.
 * </ul>
 *
 * Every one needs a session and its CSRF token.
 */
public final class ApiEndpoint {
  private static final int MAX_QR_TEXT = 1024;

  private final QueryApi api;
  private final SessionGuard guard;
  private final PolicyParser parser = new PolicyParser();

  /** The endpoint over the API. */
  public ApiEndpoint(QueryApi api, SessionGuard guard) {
    this.api = Objects.requireNonNull(api, "api");
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  /** {@code POST api}. */
  public void call(Exchange x) throws IOException {
    Optional<ConsoleSession> s = guard.require(x);
    if (s.isEmpty()) {
      return;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    x.request().getParameterMap().forEach((k, v) -> parameters.put(k, v.length == 0 ? "" : v[0]));
    QueryResponse r = api.call(s.get().caller(), parameters, x.info(), x.context());
    x.send(r.httpStatus(), "text/xml;charset=UTF-8", r.xml().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code POST validate}: the body is the document. */
  public void validate(Exchange x) throws IOException {
    if (guard.require(x).isEmpty()) {
      return;
    }
    String text = x.body();
    if (text == null) {
      x.error(413, "RequestEntityTooLarge", "The policy document is too large.");
      return;
    }
    x.json(200, problems(text));
  }

  /** The located problems of a policy document, as the editor shows them. */
  Map<String, Object> problems(String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> problems = new ArrayList<>();
    try {
      parser.parse(text, "policy");
    } catch (InvalidPolicyException e) {
      for (PolicyProblem p : e.problems()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("path", p.path());
        m.put("message", p.message());
        problems.add(m);
      }
    }
    out.put("valid", problems.isEmpty());
    out.put("format", text.stripLeading().startsWith("{") ? "JSON" : "YAML");
    out.put("problems", problems);
    return out;
  }

  /** {@code POST qr}: the body is the {@code otpauth://} URI; answered {@code image/png}. */
  public void qr(Exchange x) throws IOException {
    if (guard.require(x).isEmpty()) {
      return;
    }
    String text = x.body();
    if (text == null || text.length() > MAX_QR_TEXT || !text.startsWith("otpauth://")) {
      x.error(400, "InvalidInput", "Expected an otpauth:// URI of at most " + MAX_QR_TEXT + " characters.");
      return;
    }
    x.response().setHeader("Cache-Control", "no-store");
    x.send(200, "image/png", QrPng.render(QrCode.encode(text), 6));
  }
}
