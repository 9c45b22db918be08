package io.gatehouse.sigv4;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Signs requests with botocore (the AWS SDK for Python's signer, {@code SigV4Auth} and {@code
 * SigV4QueryAuth}) in a python3 process, and turns the signed request into a {@link SignedRequest}
 * as a server would receive it.
 */
final class Botocore {
  private static final JsonFactory JSON = new JsonFactory();

  /** A request to sign; {@code expires} non-null asks for a presigned URL. */
  record Spec(String method, String url, Map<String, String> headers, String body, String accessKeyId,
      String secretAccessKey, String sessionToken, String region, String service, Integer expires) {}

  /** A signed request as botocore would send it. */
  record Signed(String method, String url, Map<String, String> headers, String body) {
    /** What a server receives: the path and query as sent, the Host header added by the HTTP client. */
    SignedRequest.Builder received() {
      URI uri = URI.create(url);
      SignedRequest.Builder b = SignedRequest.builder().method(method).rawPath(uri.getRawPath())
          .rawQuery(uri.getRawQuery()).payload(body);
      if (headers.keySet().stream().noneMatch("host"::equalsIgnoreCase)) {
        b.header("Host", uri.getRawAuthority());
      }
      headers.forEach(b::header);
      return b;
    }
  }

  private Botocore() {}

  /** True if python3 with botocore can be run here. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import botocore").redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Signed sign(Spec spec) {
    try {
      Process p = new ProcessBuilder("python3", script().toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(toJson(spec));
      }
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("botocore_sign.py failed");
      }
      return fromJson(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path script() {
    try {
      return Path.of(Botocore.class.getResource("botocore_sign.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] toJson(Spec s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      g.writeStringField("method", s.method());
      g.writeStringField("url", s.url());
      g.writeObjectFieldStart("headers");
      for (Map.Entry<String, String> h : s.headers().entrySet()) {
        g.writeStringField(h.getKey(), h.getValue());
      }
      g.writeEndObject();
      g.writeStringField("body", s.body());
      g.writeStringField("accessKeyId", s.accessKeyId());
      g.writeStringField("secretAccessKey", s.secretAccessKey());
      if (s.sessionToken() != null) {
        g.writeStringField("sessionToken", s.sessionToken());
      }
      g.writeStringField("region", s.region());
      g.writeStringField("service", s.service());
      if (s.expires() != null) {
        g.writeNumberField("expires", s.expires());
      }
      g.writeEndObject();
    }
    return bytes.toByteArray();
  }

  private static Signed fromJson(byte[] json) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(new String(json, StandardCharsets.UTF_8))) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        if (p.nextToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String header = p.getCurrentName();
            p.nextToken();
            headers.put(header, p.getText());
          }
        } else {
          fields.put(name, p.getText());
        }
      }
    }
    return new Signed(fields.get("method"), fields.get("url"), headers, fields.get("body"));
  }
}
