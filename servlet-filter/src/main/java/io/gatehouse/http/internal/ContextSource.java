package io.gatehouse.http.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a mapped request context key takes its values: {@code header:NAME} (every value of the
 * header), {@code query:NAME} (every value of the query parameter, decoded) or {@code path:NAME} (a
 * path variable). Immutable.
 */
public final class ContextSource {
  /** The kind of source. */
  enum Kind { HEADER, QUERY, PATH }

  private final Kind kind;
  private final String name;

  private ContextSource(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /**
   * Parses {@code header:NAME}, {@code query:NAME} or {@code path:NAME}.
   *
   * @param variables the route's path variables
   * @throws IllegalArgumentException for another form, or a path variable the route does not have
   */
  public static ContextSource parse(String text, java.util.Set<String> variables) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    String prefix = colon < 0 ? "" : text.substring(0, colon);
    String name = colon < 0 ? "" : text.substring(colon + 1).strip();
    Kind kind = switch (prefix) {
      case "header" -> Kind.HEADER;
      case "query" -> Kind.QUERY;
      case "path" -> Kind.PATH;
      default -> throw new IllegalArgumentException("expected header:NAME, query:NAME or path:NAME, found \""
          + text + "\"");
    };
    if (name.isEmpty()) {
      throw new IllegalArgumentException("expected a name after \"" + prefix + ":\"");
    }
    if (kind == Kind.PATH && !variables.contains(name)) {
      throw new IllegalArgumentException("{" + name + "} is not a variable of the route's path " + variables);
    }
    return new ContextSource(kind, name);
  }

  /**
   * The values for one request; empty if the source is absent.
   *
   * @param query the decoded query parameters
   */
  List<String> values(io.gatehouse.http.HttpExchange exchange, Map<String, List<String>> query,
      Map<String, String> pathVariables) {
    return switch (kind) {
      case HEADER -> exchange.headers(name);
      case QUERY -> query.getOrDefault(name, List.of());
      case PATH -> pathVariables.containsKey(name) ? List.of(pathVariables.get(name)) : List.of();
    };
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
  }
}
