package io.gatehouse.iam;

import io.gatehouse.identity.ManagedPolicy;
import java.time.Instant;

/**
 * A managed policy as IAM's responses describe it (AWS's {@code Policy} type), with its use counted
 * in the account at the time of the request.
 *
 * @param policyName the name
 * @param policyId the unique id ({@code ANPA...}), or null for a policy loaded without one
 * @param arn the ARN
 * @param path the path
 * @param defaultVersionId the version in force, e.g. {@code v1}
 * @param attachmentCount how many users, groups and roles have it attached
 * @param permissionsBoundaryUsageCount how many users and roles use it as permissions boundary
 * @param isAttachable always true: every managed policy Gatehouse holds can be attached
 * @param description the description, empty if none
 * @param createDate when the policy was created
 * @param updateDate when its default version last changed
 */
public record IamPolicy(
    String policyName,
    String policyId,
    String arn,
    String path,
    String defaultVersionId,
    int attachmentCount,
    int permissionsBoundaryUsageCount,
    boolean isAttachable,
    String description,
    Instant createDate,
    Instant updateDate) {

  static IamPolicy of(ManagedPolicy p, PolicyUsage usage) {
    return new IamPolicy(p.name(), p.policyId(), p.arn(), p.path(), p.defaultVersion().versionId(),
        usage.attachmentCount(p.arn()), usage.boundaryCount(p.arn()), true, p.description(), p.createDate(),
        p.updateDate());
  }
}
