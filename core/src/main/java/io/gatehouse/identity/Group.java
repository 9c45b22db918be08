package io.gatehouse.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An IAM group: its policies apply to every member. Groups cannot sign in or be named as
 * principals. Immutable.
 *
 * @param name the group name, unique in the account
 * @param path the path
 * @param groupId the unique id ({@code AGPA...})
 * @param arn {@code arn:aws:iam::ACCOUNT:group/PATH/NAME}
 * @param createDate when the group was created
 * @param attachedPolicies the ARNs of attached managed policies
 * @param inlinePolicies the group's inline policies
 */
public record Group(
    String name,
    String path,
    String groupId,
    String arn,
    Instant createDate,
    List<String> attachedPolicies,
    List<InlinePolicy> inlinePolicies) {

  /** Creates a group; lists are copied. */
  public Group {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = List.copyOf(inlinePolicies);
  }

  /** The same group with other policies. */
  public Group withPolicies(List<String> attached, List<InlinePolicy> inline) {
    return new Group(name, path, groupId, arn, createDate, attached, inline);
  }
}
