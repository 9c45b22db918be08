package io.gatehouse.http.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A route's resource template: literal text with {@code {name}} (a path variable) and {@code ${key}}
 * (a request context key, e.g. {@code ${aws:PrincipalAccount}}). Immutable.
 */
public final class ArnTemplate {
  private final String text;
  private final List<Part> parts;

  private sealed interface Part permits Literal, PathVariable, ContextKey {}

  private record Literal(String text) implements Part {}

  private record PathVariable(String name) implements Part {}

  private record ContextKey(String key) implements Part {}

  private ArnTemplate(String text, List<Part> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
  }

  /**
   * Parses a template.
   *
   * @param variables the path variables of the route, which {@code {name}} may use
   * @throws IllegalArgumentException for an unclosed or empty placeholder, or a path variable the
   *     route does not have
   */
  public static ArnTemplate parse(String text, Set<String> variables) {
    Objects.requireNonNull(text, "text");
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean key = c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{';
      if (c != '{' && !key) {
        literal.append(c);
        i++;
        continue;
      }
      int open = key ? i + 1 : i;
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed \"" + (key ? "${" : "{") + "\" at character " + (i + 1));
      }
      String inside = text.substring(open + 1, close).strip();
      if (inside.isEmpty()) {
        throw new IllegalArgumentException("empty placeholder at character " + (i + 1));
      }
      if (!key && !variables.contains(inside)) {
        throw new IllegalArgumentException("{" + inside + "} is not a variable of the route's path " + variables);
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      parts.add(key ? new ContextKey(inside) : new PathVariable(inside));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return new ArnTemplate(text, parts);
  }

  /**
   * Fills the template for one request.
   *
   * @param pathVariables the matched path variables
   * @param contextKey the values of a request context key (empty if absent)
   * @throws IllegalArgumentException if a context key has not exactly one value
   */
  public String fill(Map<String, String> pathVariables, Function<String, List<String>> contextKey) {
    StringBuilder b = new StringBuilder(text.length() + 32);
    for (Part p : parts) {
      if (p instanceof Literal l) {
        b.append(l.text());
      } else if (p instanceof PathVariable v) {
        b.append(pathVariables.get(v.name()));
      } else {
        String key = ((ContextKey) p).key();
        List<String> values = contextKey.apply(key);
        if (values.size() != 1) {
          throw new IllegalArgumentException("\"${" + key + "}\" has " + (values.isEmpty() ? "no value"
              : values.size() + " values") + " in the request context");
        }
        b.append(values.get(0));
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
