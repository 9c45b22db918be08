package io.gatehouse.sts.oidc;

import static io.gatehouse.sts.oidc.InvalidIdentityTokenException.invalid;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A token in JWS compact serialization (RFC 7515, section 7.1), split and decoded but not yet
 * trusted: {@code BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature)}.
 *
 * @param header the protected header's members
 * @param payload the payload bytes; parsed only after the signature has been verified
 * @param signature the signature bytes
 * @param signingInput the ASCII bytes the signature covers: the first two parts and the dot
 */
record CompactJws(
    Map<String, Object> header, byte[] payload, byte[] signature, byte[] signingInput) {

  /**
   * Splits and decodes a token.
   *
   * @throws InvalidIdentityTokenException if the token does not have exactly three parts, a part is
   *     not base64url, or the header is not a JSON object
   */
  static CompactJws parse(String token, JsonObjectReader json) {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
      throw invalid(
          "the token is not a compact JWS: expected three base64url parts separated by '.'");
    }
    byte[] headerBytes = decode(token.substring(0, first), "header");
    byte[] payload = decode(token.substring(first + 1, second), "payload");
    byte[] signature = decode(token.substring(second + 1), "signature");
    if (headerBytes.length == 0 || payload.length == 0) {
      throw invalid("the token's header or payload is empty");
    }
    Map<String, Object> header;
    try {
      header = json.read(headerBytes, "the token's header");
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    byte[] signingInput = token.substring(0, second).getBytes(StandardCharsets.US_ASCII);
    return new CompactJws(header, payload, signature, signingInput);
  }

  /** The header's {@code alg}, or null if absent or not a string. */
  String algorithm() {
    Object alg = header.get("alg");
    return alg instanceof String ? (String) alg : null;
  }

  private static byte[] decode(String part, String what) {
    try {
      return Base64Url.decode(part);
    } catch (IllegalArgumentException e) {
      throw invalid("the token's " + what + " is " + e.getMessage());
    }
  }
}
