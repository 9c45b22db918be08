package io.gatehouse.http;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One route of {@code gatehouse.yaml}: which requests it covers and the IAM question they ask.
 *
 * <pre>{@code
 * {method: GET, path: "/orders/{id}", action: shop:GetOrder,
 *  resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}",
 *  context: {"shop:Channel": "header:X-Channel", "shop:Amount": "query:amount", "shop:Id": "path:id"}}
 * }</pre>
 *
 * @param method the HTTP method, upper case, or null for any
 * @param path the path template: literal segments, {@code {name}} (one segment) and a final {@code **}
 * @param action the IAM action, {@code SERVICE:ACTION}
 * @param resource the resource ARN template: {@code {name}} is a path variable, {@code ${key}} a
 *     request context key such as {@code aws:PrincipalAccount}
 * @param context request context keys and where their values come from: {@code header:NAME}, {@code
 *     query:NAME} or {@code path:NAME}
 */
public record RouteSpec(String method, String path, String action, String resource, Map<String, String> context) {
  /** Validates presence and copies the context map. */
  public RouteSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    context = Map.copyOf(context);
  }

  /** The method, if the route is limited to one. */
  public Optional<String> methodIfAny() {
    return Optional.ofNullable(method);
  }
}
