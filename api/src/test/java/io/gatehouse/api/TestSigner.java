package io.gatehouse.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs form POSTs with SigV4 as the AWS SDKs do (host, x-amz-date, optional x-amz-security-token
 * and content-type signed), written independently of the verifier it tests.
 */
final class TestSigner {
  static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String accessKeyId;
  private final String secret;
  private final String sessionToken;

  TestSigner(String accessKeyId, String secret, String sessionToken) {
    this.accessKeyId = accessKeyId;
    this.secret = secret;
    this.sessionToken = sessionToken;
  }

  /** A signed POST of the form body to the endpoint, for a service ({@code iam} or {@code sts}). */
  HttpRequest post(URI endpoint, String service, String body, Instant now) {
    String amzDate = AMZ_DATE.format(now);
    String date = amzDate.substring(0, 8);
    String host = endpoint.getHost() + ":" + endpoint.getPort();
    String contentType = "application/x-www-form-urlencoded; charset=utf-8";
    StringBuilder headers = new StringBuilder();
    headers.append("content-type:").append(contentType).append('\n');
    headers.append("host:").append(host).append('\n');
    headers.append("x-amz-date:").append(amzDate).append('\n');
    String signedHeaders = "content-type;host;x-amz-date";
    if (sessionToken != null) {
      headers.append("x-amz-security-token:").append(sessionToken).append('\n');
      signedHeaders += ";x-amz-security-token";
    }
    String path = endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
    String canonical = "POST\n" + path + "\n\n" + headers + "\n" + signedHeaders + "\n" + hex(sha256(body));
    String scope = date + "/us-east-1/" + service + "/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, "us-east-1");
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = hex(hmac(key, toSign));
    HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", contentType)
        .header("X-Amz-Date", amzDate)
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope + ", SignedHeaders="
            + signedHeaders + ", Signature=" + signature)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (sessionToken != null) {
      b.header("X-Amz-Security-Token", sessionToken);
    }
    return b.build();
  }

  /**
   * A signed GET with the parameters in the query string (already form-encoded, {@code %20} for
   * spaces, in the order given; they are sorted for the canonical request).
   */
  HttpRequest get(URI endpoint, String service, String query, Instant now) {
    String amzDate = AMZ_DATE.format(now);
    String date = amzDate.substring(0, 8);
    String host = endpoint.getHost() + ":" + endpoint.getPort();
    String canonicalQuery = java.util.Arrays.stream(query.split("&")).sorted().collect(
        java.util.stream.Collectors.joining("&"));
    String headers = "host:" + host + "\nx-amz-date:" + amzDate + "\n";
    String path = endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
    String canonical = "GET\n" + path + "\n" + canonicalQuery + "\n" + headers + "\nhost;x-amz-date\n" + hex(sha256(""));
    String scope = date + "/us-east-1/" + service + "/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, "us-east-1");
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    return HttpRequest.newBuilder(URI.create(endpoint + "?" + query))
        .header("X-Amz-Date", amzDate)
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope
            + ", SignedHeaders=host;x-amz-date, Signature=" + hex(hmac(key, toSign)))
        .GET().build();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
