package io.gatehouse;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an enforced call is denied. Its message has AWS's shape: {@code User: ARN is not
 * authorized to perform: ACTION on resource: ARN because no identity-based policy allows the ACTION
 * action} (or {@code with an explicit deny in a POLICY_TYPE}). It carries the decision, except when
 * it was made in another class loader (the agent denying a call into application code): then only
 * the message crosses.
 */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  /** Creates the exception for a deny. */
  public AccessDeniedException(Decision decision) {
    super(Objects.requireNonNull(decision, "decision").message());
    if (decision.isAllowed()) {
      throw new IllegalArgumentException("an AccessDeniedException needs a deny");
    }
    this.decision = decision;
  }

  /**
   * The exception for a deny decided in another class loader, where only the message can cross: the
   * Gatehouse agent throws the application's own copy of this class through this constructor, so
   * that {@code catch (AccessDeniedException e)} in application code works.
   *
   * @param message AWS's message for the deny
   */
  public AccessDeniedException(String message) {
    super(Objects.requireNonNull(message, "message"));
    this.decision = null;
  }

  /** The decision that denied the call; empty if it was decided in another class loader. */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }
}
