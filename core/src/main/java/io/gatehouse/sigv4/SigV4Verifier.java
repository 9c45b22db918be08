package io.gatehouse.sigv4;

import io.gatehouse.sts.StsException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies AWS Signature Version 4, as AWS documents it for services other than S3: requests
 * signed in the {@code Authorization} header, and presigned URLs ({@code X-Amz-Signature} in the
 * query string). Thread-safe; the clock is passed in. It keeps the signing keys it derived (one per
 * secret, day, region and service, a bounded number), so that a caller's requests of one day cost
 * one HMAC instead of five; which secret an access key has is still looked up on every request.
 *
 * <p>Checks, in order: that exactly one kind of signature is present and well formed; that the
 * request's date is within 5 minutes of now (a presigned URL: not before its date minus 5 minutes,
 * not after its date plus {@code X-Amz-Expires}); that the credential scope's date is the request's
 * date; that the access key id (with its session token) has a secret; and that the signature
 * recomputed from the request equals the one sent, compared in constant time.
 */
public final class SigV4Verifier {
  static final Duration MAX_SKEW = Duration.ofMinutes(5);
  static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  private final String service;
  private final Set<String> regions;
  private final SigningKeys signingKeys;

  /** Creates a verifier that accepts any region and service in the credential scope. */
  public SigV4Verifier() {
    this.service = null;
    this.regions = null;
    this.signingKeys = new SigningKeys(SigningKeys.DEFAULT_CAPACITY);
  }

  private SigV4Verifier(String service, Set<String> regions) {
    this.service = Objects.requireNonNull(service, "service");
    this.regions = Set.copyOf(regions);
    this.signingKeys = new SigningKeys(SigningKeys.DEFAULT_CAPACITY);
  }

  /** How many derived signing keys this verifier keeps, for tests. */
  int signingKeysKept() {
    return signingKeys.size();
  }

  /**
   * A verifier for one service's endpoint: signatures scoped to another service or region are
   * refused with {@code SignatureDoesNotMatch}, in AWS's words, before any secret is looked up.
   *
   * @param service the service the credential scope must name, e.g. {@code iam}
   * @param regions the regions it may name, e.g. {@code us-east-1}
   */
  public static SigV4Verifier forService(String service, Collection<String> regions) {
    return new SigV4Verifier(service, Set.copyOf(regions));
  }

  /**
   * Verifies a request's signature.
   *
   * @param request the request as received
   * @param lookup finds the secret of the request's access key id
   * @param now the current time
   * @return who signed the request, for which region and service
   * @throws SignatureException with AWS's error code if the request is not validly signed
   */
  public VerifiedSignature verify(SignedRequest request, CredentialLookup lookup, Instant now) {
    List<QueryParameter> query = QueryParameter.parse(request.rawQuery());
    boolean presigned = false;
    for (QueryParameter q : query) {
      presigned |= q.name().equals("X-Amz-Algorithm");
    }
    List<String> authorization = request.headerValues("Authorization");
    if (presigned && !authorization.isEmpty()) {
      throw SignatureException.incomplete("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter "
          + "or the Authorization header should be specified");
    }
    if (!presigned && authorization.isEmpty()) {
      throw new SignatureException("MissingAuthenticationToken", 403, "Request is missing Authentication Token");
    }
    if (authorization.size() > 1) {
      throw SignatureException.incomplete("Only one Authorization header is allowed");
    }
    SignatureParameters p = presigned
        ? SignatureParameters.fromQuery(query)
        : SignatureParameters.fromHeaders(request, AuthorizationHeader.parse(authorization.get(0)), query);
    checkScope(p.scope());
    checkTime(p, now);
    String secret = secret(lookup, p.scope().accessKeyId(), p.sessionToken());
    String payloadHash = payloadHash(request);
    String canonical = CanonicalRequest.of(request, p.signedQuery(), p.signedHeaders(), payloadHash);
    String stringToSign = SignatureCalculator.stringToSign(p.amzDate(), p.scope(), canonical);
    String expected = SignatureCalculator.signature(signingKeys.signingKey(secret, p.scope()), stringToSign);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        p.signature().getBytes(StandardCharsets.UTF_8))) {
      throw SignatureException.doesNotMatch("The request signature we calculated does not match the signature you "
          + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for "
          + "details.");
    }
    return new VerifiedSignature(p.scope().accessKeyId(), p.scope().region(), p.scope().service(), p.sessionToken(),
        p.signedHeaders(), p.signedAt(), presigned, !payloadHash.equals(UNSIGNED_PAYLOAD));
  }

  private void checkScope(CredentialScope scope) {
    if (regions != null && !regions.contains(scope.region())) {
      throw SignatureException.doesNotMatch("Credential should be scoped to a valid region, not '" + scope.region()
          + "'.");
    }
    if (service != null && !service.equals(scope.service())) {
      throw SignatureException.doesNotMatch("Credential should be scoped to correct service: '" + service + "'.");
    }
  }

  private static void checkTime(SignatureParameters p, Instant now) {
    String requestDate = p.amzDate().substring(0, 8);
    if (!p.scope().date().equals(requestDate)) {
      throw SignatureException.doesNotMatch("Date in Credential scope does not match YYYYMMDD from ISO-8601 version "
          + "of date from HTTP: '" + p.scope().date() + "' != '" + requestDate + "', from '" + p.amzDate() + "'.");
    }
    Instant earliest = now.minus(MAX_SKEW);
    Instant latest = now.plus(MAX_SKEW);
    if (p.signedAt().isAfter(latest)) {
      throw SignatureException.doesNotMatch("Signature not yet current: " + p.amzDate() + " is still later than "
          + RequestTime.format(latest) + " (" + RequestTime.format(now) + " + 5 min.)");
    }
    if (p.expires() != null) {
      Instant expiry = p.signedAt().plus(p.expires());
      if (now.isAfter(expiry)) {
        throw new SignatureException("RequestExpired", 403, "Request has expired: the presigned URL expired at "
            + RequestTime.format(expiry) + ", it is now " + RequestTime.format(now) + ".");
      }
    } else if (p.signedAt().isBefore(earliest)) {
      throw SignatureException.doesNotMatch("Signature expired: " + p.amzDate() + " is now earlier than "
          + RequestTime.format(earliest) + " (" + RequestTime.format(now) + " - 5 min.)");
    }
  }

  private static String secret(CredentialLookup lookup, String accessKeyId, String sessionToken) {
    Optional<SigningSecret> secret;
    try {
      secret = lookup.secretFor(accessKeyId, sessionToken);
    } catch (StsException e) {
      throw new SignatureException(e.code(), e.httpStatus(), e.getMessage());
    }
    return secret.orElseThrow(SignatureException::invalidClientTokenId).secretAccessKey();
  }

  /**
   * The payload hash the client signed: {@code X-Amz-Content-Sha256} if sent ({@code
   * UNSIGNED-PAYLOAD} included), otherwise the hash of the body received.
   *
   * @throws SignatureException SignatureDoesNotMatch if the header names a hash other than the
   *     body's, or a streaming payload (its chunk signatures are not verified here)
   */
  private static String payloadHash(SignedRequest request) {
    Optional<String> declared = request.header("X-Amz-Content-Sha256");
    if (declared.isEmpty()) {
      return request.payloadSha256();
    }
    String value = declared.get().strip();
    if (value.equals(UNSIGNED_PAYLOAD)) {
      return value;
    }
    if (!value.equalsIgnoreCase(request.payloadSha256())) {
      throw SignatureException.doesNotMatch("The provided 'x-amz-content-sha256' header does not match what was "
          + "computed.");
    }
    return value;
  }
}
