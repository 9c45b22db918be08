package io.gatehouse.sts.oidc;

import java.util.Base64;

/**
 * Strict base64url (RFC 4648, section 5) as JOSE uses it: no padding, no line breaks, and only the
 * canonical encoding, so that no two texts decode to the same bytes (unused bits in the last
 * character must be zero).
 */
final class Base64Url {
  private Base64Url() {}

  /**
   * Decodes base64url text.
   *
   * @throws IllegalArgumentException if the text is not canonical unpadded base64url
   */
  static byte[] decode(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character; callers give their own message.
      throw new IllegalArgumentException("not base64url");
    }
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text)) {
      throw new IllegalArgumentException("not canonical unpadded base64url");
    }
    return bytes;
  }
}
