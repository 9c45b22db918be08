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
  private static final String PRINCIPAL_ACCOUNT = "aws:PrincipalAccount";

  private final String text;
  // An array, read on every call without an iterator.
  private final Part[] parts;
  private final boolean readsRequestKeys;
  // For a bound template with one to three placeholders: the placeholders, and the literals around
  // them (literals[i] before placeholders[i], the last one after; "" where there is none), filled by
  // one JDK string concatenation, the template's own (literals as constants) where it could be made.
  // Null for other shapes, which a StringBuilder fills.
  private final Part[] placeholders;
  private final String[] literals;
  private final TemplateConcatenation concatenation;

  private ResourceTemplate(String text, List<Part> parts) {
    this.text = text;
    this.parts = parts.toArray(Part[]::new);
    this.readsRequestKeys = parts.stream().anyMatch(p -> p instanceof ContextKeyRef);
    List<Part> holes = parts.stream().filter(p -> !(p instanceof Literal)).toList();
    boolean concatenates = !holes.isEmpty() && holes.size() <= 3
        && holes.stream().noneMatch(p -> p instanceof Argument a && a.index() < 0);
    this.placeholders = concatenates ? holes.toArray(Part[]::new) : null;
    this.literals = concatenates ? literalsAround(parts) : null;
    this.concatenation = concatenates ? TemplateConcatenation.of(literals).orElse(null) : null;
  }

  /** A piece of the template. */
  private sealed interface Part permits Literal, Argument, ContextKeyRef, PrincipalAccountRef {}

  /** {@code ${aws:PrincipalAccount}}, the common case, filled from the caller without working out other keys. */
  private record PrincipalAccountRef() implements Part {}

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
      parts.add(!key ? argument(inside, text)
          : inside.equalsIgnoreCase(PRINCIPAL_ACCOUNT) ? new PrincipalAccountRef() : new ContextKeyRef(inside));
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

  /** True if the template is filled by a concatenation of its own ({@link TemplateConcatenation}). */
  boolean hasOwnConcatenation() {
    return concatenation != null;
  }

  /** The template as written. */
  public String text() {
    return text;
  }

  /**
   * True if the template reads request context keys ({@code ${key}}) other than {@code
   * ${aws:PrincipalAccount}}, which {@link #fill(Object[], String, Function)} takes from the caller.
   */
  public boolean readsRequestKeys() {
    return readsRequestKeys;
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
    List<Part> bound = new ArrayList<>(parts.length);
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
    return fill(arguments, null, contextKey);
  }

  /**
   * Fills the template for one call.
   *
   * @param arguments the call's arguments
   * @param principalAccount the caller's account, for {@code ${aws:PrincipalAccount}}; null or empty
   *     to ask {@code contextKey} (an anonymous caller has none)
   * @param contextKey the values of a request context key (empty if absent); not called if the
   *     template {@linkplain #readsRequestKeys() reads no other key} and the account is given
   * @throws IllegalArgumentException if a placeholder has no value: a null argument or property, an
   *     absent or multivalued context key, an unreadable property
   * @throws IllegalStateException if the template was not bound
   */
  public String fill(Object[] arguments, String principalAccount, Function<String, List<String>> contextKey) {
    if (placeholders != null) {
      return concatenated(arguments, principalAccount, contextKey);
    }
    StringBuilder b = new StringBuilder(text.length() + 32);
    for (Part p : parts) {
      b.append(p instanceof Literal l ? l.text() : value(p, arguments, principalAccount, contextKey));
    }
    return b.toString();
  }

  /**
   * The common shapes (one to three placeholders): exactly one string, made by the template's own
   * concatenation ({@link TemplateConcatenation}, compiled as a hand-written {@code +} of the same
   * literals is), else by a JDK concatenation of the literals and the values.
   */
  private String concatenated(Object[] arguments, String principalAccount, Function<String, List<String>> contextKey) {
    Part[] holes = placeholders;
    String v0 = value(holes[0], arguments, principalAccount, contextKey);
    String v1 = holes.length > 1 ? value(holes[1], arguments, principalAccount, contextKey) : null;
    String v2 = holes.length > 2 ? value(holes[2], arguments, principalAccount, contextKey) : null;
    if (concatenation != null) {
      return concatenation.join(v0, v1, v2);
    }
    String[] l = literals;
    if (holes.length == 1) {
      return l[0] + v0 + l[1];
    }
    if (holes.length == 2) {
      return l[0] + v0 + l[1] + v1 + l[2];
    }
    return l[0] + v0 + l[1] + v1 + l[2] + v2 + l[3];
  }

  /** The text of one placeholder for this call. */
  private String value(Part p, Object[] arguments, String principalAccount,
      Function<String, List<String>> contextKey) {
    if (p instanceof PrincipalAccountRef) {
      return principalAccount != null && !principalAccount.isEmpty() ? principalAccount
          : single(PRINCIPAL_ACCOUNT, contextKey.apply(PRINCIPAL_ACCOUNT));
    }
    if (p instanceof ContextKeyRef k) {
      return single(k.key(), contextKey.apply(k.key()));
    }
    Argument a = (Argument) p;
    if (a.index() < 0) {
      throw new IllegalStateException("template \"" + text + "\" is not bound to the method's parameters");
    }
    Object value = arguments[a.index()];
    List<String> properties = a.properties();
    if (!properties.isEmpty()) {
      for (int i = 0; i < properties.size() && value != null; i++) {
        value = PropertyReader.read(value, properties.get(i));
      }
    }
    if (value instanceof String s) {
      return s;
    }
    if (value == null) {
      throw new IllegalArgumentException("\"{" + String.join(".", placeholder(a)) + "}\" is null");
    }
    return value.toString();
  }

  /** The literals around a template's placeholders: one more than there are placeholders. */
  private static String[] literalsAround(List<Part> parts) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Literal l) {
        current.append(l.text());
      } else {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    out.add(current.toString());
    return out.toArray(String[]::new);
  }

  private static String single(String key, List<String> values) {
    if (values.size() != 1) {
      throw new IllegalArgumentException("\"${" + key + "}\" has " + (values.isEmpty() ? "no value"
          : values.size() + " values") + " in the request context");
    }
    return values.get(0);
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
