package io.gatehouse.iam;

import io.gatehouse.identity.Tag;
import io.gatehouse.identity.User;
import java.time.Instant;
import java.util.List;

/**
 * An IAM user as IAM's responses describe it (AWS's {@code User} type).
 *
 * @param path the path
 * @param userName the name
 * @param userId the unique id ({@code AIDA...})
 * @param arn the ARN
 * @param createDate when the user was created
 * @param permissionsBoundary the ARN of the boundary policy ({@code PermissionsBoundaryArn}, of type
 *     {@code PermissionsBoundaryPolicy}), or null
 * @param tags the tags
 */
public record IamUser(
    String path,
    String userName,
    String userId,
    String arn,
    Instant createDate,
    String permissionsBoundary,
    List<Tag> tags) {

  /** Creates the record; tags are copied. */
  public IamUser {
    tags = List.copyOf(tags);
  }

  static IamUser of(User u) {
    return new IamUser(u.path(), u.name(), u.userId(), u.arn(), u.createDate(), u.permissionsBoundary(), u.tags());
  }
}
