package io.gatehouse.servlet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Requests to a {@link TestServer} with {@link HttpClient}: plain, Basic, Bearer or SigV4-signed. */
final class Client {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  Client(URI base) {
    this.base = base;
  }

  URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  HttpResponse<String> send(String method, String pathAndQuery, String body, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, Map.of());
  }

  HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
    return send("GET", pathAndQuery, null, headers);
  }

  /** As bob, with his password. */
  HttpResponse<String> asBob(String method, String pathAndQuery, Map<String, String> headers) {
    Map<String, String> h = new java.util.HashMap<>(headers);
    h.put("Authorization", ShopFixture.basic("bob", ShopFixture.BOB_PASSWORD));
    return send(method, pathAndQuery, null, h);
  }

  /** Signed with SigV4 as given, then sent with {@code sentBody} and {@code sentHeaders} (to tamper). */
  HttpResponse<String> signed(String method, String pathAndQuery, String body, Map<String, String> headers,
      String keyId, String secret, String token, String region, Instant at, String sentBody,
      Map<String, String> sentHeaders) {
    Map<String, String> h = new java.util.HashMap<>(TestSigner.sign(method, uri(pathAndQuery),
        body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers, keyId, secret,
        token, region, "shop", at));
    h.putAll(sentHeaders);
    return send(method, pathAndQuery, sentBody, h);
  }

  /** Signed by bob's access key now, in us-east-1, sent unchanged. */
  HttpResponse<String> signedAsBob(String method, String pathAndQuery, String body, Map<String, String> headers) {
    return signed(method, pathAndQuery, body, headers, ShopFixture.BOB_KEY, ShopFixture.BOB_SECRET, null,
        "us-east-1", Instant.now(), body, Map.of());
  }
}
