package io.gatehouse.identity;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32 ({@code A-Z2-7}) as authenticator apps use it: encoded without padding, decoded
 * leniently (lower case, spaces and trailing padding allowed). Error messages give positions, never
 * the characters, since the text is usually a secret.
 */
final class Base32 {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  /** Encodes {@code bytes} without padding. */
  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 0x1F));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
    }
    return out.toString();
  }

  /**
   * Decodes base32 text, ignoring case, spaces and trailing {@code =} padding.
   *
   * @throws IllegalArgumentException if a character is outside the alphabet, the length cannot be
   *     the encoding of whole bytes, or the final character has bits set beyond the last byte
   */
  static byte[] decode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '=' || text.charAt(end - 1) == ' ')) {
      end--;
    }
    int buffer = 0;
    int bits = 0;
    int symbols = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        continue;
      }
      int value = valueOf(c);
      if (value < 0) {
        throw new IllegalArgumentException(
            "not base32: the character at position " + (i + 1) + " is not in A-Z or 2-7");
      }
      symbols++;
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >>> (bits - 8)) & 0xFF);
        bits -= 8;
      }
    }
    // Whole bytes leave 0, 2, 4, 5 or 7 symbols in the last group of 8 (RFC 4648, section 6).
    int rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6) {
      throw new IllegalArgumentException(
          "not base32: " + symbols + " characters cannot encode a whole number of bytes");
    }
    if ((buffer & ((1 << bits) - 1)) != 0) {
      throw new IllegalArgumentException(
          "not base32: the last character has bits set beyond the last byte");
    }
    return out.toByteArray();
  }

  private static int valueOf(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '2' && c <= '7') {
      return c - '2' + 26;
    }
    return -1;
  }
}
