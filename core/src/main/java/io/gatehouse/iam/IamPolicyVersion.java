package io.gatehouse.iam;

import io.gatehouse.identity.PolicyVersion;
import java.time.Instant;

/**
 * One version of a managed policy as IAM's responses describe it (AWS's {@code PolicyVersion}).
 *
 * @param document the policy as compact JSON
 * @param versionId {@code v1}, {@code v2}, ...
 * @param isDefaultVersion true for the version in force
 * @param createDate when the version was created
 */
public record IamPolicyVersion(String document, String versionId, boolean isDefaultVersion, Instant createDate) {
  static IamPolicyVersion of(PolicyVersion v) {
    return new IamPolicyVersion(PolicyJson.write(v.document()), v.versionId(), v.isDefault(), v.createDate());
  }
}
