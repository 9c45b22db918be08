package io.gatehouse.benchmarks;

import io.gatehouse.http.HttpExchange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as a servlet adapter would present it to {@link io.gatehouse.http.HttpEnforcement}, built
 * once and replayed: the HTTP benchmark's requests without a container.
 */
final class FilterExchange implements HttpExchange {
  private final String method;
  private final String rawPath;
  private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final List<String> names;

  FilterExchange(String method, String rawPath, Map<String, String> headers) {
    this.method = method;
    this.rawPath = rawPath;
    headers.forEach((k, v) -> this.headers.put(k, List.of(v)));
    this.names = List.copyOf(headers.keySet());
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String rawPath() {
    return rawPath;
  }

  @Override
  public String contextPath() {
    return "/app";
  }

  @Override
  public String rawQuery() {
    return "";
  }

  @Override
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  @Override
  public List<String> headerNames() {
    return names;
  }

  @Override
  public byte[] body() {
    return new byte[0];
  }

  @Override
  public String remoteAddress() {
    return "127.0.0.1";
  }

  @Override
  public boolean secure() {
    return false;
  }

  @Override
  public Optional<String> containerUser() {
    return Optional.empty();
  }
}
