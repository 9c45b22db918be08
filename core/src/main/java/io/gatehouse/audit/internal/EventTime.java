package io.gatehouse.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** CloudTrail's time format: UTC, ISO 8601, whole seconds ({@code 2026-11-22T12:00:00Z}). */
public final class EventTime {
  private EventTime() {}

  /** The instant in CloudTrail's format. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
