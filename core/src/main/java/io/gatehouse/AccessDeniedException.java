package io.gatehouse;

import java.util.Objects;

/**
 * Thrown when an enforced call is denied. Its message has AWS's shape: {@code User: ARN is not
 * authorized to perform: ACTION on resource: ARN because no identity-based policy allows the ACTION
 * action} (or {@code with an explicit deny in a POLICY_TYPE}). It carries the decision.
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

  /** The decision that denied the call. */
  public Decision decision() {
    return decision;
  }
}
