package io.gatehouse.identity;

import io.gatehouse.policy.PolicyDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a managed policy.
 *
 * @param versionId {@code v1}, {@code v2}, ...
 * @param document the policy document of this version
 * @param isDefault true for the version in force
 * @param createDate when the version was created
 */
public record PolicyVersion(String versionId, PolicyDocument document, boolean isDefault, Instant createDate) {
  /** Creates a version. */
  public PolicyVersion {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(createDate, "createDate");
  }
}
