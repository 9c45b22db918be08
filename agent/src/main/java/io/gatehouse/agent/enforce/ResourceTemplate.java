package io.gatehouse.agent.enforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A resource ARN template of {@code @Authorize} or a pointcut: literal text with {@code {name}} (a
 * parameter by name), {@code {0}} (by position), {@code {order.id}} (a property of a parameter) and
 * {@code ${key}} (a request context key, e.g. {@code ${aws:PrincipalAccount}}). Parsed and bound to
 * the method's parameters once, when the method is instrumented; filled on every call. Immutable.
 */
public final class ResourceTemplate {
  private final String text;
  private final List<Part> parts;

  private ResourceTemplate(String text, List<Part> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
  }

  /** A piece of the template. */
  private sealed interface Part permits Literal, Argument, ContextKeyRef {}

  private record Literal(String text) implements Part {}

  /** An argument, by name (index -1 until bound) or by position, with a property path. */
  private record Argument(String parameter, int index, List<String> properties) implements Part {}

  private record ContextKeyRef(String key) implements Part {}

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException for an unclosed or empty placeholder, naming its position
   */
  public static ResourceTemplate parse(String text) {
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
        throw new IllegalArgumentException("unclosed \"" + (key ? "${" : "{") + "\" at character " + (i + 1)
            + " of \"" + text + "\"");
      }
      String inside = text.substring(open + 1, close).strip();
      if (inside.isEmpty()) {
        throw new IllegalArgumentException("empty placeholder at character " + (i + 1) + " of \"" + text + "\"");
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      parts.add(key ? new ContextKeyRef(inside) : argument(inside, text));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return new ResourceTemplate(text, parts);
  }

  private static Argument argument(String inside, String text) {
    List<String> path = Arrays.asList(inside.split("\\.", -1));
    for (String segment : path) {
      if (segment.isBlank()) {
        throw new IllegalArgumentException("empty property name in \"{" + inside + "}\" of \"" + text + "\"");
      }
    }
    String first = path.get(0);
    int index = first.chars().allMatch(Character::isDigit) ? Integer.parseInt(first) : -1;
    return new Argument(first, index, List.copyOf(path.subList(1, path.size())));
  }

  /** The template as written. */
  public String text() {
    return text;
  }

  /** True if the template reads request context keys ({@code ${key}}). */
  public boolean usesContextKeys() {
    return parts.stream().anyMatch(p -> p instanceof ContextKeyRef);
  }

  /**
   * Binds parameter names to positions.
   *
   * @param parameterNames the method's parameter names, in order ({@code arg0}, ... if the class was
   *     compiled without {@code -parameters})
   * @throws IllegalArgumentException for a name the method does not have, or a position past its last
   *     parameter
   */
  public ResourceTemplate bind(List<String> parameterNames) {
    List<Part> bound = new ArrayList<>(parts.size());
    for (Part p : parts) {
      if (p instanceof Argument a) {
        int index = a.index() >= 0 ? a.index() : parameterNames.indexOf(a.parameter());
        if (a.index() < 0 && index < 0) {
          throw new IllegalArgumentException("\"{" + a.parameter() + "}\" names no parameter of the method "
              + parameterNames + " (compile with -parameters to use parameter names)");
        }
        if (index >= parameterNames.size()) {
          throw new IllegalArgumentException("\"{" + a.parameter() + "}\": the method has only "
              + parameterNames.size() + " parameters");
        }
        bound.add(new Argument(a.parameter(), index, a.properties()));
      } else {
        bound.add(p);
      }
    }
    return new ResourceTemplate(text, bound);
  }

  /**
   * Fills the template for one call.
   *
   * @param arguments the call's arguments
   * @param contextKey the values of a request context key (empty if absent)
   * @throws IllegalArgumentException if a placeholder has no value: a null argument or property, an
   *     absent or multivalued context key, an unreadable property
   * @throws IllegalStateException if the template was not bound
   */
  public String fill(Object[] arguments, Function<String, List<String>> contextKey) {
    StringBuilder b = new StringBuilder(text.length() + 32);
    for (Part p : parts) {
      if (p instanceof Literal l) {
        b.append(l.text());
      } else if (p instanceof ContextKeyRef k) {
        List<String> values = contextKey.apply(k.key());
        if (values.size() != 1) {
          throw new IllegalArgumentException("\"${" + k.key() + "}\" has " + (values.isEmpty() ? "no value"
              : values.size() + " values") + " in the request context");
        }
        b.append(values.get(0));
      } else {
        Argument a = (Argument) p;
        if (a.index() < 0) {
          throw new IllegalStateException("template \"" + text + "\" is not bound to the method's parameters");
        }
        Object value = arguments[a.index()];
        for (String property : a.properties()) {
          if (value == null) {
            break;
          }
          value = PropertyReader.read(value, property);
        }
        if (value == null) {
          throw new IllegalArgumentException("\"{" + String.join(".", placeholder(a)) + "}\" is null");
        }
        b.append(value);
      }
    }
    return b.toString();
  }

  private static List<String> placeholder(Argument a) {
    List<String> out = new ArrayList<>();
    out.add(a.parameter());
    out.addAll(a.properties());
    return out;
  }

  @Override
  public String toString() {
    return text;
  }
}
