package io.gatehouse.api.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes AWS Query-protocol XML: {@code <ActionResponse xmlns="NS"><ActionResult>...</ActionResult>
 * <ResponseMetadata><RequestId>...</RequestId></ResponseMetadata></ActionResponse>} for a result
 * tree as {@link io.gatehouse.iam.IamActions} builds them, and {@code <ErrorResponse>} documents.
 *
 * <p>In a tree, a {@code Map} is a structure (members in order), a {@code List} a list of {@code
 * <member>} elements, an {@link Instant} an ISO 8601 timestamp, a {@code Boolean} {@code
 * true}/{@code false}. The members AWS types as maps ({@code SummaryMap}, {@code
 * EvalDecisionDetails}) are written as {@code <entry><key/><value/></entry>}, as AWS's XML does.
 */
public final class QueryXml {
  private static final Set<String> MAP_MEMBERS = Set.of("SummaryMap", "EvalDecisionDetails");

  private QueryXml() {}

  /**
   * A success document; an empty result writes no result element, as AWS does for actions
   * without output.
   */
  public static String response(String action, String namespace, Map<String, Object> result, String requestId) {
    StringBuilder b = new StringBuilder(256);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append('<').append(action).append("Response xmlns=\"").append(namespace).append("\">\n");
    if (!result.isEmpty()) {
      b.append("  <").append(action).append("Result>\n");
      writeMembers(b, result, 4);
      b.append("  </").append(action).append("Result>\n");
    }
    b.append("  <ResponseMetadata>\n    <RequestId>").append(escape(requestId)).append("</RequestId>\n")
        .append("  </ResponseMetadata>\n");
    b.append("</").append(action).append("Response>\n");
    return b.toString();
  }

  /**
   * An error document: {@code Sender} for a client error (4xx), {@code Receiver} for a server
   * error (5xx).
   */
  public static String error(String namespace, int httpStatus, String code, String message, String requestId) {
    StringBuilder b = new StringBuilder(256);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<ErrorResponse xmlns=\"").append(namespace).append("\">\n");
    b.append("  <Error>\n");
    b.append("    <Type>").append(httpStatus >= 500 ? "Receiver" : "Sender").append("</Type>\n");
    b.append("    <Code>").append(escape(code)).append("</Code>\n");
    b.append("    <Message>").append(escape(message == null ? "" : message)).append("</Message>\n");
    b.append("  </Error>\n");
    b.append("  <RequestId>").append(escape(requestId)).append("</RequestId>\n");
    b.append("</ErrorResponse>\n");
    return b.toString();
  }

  private static void writeMembers(StringBuilder b, Map<?, ?> members, int indent) {
    for (Map.Entry<?, ?> e : members.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object value = e.getValue();
      if (value == null) {
        continue;
      }
      if (MAP_MEMBERS.contains(name) && value instanceof Map<?, ?> map) {
        open(b, name, indent);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          open(b, "entry", indent + 2);
          writeValue(b, "key", entry.getKey(), indent + 4);
          writeValue(b, "value", entry.getValue(), indent + 4);
          close(b, "entry", indent + 2);
        }
        close(b, name, indent);
      } else {
        writeValue(b, name, value, indent);
      }
    }
  }

  private static void writeValue(StringBuilder b, String name, Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      open(b, name, indent);
      writeMembers(b, map, indent + 2);
      close(b, name, indent);
    } else if (value instanceof List<?> list) {
      open(b, name, indent);
      for (Object item : list) {
        writeValue(b, "member", item, indent + 2);
      }
      close(b, name, indent);
    } else {
      b.append(" ".repeat(indent)).append('<').append(name).append('>').append(escape(scalar(value)))
          .append("</").append(name).append(">\n");
    }
  }

  /**
   * A scalar as AWS writes it: ISO 8601 timestamps to the second (as IAM and STS answer), {@code
   * true}/{@code false}, numbers as digits.
   */
  static String scalar(Object value) {
    if (value instanceof Instant instant) {
      return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
    return String.valueOf(value);
  }

  private static void open(StringBuilder b, String name, int indent) {
    b.append(" ".repeat(indent)).append('<').append(name).append(">\n");
  }

  private static void close(StringBuilder b, String name, int indent) {
    b.append(" ".repeat(indent)).append("</").append(name).append(">\n");
  }

  /** Escapes text for element content; characters XML 1.0 cannot carry are dropped. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        case '\r' -> "&#13;";
        default -> (c < 0x20 && c != '\n' && c != '\t') || c == 0xFFFE || c == 0xFFFF ? "" : null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
