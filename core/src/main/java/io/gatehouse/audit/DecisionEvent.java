package io.gatehouse.audit;

import io.gatehouse.Decision;
import io.gatehouse.identity.Caller;
import java.time.Instant;
import java.util.Objects;

/**
 * One authorization decision, as the audit trail records it.
 *
 * @param time when it was decided
 * @param eventId a unique id for the event
 * @param caller who asked
 * @param decision the decision, with its request and reasons
 * @param point where it was asked
 * @param mode whether a deny was enforced
 * @param request what the enforcement point knew of the request
 */
public record DecisionEvent(
    Instant time, String eventId, Caller caller, Decision decision, EnforcementPoint point, EnforcementMode mode,
    RequestInfo request) {

  /** Checks the parts. */
  public DecisionEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(request, "request");
  }
}
