package io.gatehouse.sigv4;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** SigV4's timestamps: the ISO 8601 basic format {@code 20150830T123600Z}. */
final class RequestTime {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);

  private RequestTime() {}

  /**
   * Parses the basic format.
   *
   * @throws SignatureException IncompleteSignature if the text is not in that format
   */
  static Instant parse(String text) {
    try {
      return BASIC.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw SignatureException.incomplete("Date must be in ISO-8601 'basic format'. Got '" + text
          + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
  }

  /** Parses an HTTP {@code Date} header (RFC 1123). */
  static Instant parseHttpDate(String text) {
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw SignatureException.incomplete("Date header is not an RFC 1123 date: '" + text + "'");
    }
  }

  static String format(Instant instant) {
    return BASIC.format(instant);
  }
}
