package io.gatehouse.iam;

import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PrincipalElement;
import io.gatehouse.policy.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a stored policy as compact JSON, the form IAM's responses carry in their {@code Document}
 * and {@code PolicyDocument} elements. Gatehouse keeps the parsed policy rather than the submitted
 * text, so the JSON is canonical: no whitespace, every statement in a {@code Statement} array, a list
 * of one value written as that value, and condition values as strings (IAM reads {@code true} and
 * {@code "true"} alike). The policy it describes is the same.
 */
final class PolicyJson {
  private PolicyJson() {}

  /** The document as compact JSON. */
  static String write(PolicyDocument document) {
    StringBuilder b = new StringBuilder(256).append('{');
    boolean first = true;
    if (document.versionGiven()) {
      field(b, "Version", true).append(quote(document.version()));
      first = false;
    }
    if (document.id().isPresent()) {
      field(b, "Id", first).append(quote(document.id().get()));
      first = false;
    }
    field(b, "Statement", first).append('[');
    for (int i = 0; i < document.statements().size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      statement(b, document.statements().get(i));
    }
    return b.append("]}").toString();
  }

  /** The number of characters of {@code text} that are not whitespace: how IAM measures policies. */
  static int size(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The size of a stored policy, measured on its JSON form. */
  static int size(PolicyDocument document) {
    return size(write(document));
  }

  private static void statement(StringBuilder b, Statement s) {
    b.append('{');
    boolean first = true;
    if (s.sid().isPresent()) {
      field(b, "Sid", true).append(quote(s.sid().get()));
      first = false;
    }
    field(b, "Effect", first).append(quote(s.effect().text()));
    if (s.principal().isPresent()) {
      field(b, s.notPrincipal() ? "NotPrincipal" : "Principal", false);
      principal(b, s.principal().get());
    }
    field(b, s.notAction() ? "NotAction" : "Action", false);
    values(b, s.actions());
    if (s.hasResourceElement()) {
      field(b, s.notResource() ? "NotResource" : "Resource", false);
      values(b, s.resources());
    }
    if (!s.conditions().isEmpty()) {
      field(b, "Condition", false);
      conditions(b, s.conditions());
    }
    b.append('}');
  }

  private static void principal(StringBuilder b, PrincipalElement p) {
    if (p.isAnyone()) {
      b.append("\"*\"");
      return;
    }
    b.append('{');
    boolean first = true;
    for (Map.Entry<String, List<String>> e : p.byType().entrySet()) {
      field(b, e.getKey(), first);
      values(b, e.getValue());
      first = false;
    }
    b.append('}');
  }

  private static void conditions(StringBuilder b, List<ConditionClause> clauses) {
    Map<String, Map<String, List<String>>> byOperator = new LinkedHashMap<>();
    for (ConditionClause c : clauses) {
      byOperator.computeIfAbsent(c.operator(), k -> new LinkedHashMap<>()).put(c.key(), c.values());
    }
    b.append('{');
    boolean firstOperator = true;
    for (Map.Entry<String, Map<String, List<String>>> op : byOperator.entrySet()) {
      field(b, op.getKey(), firstOperator).append('{');
      firstOperator = false;
      boolean firstKey = true;
      for (Map.Entry<String, List<String>> key : op.getValue().entrySet()) {
        field(b, key.getKey(), firstKey);
        values(b, key.getValue());
        firstKey = false;
      }
      b.append('}');
    }
    b.append('}');
  }

  private static void values(StringBuilder b, List<String> values) {
    if (values.size() == 1) {
      b.append(quote(values.get(0)));
      return;
    }
    b.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(values.get(i)));
    }
    b.append(']');
  }

  private static StringBuilder field(StringBuilder b, String name, boolean first) {
    if (!first) {
      b.append(',');
    }
    return b.append(quote(name)).append(':');
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
