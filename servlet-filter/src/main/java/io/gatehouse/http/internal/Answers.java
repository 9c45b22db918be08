package io.gatehouse.http.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gatehouse.Decision;
import io.gatehouse.PrincipalType;
import io.gatehouse.http.HttpOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON answers, in the shape of AWS's JSON protocol errors: {@code {"__type": CODE, "message":
 * TEXT}}. A failed decision's cause (an exception's name and message) is audited, never answered.
 */
public final class Answers {
  static final String CONTENT_TYPE = "application/json";
  private static final JsonFactory JSON = new JsonFactory();

  private Answers() {}

  /** A 403 for a denied decision, with AWS's message. */
  public static HttpOutcome denied(Decision decision) {
    return error(403, "AccessDeniedException", publicMessage(decision), List.of());
  }

  /**
   * A 403 for an {@code AccessDeniedException} thrown below the filter, whose message is AWS's
   * sentence already (when it carries the decision, the message is rebuilt without a failure's cause).
   */
  public static HttpOutcome denied(String message) {
    return error(403, "AccessDeniedException", message, List.of());
  }

  /** A 401 for an anonymous caller that was denied: credentials are required. */
  static HttpOutcome credentialsRequired(Decision decision, List<String> challenges) {
    return error(401, "MissingAuthenticationToken", publicMessage(decision), challenges);
  }

  /** The answer to a refused request (400 or 401). */
  static HttpOutcome problem(HttpProblem p) {
    return error(p.status(), p.code(), p.getMessage(), p.challenge() == null ? List.of() : List.of(p.challenge()));
  }

  /** AWS's deny sentence, without the cause of a failed decision (which may name internals). */
  static String publicMessage(Decision d) {
    if (d.error().isEmpty()) {
      return d.message();
    }
    String who = d.request().principal().type() == PrincipalType.ANONYMOUS ? "Anonymous" : d.request().principal().arn();
    return "User: " + who + " is not authorized to perform: " + d.request().action() + " on resource: "
        + d.request().resource() + " because the request could not be evaluated";
  }

  static HttpOutcome error(int status, String code, String message, List<String> challenges) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(CONTENT_TYPE));
    if (!challenges.isEmpty()) {
      headers.put("WWW-Authenticate", challenges);
    }
    return HttpOutcome.answer(status, headers, json(code, message));
  }

  private static byte[] json(String code, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("__type", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
