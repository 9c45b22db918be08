package io.gatehouse.http.internal;

import io.gatehouse.http.RouteSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compiled {@link RouteSpec}: its path template, resource template and context sources, parsed once.
 *
 * @param method the HTTP method, or null for any
 */
record Route(String method, PathTemplate path, String action, ArnTemplate resource,
    Map<String, ContextSource> context) {

  /**
   * Compiles a route.
   *
   * @throws IllegalArgumentException if a template or context source is malformed
   */
  static Route compile(RouteSpec spec) {
    PathTemplate path = PathTemplate.parse(spec.path());
    ArnTemplate resource = ArnTemplate.parse(spec.resource(), path.variables());
    Map<String, ContextSource> context = new LinkedHashMap<>();
    spec.context().forEach((key, source) -> context.put(key, ContextSource.parse(source, path.variables())));
    return new Route(spec.method(), path, spec.action(), resource, Map.copyOf(context));
  }

  /** Positive if this route is more specific than the other: path first, then a method over any. */
  int compareSpecificity(Route other) {
    int byPath = path.compareSpecificity(other.path);
    if (byPath != 0) {
      return byPath;
    }
    return Boolean.compare(method != null, other.method != null);
  }
}
