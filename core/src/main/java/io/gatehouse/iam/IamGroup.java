package io.gatehouse.iam;

import io.gatehouse.identity.Group;
import java.time.Instant;

/**
 * An IAM group as IAM's responses describe it (AWS's {@code Group} type).
 *
 * @param path the path
 * @param groupName the name
 * @param groupId the unique id ({@code AGPA...})
 * @param arn the ARN
 * @param createDate when the group was created
 */
public record IamGroup(String path, String groupName, String groupId, String arn, Instant createDate) {
  static IamGroup of(Group g) {
    return new IamGroup(g.path(), g.name(), g.groupId(), g.arn(), g.createDate());
  }
}
