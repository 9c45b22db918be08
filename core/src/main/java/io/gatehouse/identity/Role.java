package io.gatehouse.identity;

import io.gatehouse.policy.PolicyDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IAM role: an identity that cannot sign in, only be assumed by the principals its trust policy
 * allows, for sessions of at most {@link #maxSessionDuration()}. Immutable.
 *
 * @param name the role name, unique in the account
 * @param path the path
 * @param roleId the unique id ({@code AROA...})
 * @param arn {@code arn:aws:iam::ACCOUNT:role/PATH/NAME}
 * @param createDate when the role was created
 * @param description an optional description (may be empty)
 * @param trustPolicy the trust (assume role) policy: who may assume the role
 * @param attachedPolicies the ARNs of attached managed policies
 * @param inlinePolicies the role's inline policies
 * @param permissionsBoundary the ARN of the boundary policy, or null
 * @param tags the role's tags ({@code aws:PrincipalTag/...} of its sessions)
 * @param maxSessionDuration 1 to 12 hours, 1 hour by default
 */
public record Role(
    String name,
    String path,
    String roleId,
    String arn,
    Instant createDate,
    String description,
    PolicyDocument trustPolicy,
    List<String> attachedPolicies,
    List<InlinePolicy> inlinePolicies,
    String permissionsBoundary,
    List<Tag> tags,
    Duration maxSessionDuration) {

  /** The shortest maximum session duration AWS allows. */
  public static final Duration MIN_MAX_SESSION = Duration.ofHours(1);

  /** The longest maximum session duration AWS allows. */
  public static final Duration MAX_MAX_SESSION = Duration.ofHours(12);

  /** Creates a role; lists are copied and the maximum session duration is checked. */
  public Role {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(trustPolicy, "trustPolicy");
    description = description == null ? "" : description;
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = List.copyOf(inlinePolicies);
    tags = List.copyOf(tags);
    maxSessionDuration = maxSessionDuration == null ? MIN_MAX_SESSION : maxSessionDuration;
    if (maxSessionDuration.compareTo(MIN_MAX_SESSION) < 0 || maxSessionDuration.compareTo(MAX_MAX_SESSION) > 0) {
      throw new IllegalArgumentException(
          "MaxSessionDuration of role " + name + " must be 3600 to 43200 seconds, found "
              + maxSessionDuration.toSeconds());
    }
  }

  /** The permissions boundary's ARN, if set. */
  public Optional<String> boundary() {
    return Optional.ofNullable(permissionsBoundary);
  }

  /** The same role with other policies. */
  public Role withPolicies(List<String> attached, List<InlinePolicy> inline) {
    return new Role(name, path, roleId, arn, createDate, description, trustPolicy, attached, inline,
        permissionsBoundary, tags, maxSessionDuration);
  }

  /** The same role with another trust policy. */
  public Role withTrustPolicy(PolicyDocument trust) {
    return new Role(name, path, roleId, arn, createDate, description, trust, attachedPolicies,
        inlinePolicies, permissionsBoundary, tags, maxSessionDuration);
  }

  /** The same role with another boundary (null clears it). */
  public Role withPermissionsBoundary(String boundaryArn) {
    return new Role(name, path, roleId, arn, createDate, description, trustPolicy, attachedPolicies,
        inlinePolicies, boundaryArn, tags, maxSessionDuration);
  }

  /** The same role with other tags. */
  public Role withTags(List<Tag> newTags) {
    return new Role(name, path, roleId, arn, createDate, description, trustPolicy, attachedPolicies,
        inlinePolicies, permissionsBoundary, newTags, maxSessionDuration);
  }
}
