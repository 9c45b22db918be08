package io.gatehouse.iam;

import io.gatehouse.identity.AccessKey;
import java.time.Instant;
import java.util.Optional;

/**
 * When and where an access key was last used, as {@code GetAccessKeyLastUsed} returns it. As in AWS,
 * a key that was never used has no date and {@code N/A} as service and region. Uses are recorded
 * by an {@link io.gatehouse.store.AccessKeyUsageRecorder} at the enforcement points, at most once per
 * key per recording interval, so the date is approximate, as AWS's is.
 *
 * @param userName the key's owner
 * @param lastUsedDate when the key last signed an accepted request, or null
 * @param serviceName the service prefix of that request, or {@code N/A}
 * @param region the region of that request's SigV4 scope, or {@code N/A}
 */
public record AccessKeyLastUsed(String userName, Instant lastUsedDate, String serviceName, String region) {
  static final String NOT_APPLICABLE = "N/A";

  /** The last use, if any. */
  public Optional<Instant> lastUsed() {
    return Optional.ofNullable(lastUsedDate);
  }

  static AccessKeyLastUsed of(AccessKey k) {
    boolean used = k.lastUsedDate() != null;
    String service = used && k.lastUsedService() != null ? k.lastUsedService() : NOT_APPLICABLE;
    String region = used && k.lastUsedRegion() != null ? k.lastUsedRegion() : NOT_APPLICABLE;
    return new AccessKeyLastUsed(k.userName(), k.lastUsedDate(), service, region);
  }
}
