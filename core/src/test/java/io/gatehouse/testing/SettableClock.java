package io.gatehouse.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A UTC clock that tests set and move forward. Thread-safe. */
public final class SettableClock extends Clock {
  private final AtomicReference<Instant> now;

  /** A clock that reads {@code start} until set or moved. */
  public SettableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** Sets the time. */
  public void set(Instant instant) {
    now.set(instant);
  }

  /** Moves the time forward (or back, for a negative duration). */
  public void advance(Duration d) {
    now.updateAndGet(i -> i.plus(d));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
