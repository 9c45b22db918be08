package io.gatehouse.identity;

import io.gatehouse.CompiledPolicy;
import java.util.Optional;

/**
 * Supplies the resource-based policy of a resource at decision time, for applications that keep
 * such policies with their resources (as S3 keeps a bucket policy with its bucket). Implementations
 * must be thread-safe and should return a compiled policy they keep, not compile one per call.
 */
@FunctionalInterface
public interface ResourcePolicyProvider {
  /** No resource policies. */
  ResourcePolicyProvider NONE = resource -> Optional.empty();

  /** The resource-based policy of this resource, if it has one. */
  Optional<CompiledPolicy> policyFor(String resourceArn);
}
