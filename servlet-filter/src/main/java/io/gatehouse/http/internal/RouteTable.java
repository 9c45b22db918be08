package io.gatehouse.http.internal;

import io.gatehouse.http.RouteSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of a configuration, matched against normalized paths: the most specific matching route
 * wins (literal segments over variables over {@code **}, compared from the left; then a route for the
 * request's method over one for any method). Immutable and thread-safe.
 */
public final class RouteTable {
  private final List<Route> routes;

  /**
   * Compiles the routes.
   *
   * @throws IllegalArgumentException if a route is malformed
   */
  public RouteTable(List<RouteSpec> specs) {
    this.routes = specs.stream().map(Route::compile).toList();
  }

  /** The number of routes. */
  public int size() {
    return routes.size();
  }

  /**
   * The most specific route for a request.
   *
   * @param method the request's method
   * @param segments the normalized path's segments
   */
  Optional<RouteMatch> match(String method, List<String> segments) {
    Route best = null;
    Map<String, String> bestVariables = null;
    for (Route r : routes) {
      if (r.method() != null && !r.method().equals(method)) {
        continue;
      }
      Map<String, String> variables = new HashMap<>(4);
      if (r.path().match(segments, variables) && (best == null || r.compareSpecificity(best) > 0)) {
        best = r;
        bestVariables = variables;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new RouteMatch(best, Map.copyOf(bestVariables)));
  }
}
