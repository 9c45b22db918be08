package io.gatehouse.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A managed policy (customer managed, or an AWS managed policy carried in the account file): a
 * named, versioned policy that can be attached to users, groups and roles. Exactly one version is
 * the default, as in AWS.
 *
 * @param name the policy name
 * @param path the path, {@code /} by default
 * @param policyId the unique id ({@code ANPA...})
 * @param arn {@code arn:aws:iam::ACCOUNT:policy/PATH/NAME} (or {@code arn:aws:iam::aws:policy/...}
 *     for AWS managed policies)
 * @param description an optional description, may be empty
 * @param versions the versions, oldest first (at most five, as in AWS)
 * @param createDate when the policy was created
 * @param updateDate when it last changed
 */
public record ManagedPolicy(
    String name,
    String path,
    String policyId,
    String arn,
    String description,
    List<PolicyVersion> versions,
    Instant createDate,
    Instant updateDate) {

  /** Creates a policy; exactly one version must be the default. */
  public ManagedPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(arn, "arn");
    description = description == null ? "" : description;
    versions = List.copyOf(versions);
    long defaults = versions.stream().filter(PolicyVersion::isDefault).count();
    if (defaults != 1) {
      throw new IllegalArgumentException(
          "policy " + name + " must have exactly one default version, has " + defaults);
    }
  }

  /** The version in force. */
  public PolicyVersion defaultVersion() {
    return versions.stream().filter(PolicyVersion::isDefault).findFirst().orElseThrow();
  }

  /** True for an AWS managed policy ({@code arn:aws:iam::aws:policy/...}). */
  public boolean isAwsManaged() {
    return arn.contains(":iam::aws:policy/");
  }
}
