package io.gatehouse.audit;

/**
 * Thrown by a fail-closed audit trail that cannot record: its destination could not be written at
 * start, or it was closed. {@link io.gatehouse.Enforcer} denies the call.
 */
public final class AuditUnavailableException extends RuntimeException {
  /** Creates the exception with the reason the trail cannot record. */
  public AuditUnavailableException(String message) {
    super(message);
  }
}
