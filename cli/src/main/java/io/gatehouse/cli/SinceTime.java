package io.gatehouse.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code --since} value: an ISO-8601 instant ({@code 2026-11-22T12:00:00Z}), date-time with
 * offset, date-time (UTC), date (midnight UTC), or a time back from now ({@code 30s}, {@code 30m},
 * {@code 1h}, {@code 7d}).
 */
final class SinceTime {
  private static final Pattern RELATIVE = Pattern.compile("(\\d+)([smhd])");

  private SinceTime() {}

  /**
   * The instant the text names.
   *
   * @throws IllegalArgumentException if it is none of the accepted forms
   */
  static Instant parse(String text, Instant now) {
    String t = text.strip();
    Matcher m = RELATIVE.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration back = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      return now.minus(back);
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
          throw new IllegalArgumentException("--since: expected an ISO-8601 time (2026-11-22T12:00:00Z, 2026-11-22)"
              + " or a time back from now (30m, 1h, 7d), found \"" + text + "\"");
        }
      }
    }
  }
}
