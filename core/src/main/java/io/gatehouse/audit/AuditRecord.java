package io.gatehouse.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What readers of the audit trail ({@code gatehouse audit}, the web console) use of one audit event
 * as {@link Log4jAuditTrail} wrote it. Immutable.
 *
 * @param time the event's time
 * @param timeText the time as written
 * @param outcome the decision ({@code Allow}, {@code ExplicitDeny}, {@code ImplicitDeny}); for a
 *     change, {@code Succeeded} or its error code
 * @param isDecision true for a decision, false for an identity change or sign-in
 * @param principal the caller's ARN ({@code anonymous} for a caller without credentials)
 * @param issuer for a role session, its role's ARN; otherwise null
 * @param action {@code service:Name}
 * @param resource the first resource's ARN, or {@code -}
 * @param point the enforcement point, or {@code -} for a change
 * @param eventId the event's {@code eventID}, or {@code -} if it has none
 * @param json the whole event, one line of JSON as written
 */
public record AuditRecord(Instant time, String timeText, String outcome, boolean isDecision, String principal,
    String issuer, String action, String resource, String point, String eventId, String json) {

  /** Checks that the required fields are present. */
  public AuditRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
  }

  /** True for an allow. */
  public boolean isAllow() {
    return isDecision && outcome.equals("Allow");
  }
}
