package io.gatehouse.iam;

import io.gatehouse.identity.AccessKey;
import java.time.Instant;
import java.util.Optional;

/**
 * When and where an access key was last used, as {@code GetAccessKeyLastUsed} returns it. As in AWS,
 * a key that was never used has no date and {@code N/A} as service and region. Gatehouse has no
 * regions, so the region is always {@code N/A}.
 *
 * @param userName the key's owner
 * @param lastUsedDate when the key last signed an accepted request, or null
 * @param serviceName the service prefix of that request, or {@code N/A}
 * @param region {@code N/A}
 */
public record AccessKeyLastUsed(String userName, Instant lastUsedDate, String serviceName, String region) {
  static final String NOT_APPLICABLE = "N/A";

  /** The last use, if any. */
  public Optional<Instant> lastUsed() {
    return Optional.ofNullable(lastUsedDate);
  }

  static AccessKeyLastUsed of(AccessKey k) {
    String service = k.lastUsedDate() == null || k.lastUsedService() == null ? NOT_APPLICABLE : k.lastUsedService();
    return new AccessKeyLastUsed(k.userName(), k.lastUsedDate(), service, NOT_APPLICABLE);
  }
}
