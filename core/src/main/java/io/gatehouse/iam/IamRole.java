package io.gatehouse.iam;

import io.gatehouse.identity.Role;
import io.gatehouse.identity.Tag;
import java.time.Instant;
import java.util.List;

/**
 * An IAM role as IAM's responses describe it (AWS's {@code Role} type).
 *
 * @param path the path
 * @param roleName the name
 * @param roleId the unique id ({@code AROA...})
 * @param arn the ARN
 * @param createDate when the role was created
 * @param assumeRolePolicyDocument the trust policy as compact JSON
 * @param description the description, empty if none
 * @param maxSessionDuration the longest session, in seconds
 * @param permissionsBoundary the ARN of the boundary policy, or null
 * @param tags the tags
 */
public record IamRole(
    String path,
    String roleName,
    String roleId,
    String arn,
    Instant createDate,
    String assumeRolePolicyDocument,
    String description,
    int maxSessionDuration,
    String permissionsBoundary,
    List<Tag> tags) {

  /** Creates the record; tags are copied. */
  public IamRole {
    tags = List.copyOf(tags);
  }

  static IamRole of(Role r) {
    return new IamRole(r.path(), r.name(), r.roleId(), r.arn(), r.createDate(), PolicyJson.write(r.trustPolicy()),
        r.description(), (int) r.maxSessionDuration().toSeconds(), r.permissionsBoundary(), r.tags());
  }
}
