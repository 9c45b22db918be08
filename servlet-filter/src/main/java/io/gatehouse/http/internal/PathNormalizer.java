package io.gatehouse.http.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a raw request path into the segments routes are matched against, so that no encoding trick
 * reaches a route other than the one the application will serve: {@code ;} path parameters are
 * removed, each segment is percent-decoded exactly once, empty segments ({@code //}) are dropped, and
 * {@code .} and {@code ..} are resolved. Case is kept.
 *
 * <p>Refused with 400: an encoded {@code /} or {@code \} ({@code %2F}, {@code %5C}), a dot segment
 * made of encoded dots ({@code %2E%2E}), which some layers would resolve and others not, a {@code
 * ..} that climbs above the root, a backslash, a NUL or other control character, and malformed
 * percent-encoding or UTF-8.
 */
public final class PathNormalizer {
  private PathNormalizer() {}

  /**
   * The normalized segments of a raw path.
   *
   * @param rawPath the path as sent, percent-encoded, without the query string
   * @throws HttpProblem 400 if the path is refused
   */
  public static List<String> segments(String rawPath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      throw HttpProblem.badPath("The request path must start with \"/\".");
    }
    List<String> out = new ArrayList<>();
    for (int from = 1, slash; from <= rawPath.length(); from = slash + 1) {
      slash = rawPath.indexOf('/', from);
      if (slash < 0) {
        slash = rawPath.length();
      }
      String raw = rawPath.substring(from, slash);
      int semicolon = raw.indexOf(';');
      String segment = semicolon < 0 ? raw : raw.substring(0, semicolon);
      String decoded = decode(segment);
      if (decoded.isEmpty() || decoded.equals(".")) {
        if (decoded.equals(".") && !segment.equals(".")) {
          throw HttpProblem.badPath("The request path has an encoded dot segment.");
        }
        continue;
      }
      if (decoded.equals("..")) {
        if (!segment.equals("..")) {
          throw HttpProblem.badPath("The request path has an encoded dot segment.");
        }
        if (out.isEmpty()) {
          throw HttpProblem.badPath("The request path climbs above the root.");
        }
        out.remove(out.size() - 1);
        continue;
      }
      out.add(decoded);
    }
    return out;
  }

  /** The normalized path as text, e.g. {@code /orders/7}. */
  public static String normalize(String rawPath) {
    return "/" + String.join("/", segments(rawPath));
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      check(segment);
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '%') {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        continue;
      }
      int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
      int lo = hi < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
      if (lo < 0) {
        throw HttpProblem.badPath("The request path has malformed percent-encoding.");
      }
      int value = hi * 16 + lo;
      if (value == '/' || value == '\\') {
        throw HttpProblem.badPath("The request path has an encoded \"/\" or \"\\\".");
      }
      bytes.write(value);
      i += 2;
    }
    String decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw HttpProblem.badPath("The request path is not valid UTF-8 once decoded.");
    }
    check(decoded);
    return decoded;
  }

  private static void check(String decoded) {
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw HttpProblem.badPath("The request path has a control character.");
      }
      if (c == '\\') {
        throw HttpProblem.badPath("The request path has a backslash.");
      }
    }
  }
}
