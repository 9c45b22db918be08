package io.gatehouse.iam;

import io.gatehouse.identity.AccessKey;
import java.time.Instant;

/**
 * An access key without its secret, as {@code ListAccessKeys} returns it (AWS's {@code
 * AccessKeyMetadata} type).
 *
 * @param userName the owner
 * @param accessKeyId the key id
 * @param status {@code Active} or {@code Inactive}
 * @param createDate when the key was created
 */
public record AccessKeyMetadata(String userName, String accessKeyId, String status, Instant createDate) {
  static AccessKeyMetadata of(AccessKey k) {
    return new AccessKeyMetadata(k.userName(), k.accessKeyId(), k.status(), k.createDate());
  }
}
