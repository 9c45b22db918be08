package io.gatehouse.http.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A route's path template: literal segments, {@code {name}} (exactly one segment) and, last only,
 * {@code **} (any number of segments, none included). Matched against a normalized path, literals
 * case-sensitively. Immutable.
 */
public final class PathTemplate {
  /** The rank of a segment kind: a literal is more specific than a variable, a variable than {@code **}. */
  static final int LITERAL = 2;
  static final int VARIABLE = 1;
  static final int REST = 0;

  private final String text;
  private final List<String> segments;
  private final int[] ranks;
  private final List<String> variables;

  private PathTemplate(String text, List<String> segments, int[] ranks, List<String> variables) {
    this.text = text;
    this.segments = segments;
    this.ranks = ranks;
    this.variables = variables;
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException if it does not start with {@code /}, has an empty segment, a
   *     malformed or repeated variable, {@code **} before the end, or a {@code .} or {@code ..}
   *     segment
   */
  public static PathTemplate parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException("a route path starts with \"/\"");
    }
    List<String> segments = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    String body = text.substring(1);
    String[] parts = body.isEmpty() ? new String[0] : body.split("/", -1);
    int[] ranks = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String s = parts[i];
      if (s.isEmpty()) {
        if (i == parts.length - 1) {
          // "/orders/" is the same route as "/orders": normalized paths have no trailing slash.
          ranks = java.util.Arrays.copyOf(ranks, i);
          break;
        }
        throw new IllegalArgumentException("empty segment in \"" + text + "\"");
      }
      if (s.equals(".") || s.equals("..")) {
        throw new IllegalArgumentException("\"" + s + "\" segment in \"" + text + "\": paths are matched normalized");
      }
      if (s.equals("**")) {
        if (i != parts.length - 1) {
          throw new IllegalArgumentException("\"**\" may only be the last segment of \"" + text + "\"");
        }
        ranks[i] = REST;
      } else if (s.startsWith("{") && s.endsWith("}")) {
        String name = s.substring(1, s.length() - 1);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
          throw new IllegalArgumentException("bad variable \"" + s + "\" in \"" + text + "\"");
        }
        if (variables.contains(name)) {
          throw new IllegalArgumentException("variable {" + name + "} appears twice in \"" + text + "\"");
        }
        variables.add(name);
        ranks[i] = VARIABLE;
      } else if (s.indexOf('{') >= 0 || s.indexOf('}') >= 0 || s.indexOf('*') >= 0) {
        throw new IllegalArgumentException("segment \"" + s + "\" of \"" + text
            + "\" mixes text with a variable or wildcard; a variable or \"**\" is a whole segment");
      } else {
        ranks[i] = LITERAL;
      }
      segments.add(s);
    }
    return new PathTemplate(text, List.copyOf(segments), ranks, List.copyOf(variables));
  }

  /** The template as written. */
  public String text() {
    return text;
  }

  /** The names of its variables. */
  public Set<String> variables() {
    return Set.copyOf(variables);
  }

  /**
   * Matches decoded path segments.
   *
   * @param path the normalized path's segments
   * @param out receives the variables' values when the path matches
   * @return true if the path matches
   */
  boolean match(List<String> path, Map<String, String> out) {
    int n = segments.size();
    boolean rest = n > 0 && ranks[n - 1] == REST;
    int fixed = rest ? n - 1 : n;
    if (rest ? path.size() < fixed : path.size() != fixed) {
      return false;
    }
    for (int i = 0; i < fixed; i++) {
      if (ranks[i] == LITERAL && !segments.get(i).equals(path.get(i))) {
        return false;
      }
    }
    for (int i = 0; i < fixed; i++) {
      if (ranks[i] == VARIABLE) {
        String s = segments.get(i);
        out.put(s.substring(1, s.length() - 1), path.get(i));
      }
    }
    return true;
  }

  /**
   * Compares specificity: segment by segment from the left, a literal beats a variable beats
   * {@code **}; then the template with more segments wins.
   *
   * @return positive if this template is more specific than the other
   */
  int compareSpecificity(PathTemplate other) {
    int n = Math.min(ranks.length, other.ranks.length);
    for (int i = 0; i < n; i++) {
      if (ranks[i] != other.ranks[i]) {
        return Integer.compare(ranks[i], other.ranks[i]);
      }
    }
    return Integer.compare(ranks.length, other.ranks.length);
  }

  @Override
  public String toString() {
    return text;
  }
}
