package io.gatehouse.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IAM user: a person or application with long-term credentials. Immutable. A new user can do
 * nothing until a policy allows it.
 *
 * @param name the user name, unique in the account (case-insensitively, as AWS)
 * @param path the path, {@code /} by default
 * @param userId the unique id ({@code AIDA...}), the value of {@code aws:userid}
 * @param arn {@code arn:aws:iam::ACCOUNT:user/PATH/NAME}
 * @param createDate when the user was created
 * @param tags the user's tags ({@code aws:PrincipalTag/...})
 * @param groups the names of the groups the user belongs to
 * @param attachedPolicies the ARNs of attached managed policies
 * @param inlinePolicies the user's inline policies
 * @param permissionsBoundary the ARN of the managed policy used as boundary, or null
 * @param loginProfile the console password, or null
 * @param accessKeys at most two access keys
 * @param mfaDevices enabled MFA devices
 */
public record User(
    String name,
    String path,
    String userId,
    String arn,
    Instant createDate,
    List<Tag> tags,
    List<String> groups,
    List<String> attachedPolicies,
    List<InlinePolicy> inlinePolicies,
    String permissionsBoundary,
    LoginProfile loginProfile,
    List<AccessKey> accessKeys,
    List<MfaDevice> mfaDevices) {

  /** Creates a user; lists are copied. */
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    tags = List.copyOf(tags);
    groups = List.copyOf(groups);
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = List.copyOf(inlinePolicies);
    accessKeys = List.copyOf(accessKeys);
    mfaDevices = List.copyOf(mfaDevices);
  }

  /** The permissions boundary's ARN, if set. */
  public Optional<String> boundary() {
    return Optional.ofNullable(permissionsBoundary);
  }

  /** The console password, if set. */
  public Optional<LoginProfile> login() {
    return Optional.ofNullable(loginProfile);
  }

  /** A builder starting from this user, for changes. */
  public UserBuilder toBuilder() {
    return new UserBuilder(this);
  }
}
