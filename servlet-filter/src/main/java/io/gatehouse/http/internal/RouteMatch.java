package io.gatehouse.http.internal;

import java.util.Map;

/**
 * The route a request matched, with its path variables.
 *
 * @param route the most specific matching route
 * @param variables the path variables' decoded values
 */
record RouteMatch(Route route, Map<String, String> variables) {}
