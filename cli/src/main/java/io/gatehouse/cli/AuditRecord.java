package io.gatehouse.cli;

import java.time.Instant;

/**
 * What the audit commands use of one audit event.
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
 */
record AuditRecord(Instant time, String timeText, String outcome, boolean isDecision, String principal, String issuer,
    String action, String resource, String point) {

  /** True for an allow. */
  boolean isAllow() {
    return isDecision && outcome.equals("Allow");
  }
}
