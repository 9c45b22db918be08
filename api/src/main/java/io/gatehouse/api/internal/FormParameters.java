package io.gatehouse.api.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a Query request's query string or body)
 * into parameters: {@code +} is a space, {@code %XX} escapes are UTF-8 bytes. A name given twice
 * keeps its first value. The body is decoded here rather than by the servlet container because its
 * raw bytes are also what the signature covers.
 */
public final class FormParameters {
  private FormParameters() {}

  /**
   * Adds the parameters of a form text to {@code into}.
   *
   * @throws IllegalArgumentException for a malformed escape or bytes that are not UTF-8
   */
  public static void decodeInto(String form, Map<String, String> into) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      into.putIfAbsent(name, value);
    }
  }

  /** The parameters of a form text. */
  public static Map<String, String> decode(String queryString, String body) {
    Map<String, String> out = new LinkedHashMap<>();
    decodeInto(queryString, out);
    decodeInto(body, out);
    return out;
  }

  static String decode(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= text.length()) {
          throw new IllegalArgumentException("malformed percent-escape at the end of \"" + shorten(text) + "\"");
        }
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("malformed percent-escape \"" + text.substring(i, i + 3) + "\"");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("parameter text is not UTF-8", e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
