package io.gatehouse.identity;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of one URI component (RFC 3986): everything but the unreserved characters {@code
 * A-Z a-z 0-9 - . _ ~} becomes {@code %XX} of its UTF-8 bytes, so a space is {@code %20} (unlike
 * {@link java.net.URLEncoder}'s form encoding, which writes {@code +}).
 */
final class UriComponent {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriComponent() {}

  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >>> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
