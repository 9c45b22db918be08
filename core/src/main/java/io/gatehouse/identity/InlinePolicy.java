package io.gatehouse.identity;

import io.gatehouse.policy.PolicyDocument;
import java.util.Objects;

/**
 * A policy embedded in one user, group or role.
 *
 * @param name the policy name, unique within its owner
 * @param document the policy
 */
public record InlinePolicy(String name, PolicyDocument document) {
  /** Creates an inline policy. */
  public InlinePolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(document, "document");
  }
}
