package io.gatehouse.sigv4;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request whose signature verified: who signed it and for what scope.
 *
 * @param accessKeyId the access key id that signed the request
 * @param region the region of the credential scope
 * @param service the service of the credential scope
 * @param sessionToken the session token the request carried, or null for a long-term key
 * @param signedHeaders the lower-case names of the headers the signature covers
 * @param signedAt the request's date
 * @param presigned true for a presigned URL, false for an {@code Authorization} header
 * @param payloadSigned false if the client sent {@code X-Amz-Content-Sha256: UNSIGNED-PAYLOAD}: the
 *     signature then does not cover the body
 */
public record VerifiedSignature(
    String accessKeyId,
    String region,
    String service,
    String sessionToken,
    List<String> signedHeaders,
    Instant signedAt,
    boolean presigned,
    boolean payloadSigned) {

  /** Creates the result. */
  public VerifiedSignature {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(service, "service");
    signedHeaders = List.copyOf(signedHeaders);
    Objects.requireNonNull(signedAt, "signedAt");
  }

  /** The session token, if the request was signed with temporary credentials. */
  public Optional<String> session() {
    return Optional.ofNullable(sessionToken);
  }

  @Override
  public String toString() {
    return "VerifiedSignature[" + accessKeyId + ", " + region + "/" + service + (presigned ? ", presigned" : "")
        + "]";
  }
}
