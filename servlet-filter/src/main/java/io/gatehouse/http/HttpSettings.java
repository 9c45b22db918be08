package io.gatehouse.http;

import java.util.List;
import java.util.Objects;

/**
 * The HTTP part of {@code gatehouse.yaml}: {@code routes}, {@code unmatched} and {@code
 * authentication}, as read by {@link HttpSettingsReader}. Immutable.
 *
 * @param routes the routes, in the order written (the most specific match wins, not the first)
 * @param unmatched what happens to a request no route matches
 * @param authentication the accepted authentication schemes
 */
public record HttpSettings(List<RouteSpec> routes, UnmatchedRequests unmatched,
    AuthenticationSettings authentication) {
  /** Copies the routes. */
  public HttpSettings {
    routes = List.copyOf(routes);
    Objects.requireNonNull(unmatched, "unmatched");
    Objects.requireNonNull(authentication, "authentication");
  }
}
