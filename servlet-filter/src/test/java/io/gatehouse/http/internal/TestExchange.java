package io.gatehouse.http.internal;

import io.gatehouse.http.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An {@link HttpExchange} built in a test. */
final class TestExchange implements HttpExchange {
  private final String method;
  private final String path;
  private String query = "";
  private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private byte[] body = new byte[0];
  private String peer = "198.51.100.7";
  private boolean secure;
  private String user;

  private TestExchange(String method, String path) {
    this.method = method;
    this.path = path;
  }

  static TestExchange get(String path) {
    return new TestExchange("GET", path);
  }

  static TestExchange request(String method, String path) {
    return new TestExchange(method, path);
  }

  TestExchange query(String value) {
    this.query = value;
    return this;
  }

  TestExchange header(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  TestExchange body(String value) {
    this.body = value.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  TestExchange peer(String address) {
    this.peer = address;
    return this;
  }

  TestExchange tls() {
    this.secure = true;
    return this;
  }

  TestExchange containerUser(String name) {
    this.user = name;
    return this;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String rawPath() {
    return path;
  }

  @Override
  public String contextPath() {
    return "";
  }

  @Override
  public String rawQuery() {
    return query;
  }

  @Override
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  @Override
  public List<String> headerNames() {
    return List.copyOf(headers.keySet());
  }

  @Override
  public byte[] body() {
    return body;
  }

  @Override
  public String remoteAddress() {
    return peer;
  }

  @Override
  public boolean secure() {
    return secure;
  }

  @Override
  public Optional<String> containerUser() {
    return Optional.ofNullable(user);
  }
}
