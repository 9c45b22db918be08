package io.gatehouse.identity;

import io.gatehouse.policy.PolicyDocument;
import java.util.Objects;

/**
 * A resource-based policy bound to the resources whose ARN matches a pattern: the in-application
 * counterpart of a bucket policy.
 *
 * @param resource an ARN pattern with {@code *} and {@code ?}, e.g. {@code
 *     arn:shop:catalog::123456789012:product/*}
 * @param name the policy's name
 * @param document the policy, whose statements name principals
 */
public record ResourcePolicyBinding(String resource, String name, PolicyDocument document) {
  /** Creates a binding. */
  public ResourcePolicyBinding {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(document, "document");
  }
}
