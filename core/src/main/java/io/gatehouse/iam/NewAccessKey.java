package io.gatehouse.iam;

import java.time.Instant;
import java.util.Objects;

/**
 * A newly created access key with its secret, as {@code CreateAccessKey} returns it (AWS's {@code
 * AccessKey} type). This is the only time the secret is handed out: give it to the key's user and
 * do not keep or log it. {@link #toString()} never shows the secret.
 *
 * @param userName the owner
 * @param accessKeyId the key id ({@code AKIA...})
 * @param status {@code Active}
 * @param secretAccessKey the secret
 * @param createDate when the key was created
 */
public record NewAccessKey(
    String userName, String accessKeyId, String status, String secretAccessKey, Instant createDate) {

  /** Creates the record. */
  public NewAccessKey {
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
  }

  @Override
  public String toString() {
    return "NewAccessKey[" + accessKeyId + ", " + userName + ", " + status + "]";
  }
}
