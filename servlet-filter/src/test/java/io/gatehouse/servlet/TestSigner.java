package io.gatehouse.servlet;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small SigV4 signer written from AWS's documentation, independent of the verifier under test, for
 * requests with plain paths (no characters that need encoding) and simple query strings.
 */
final class TestSigner {
  static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private TestSigner() {}

  /**
   * The headers to send: {@code X-Amz-Date}, {@code Authorization}, and {@code X-Amz-Security-Token}
   * if a token is given, plus the given headers (all of which are signed, with {@code host}).
   */
  static Map<String, String> sign(String method, URI uri, byte[] body, Map<String, String> headers, String keyId,
      String secret, String token, String region, String service, Instant at) {
    String amzDate = AMZ_DATE.format(at);
    String date = amzDate.substring(0, 8);
    TreeMap<String, String> signed = new TreeMap<>();
    headers.forEach((k, v) -> signed.put(k.toLowerCase(), v.strip()));
    signed.put("host", uri.getRawAuthority());
    signed.put("x-amz-date", amzDate);
    if (token != null) {
      signed.put("x-amz-security-token", token);
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
    String signedHeaders = String.join(";", signed.keySet());
    String query = uri.getRawQuery() == null ? "" : canonicalQuery(uri.getRawQuery());
    String canonical = method + "\n" + uri.getRawPath() + "\n" + query + "\n" + canonicalHeaders + "\n"
        + signedHeaders + "\n" + hex(sha256(body));
    String scope = date + "/" + region + "/" + service + "/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
        + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = hex(hmac(key, toSign));
    Map<String, String> out = new TreeMap<>(headers);
    out.put("X-Amz-Date", amzDate);
    if (token != null) {
      out.put("X-Amz-Security-Token", token);
    }
    out.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + keyId + "/" + scope + ", SignedHeaders="
        + signedHeaders + ", Signature=" + signature);
    return out;
  }

  private static String canonicalQuery(String raw) {
    TreeMap<String, String> pairs = new TreeMap<>();
    for (String p : raw.split("&")) {
      int eq = p.indexOf('=');
      pairs.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? "" : p.substring(eq + 1));
    }
    StringBuilder b = new StringBuilder();
    pairs.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=').append(v));
    return b.toString();
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
