package io.gatehouse.iam;

import io.gatehouse.policy.PolicyDocument;
import java.nio.charset.StandardCharsets;

/**
 * Policy documents as IAM's Query API returns them: the JSON text percent-encoded as one URI
 * component (RFC 3986), e.g. {@code %7B%22Version%22%3A%222012-10-17%22...}. Everything but
 * {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX} of its UTF-8 bytes, so a space is {@code %20}.
 */
final class UrlEncodedPolicy {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncodedPolicy() {}

  /** The stored document, as compact JSON, encoded. */
  static String of(PolicyDocument document) {
    return encode(PolicyJson.write(document));
  }

  /** JSON text encoded. */
  static String encode(String json) {
    StringBuilder out = new StringBuilder(json.length() * 2);
    for (byte b : json.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >>> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }
}
