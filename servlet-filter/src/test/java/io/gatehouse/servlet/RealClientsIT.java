package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests signed by real AWS clients, unchanged: botocore's {@code SigV4Auth} and {@code
 * SigV4QueryAuth} (the AWS SDK for Python's signer) and {@code curl --aws-sigv4}, against Jetty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealClientsIT {
  private static final JsonFactory JSON = new JsonFactory();

  private TestServer server;
  private Client client;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    server = EmbeddedServer.jetty(ShopFixture.write(dir, ""), TestServer.Registration.FILTER);
    client = new Client(server.base());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void botocoreSignedHeaderRequestIsAccepted() throws Exception {
    Map<String, Object> signed = botocore("PUT", client.uri("/orders/7?amount=20").toString(), "{\"item\":\"tea\"}",
        Map.of("X-Channel", "web"), null);
    @SuppressWarnings("unchecked")
    Map<String, String> headers = new LinkedHashMap<>((Map<String, String>) signed.get("headers"));
    headers.keySet().removeIf(h -> h.equalsIgnoreCase("host") || h.equalsIgnoreCase("content-length"));
    HttpResponse<String> r = client.send("PUT", "/orders/7?amount=20", "{\"item\":\"tea\"}", headers);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(FilterContract.BOB, EchoServlet.field(r.body(), "principal"));
    assertEquals("web", EchoServlet.key(r.body(), "shop:Channel"));

    HttpResponse<String> tampered = client.send("PUT", "/orders/7?amount=20", "{\"item\":\"gold\"}", headers);
    FilterContract.assertUnauthorized(tampered, "SignatureDoesNotMatch");
  }

  @Test
  void botocorePresignedUrlIsAccepted() throws Exception {
    Map<String, Object> signed = botocore("GET", client.uri("/orders/7").toString(), "", Map.of(), 300);
    String url = (String) signed.get("url");
    assertTrue(url.contains("X-Amz-Signature="), url);
    String pathAndQuery = url.substring(server.base().toString().length());
    HttpResponse<String> r = client.get(pathAndQuery);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(FilterContract.BOB, EchoServlet.field(r.body(), "principal"));

    HttpResponse<String> otherOrder = client.get(pathAndQuery.replace("/orders/7", "/orders/8"));
    FilterContract.assertUnauthorized(otherOrder, "SignatureDoesNotMatch");
  }

  @Test
  void curlAwsSigV4IsAccepted() throws Exception {
    HttpResult ok = curl("--aws-sigv4", "aws:amz:us-east-1:shop", "--user",
        ShopFixture.BOB_KEY + ":" + ShopFixture.BOB_SECRET, client.uri("/orders/7").toString());
    assertEquals(200, ok.status(), ok.body());
    assertEquals(FilterContract.BOB, EchoServlet.field(ok.body(), "principal"));

    HttpResult wrongService = curl("--aws-sigv4", "aws:amz:us-east-1:s3", "--user",
        ShopFixture.BOB_KEY + ":" + ShopFixture.BOB_SECRET, client.uri("/orders/7").toString());
    assertEquals(401, wrongService.status(), wrongService.body());
    assertTrue(wrongService.body().contains("SignatureDoesNotMatch"), wrongService.body());
  }

  record HttpResult(int status, String body) {}

  private static HttpResult curl(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("curl", "-s", "-w", "\n%{http_code}"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "curl did not finish");
    int nl = out.lastIndexOf('\n');
    return new HttpResult(Integer.parseInt(out.substring(nl + 1).strip()), out.substring(0, nl));
  }

  private static Map<String, Object> botocore(String method, String url, String body, Map<String, String> headers,
      Integer expires) throws IOException, InterruptedException, URISyntaxException {
    Path script = Path.of(RealClientsIT.class.getResource("botocore_sign.py").toURI());
    Process p = new ProcessBuilder("python3", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(in)) {
      g.writeStartObject();
      g.writeStringField("method", method);
      g.writeStringField("url", url);
      g.writeStringField("body", body);
      g.writeObjectFieldStart("headers");
      for (Map.Entry<String, String> h : headers.entrySet()) {
        g.writeStringField(h.getKey(), h.getValue());
      }
      g.writeEndObject();
      g.writeStringField("accessKeyId", ShopFixture.BOB_KEY);
      g.writeStringField("secretAccessKey", ShopFixture.BOB_SECRET);
      g.writeStringField("region", "us-east-1");
      g.writeStringField("service", "shop");
      if (expires != null) {
        g.writeNumberField("expires", expires);
      }
      g.writeEndObject();
    }
    try (OutputStream stdin = p.getOutputStream()) {
      stdin.write(in.toByteArray());
    }
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "botocore_sign.py failed");
    Map<String, Object> result = new LinkedHashMap<>();
    Map<String, String> signedHeaders = new LinkedHashMap<>();
    try (JsonParser parser = JSON.createParser(out)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.START_OBJECT) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String header = parser.currentName();
            parser.nextToken();
            signedHeaders.put(header, parser.getText());
          }
          result.put(name, signedHeaders);
        } else {
          result.put(name, parser.getText());
        }
      }
    }
    return result;
  }

}
