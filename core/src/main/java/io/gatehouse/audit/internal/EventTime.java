package io.gatehouse.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Formats times as CloudTrail does: UTC, ISO 8601, whole seconds ({@code 2026-11-22T12:00:00Z}).
 * Remembers the last second formatted, since events come many to a second. Thread-safe.
 */
final class EventTime {
  private record Formatted(long second, String text) {}

  private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

  /** The instant in CloudTrail's format. */
  String format(Instant instant) {
    Formatted f = last;
    if (f.second() != instant.getEpochSecond()) {
      f = new Formatted(instant.getEpochSecond(),
          DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
      last = f;
    }
    return f.text();
  }
}
