package io.gatehouse.agent.enforce;

import java.util.Objects;

/**
 * One IAM check a method's calls must pass: from an {@code @Authorize} or a pointcut.
 *
 * @param action the IAM action
 * @param resource the resource template, bound to the method's parameters
 */
public record Authorization(String action, ResourceTemplate resource) {
  /** Checks the parts. */
  public Authorization {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
  }
}
