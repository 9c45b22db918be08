package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request signed by curl's {@code --aws-sigv4}, captured by an HTTP server on the loopback
 * interface, verifies. Skipped where curl is missing or too old to sign.
 */
class SigV4CurlTest {
  static final CredentialLookup KEYS = (id, token) ->
      id.equals("AKIAIOSFODNN7EXAMPLE") ? Optional.of(new SigningSecret("curl/secret+EXAMPLEKEY")) : Optional.empty();

  @Test
  void acceptsARequestSignedByCurl() throws Exception {
    assumeTrue(curlSigns(), "curl with --aws-sigv4 is not installed");
    CompletableFuture<SignedRequest> received = new CompletableFuture<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      received.complete(capture(exchange));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/prod/items?color=red&size=10";
      Process curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "--aws-sigv4",
          "aws:amz:us-east-1:execute-api", "--user", "AKIAIOSFODNN7EXAMPLE:curl/secret+EXAMPLEKEY",
          "-H", "Content-Type: application/json", "--data", "{\"name\":\"widget\"}", url)
          .redirectErrorStream(true).start();
      assumeTrue(curl.waitFor(30, TimeUnit.SECONDS) && curl.exitValue() == 0, "curl failed");
      SignedRequest request = received.get(10, TimeUnit.SECONDS);
      VerifiedSignature v = new SigV4Verifier().verify(request, KEYS, Instant.now());
      assertEquals("execute-api", v.service());
      assertEquals("us-east-1", v.region());
      SigV4VerifierTest.assertCode("SignatureDoesNotMatch", SignedRequest.builder().method("POST")
          .rawPath(request.rawPath()).rawQuery(request.rawQuery()).payload("{\"name\":\"gadget\"}")
          .header("Host", request.header("Host").orElseThrow())
          .header("X-Amz-Date", request.header("X-Amz-Date").orElseThrow())
          .header("Content-Type", "application/json")
          .header("Authorization", request.header("Authorization").orElseThrow()).build(), KEYS, Instant.now());
    } finally {
      server.stop(0);
    }
  }

  private static SignedRequest capture(HttpExchange exchange) throws IOException {
    SignedRequest.Builder b = SignedRequest.builder().method(exchange.getRequestMethod())
        .rawPath(exchange.getRequestURI().getRawPath()).rawQuery(exchange.getRequestURI().getRawQuery())
        .payload(exchange.getRequestBody().readAllBytes());
    exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    return b.build();
  }

  private static boolean curlSigns() {
    try {
      Process p = new ProcessBuilder("curl", "--help", "all").redirectErrorStream(true).start();
      String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(10, TimeUnit.SECONDS) && help.contains("--aws-sigv4");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
