package io.gatehouse.sigv4;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a signature claims, wherever it was sent (header or presigned query string).
 *
 * @param scope the credential scope
 * @param signedHeaders the signed header names
 * @param signature the signature as sent
 * @param amzDate the request date in the basic format, as it enters the string to sign
 * @param signedAt that date
 * @param sessionToken the {@code X-Amz-Security-Token}, or null
 * @param expires a presigned URL's {@code X-Amz-Expires}; null for a header signature
 * @param signedQuery the query parameters the signature covers
 */
record SignatureParameters(
    CredentialScope scope,
    List<String> signedHeaders,
    String signature,
    String amzDate,
    Instant signedAt,
    String sessionToken,
    Duration expires,
    List<QueryParameter> signedQuery) {
  static final long MAX_EXPIRES_SECONDS = 604800;

  /** From an {@code Authorization} header, with the date from {@code X-Amz-Date} or {@code Date}. */
  static SignatureParameters fromHeaders(SignedRequest request, AuthorizationHeader header,
      List<QueryParameter> query) {
    Optional<String> amzDate = request.header("X-Amz-Date");
    Instant signedAt;
    String basic;
    if (amzDate.isPresent()) {
      basic = amzDate.get().strip();
      signedAt = RequestTime.parse(basic);
      if (!RequestTime.isCanonical(basic)) {
        basic = RequestTime.format(signedAt);
      }
    } else {
      signedAt = RequestTime.parseHttpDate(request.header("Date").orElseThrow(() -> SignatureException.incomplete(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")).strip());
      basic = RequestTime.format(signedAt);
    }
    String token = request.header("X-Amz-Security-Token").map(String::strip).orElse(null);
    return new SignatureParameters(header.scope(), header.signedHeaders(), header.signature(),
        basic, signedAt, token, null, query);
  }

  /**
   * From the {@code X-Amz-*} parameters of a presigned URL.
   *
   * @throws SignatureException IncompleteSignature if one is missing, repeated or malformed
   */
  static SignatureParameters fromQuery(List<QueryParameter> query) {
    Map<String, String> params = new HashMap<>();
    for (QueryParameter p : query) {
      if (p.name().startsWith("X-Amz-") && params.put(p.name(), p.value()) != null) {
        throw SignatureException.incomplete("The query-string parameter '" + p.name() + "' is repeated.");
      }
    }
    String algorithm = required(params, "X-Amz-Algorithm");
    if (!algorithm.equals(SignatureCalculator.ALGORITHM)) {
      throw SignatureException.incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'");
    }
    CredentialScope scope = CredentialScope.parse(required(params, "X-Amz-Credential"));
    String amzDate = required(params, "X-Amz-Date");
    Instant signedAt = RequestTime.parse(amzDate);
    String expiresText = required(params, "X-Amz-Expires");
    List<String> signedHeaders = AuthorizationHeader.signedHeaders(required(params, "X-Amz-SignedHeaders"));
    String signature = required(params, "X-Amz-Signature");
    return new SignatureParameters(scope, signedHeaders, signature, amzDate, signedAt,
        params.get("X-Amz-Security-Token"), Duration.ofSeconds(expires(expiresText)),
        query.stream().filter(p -> !p.name().equals("X-Amz-Signature")).toList());
  }

  private static long expires(String text) {
    long seconds;
    try {
      seconds = Long.parseLong(text);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
      throw SignatureException.incomplete("X-Amz-Expires must be a whole number of seconds from 1 to 604800 "
          + "(a week), got '" + text + "'");
    }
    return seconds;
  }

  private static String required(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      throw SignatureException.incomplete("AWS query-string parameters must include '" + name
          + "'. Re-examine the query-string parameters.");
    }
    return value;
  }
}
