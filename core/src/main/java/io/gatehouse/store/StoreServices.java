package io.gatehouse.store;

import io.gatehouse.audit.ChangeEvents;
import java.time.Clock;
import java.util.Objects;

/**
 * What a host gives every store it opens.
 *
 * @param changeEvents where reloads and refused changes are audited
 * @param clock the time of audit events
 */
public record StoreServices(ChangeEvents changeEvents, Clock clock) {
  /** Checks the parts. */
  public StoreServices {
    Objects.requireNonNull(changeEvents, "changeEvents");
    Objects.requireNonNull(clock, "clock");
  }
}
