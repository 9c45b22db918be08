package io.gatehouse.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's long-term access key: an id ({@code AKIA...}) and its secret, used to sign requests
 * (AWS Signature Version 4). {@link #toString()} never shows the secret.
 *
 * @param userName the owner
 * @param accessKeyId the public id
 * @param secretAccessKey the secret, kept so that signatures can be verified
 * @param active true if the key is {@code Active}, false if {@code Inactive}
 * @param createDate when the key was created
 * @param lastUsedDate when the key last signed an accepted request, or null
 * @param lastUsedService the service prefix of that request (its SigV4 scope's service), or null
 * @param lastUsedRegion the region of that request's SigV4 scope, or null
 */
public record AccessKey(
    String userName,
    String accessKeyId,
    String secretAccessKey,
    boolean active,
    Instant createDate,
    Instant lastUsedDate,
    String lastUsedService,
    String lastUsedRegion) {

  /** Creates an access key record. */
  public AccessKey {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(createDate, "createDate");
  }

  /** A key whose last use, if any, has no region. */
  public AccessKey(String userName, String accessKeyId, String secretAccessKey, boolean active, Instant createDate,
      Instant lastUsedDate, String lastUsedService) {
    this(userName, accessKeyId, secretAccessKey, active, createDate, lastUsedDate, lastUsedService, null);
  }

  /** {@code Active} or {@code Inactive}, as AWS spells it. */
  public String status() {
    return active ? "Active" : "Inactive";
  }

  /** When the key was last used. */
  public Optional<Instant> lastUsed() {
    return Optional.ofNullable(lastUsedDate);
  }

  /** The same key with another status. */
  public AccessKey withActive(boolean newActive) {
    return new AccessKey(userName, accessKeyId, secretAccessKey, newActive, createDate, lastUsedDate, lastUsedService,
        lastUsedRegion);
  }

  /**
   * The same key last used at {@code date} for {@code service} in {@code region} (as its request's
   * SigV4 credential scope named them).
   */
  public AccessKey withLastUse(Instant date, String service, String region) {
    Objects.requireNonNull(date, "date");
    return new AccessKey(userName, accessKeyId, secretAccessKey, active, createDate, date, service, region);
  }

  /** The same key owned by another user name (after a rename). */
  public AccessKey withUserName(String newUserName) {
    return new AccessKey(newUserName, accessKeyId, secretAccessKey, active, createDate, lastUsedDate, lastUsedService,
        lastUsedRegion);
  }

  @Override
  public String toString() {
    return "AccessKey[" + accessKeyId + ", " + userName + ", " + status() + "]";
  }
}
