package io.gatehouse.sigv4;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
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
      if (isCanonical(text)) {
        // The usual 16 characters, read without the formatter (which costs microseconds a request);
        // LocalDateTime.of refuses what the strict formatter refuses (month 13, February 30, hour 24).
        return LocalDateTime.of(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8), number(text, 9, 11),
            number(text, 11, 13), number(text, 13, 15)).toInstant(ZoneOffset.UTC);
      }
      return BASIC.parse(text, Instant::from);
    } catch (DateTimeException e) {
      throw SignatureException.incomplete("Date must be in ISO-8601 'basic format'. Got '" + text
          + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
  }

  /**
   * True if the text has the shape {@link #format} gives, {@code 20150830T123600Z}: then, once
   * {@link #parse} accepted it, formatting the instant again gives the same text.
   */
  static boolean isCanonical(String text) {
    if (text.length() != 16 || text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      if (i != 8 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
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
