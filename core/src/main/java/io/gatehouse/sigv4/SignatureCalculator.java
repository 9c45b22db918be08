package io.gatehouse.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The string to sign, the derived signing key, and the signature, as SigV4 defines them. */
final class SignatureCalculator {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private SignatureCalculator() {}

  static String stringToSign(String amzDate, CredentialScope scope, String canonicalRequest) {
    String hash = HexFormat.of().formatHex(Hmac.sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    return new StringBuilder(ALGORITHM.length() + amzDate.length() + 64 + 96).append(ALGORITHM).append('\n')
        .append(amzDate).append('\n').append(scope.date()).append('/').append(scope.region()).append('/')
        .append(scope.service()).append('/').append(CredentialScope.TERMINATOR).append('\n').append(hash)
        .toString();
  }

  /** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
  static byte[] signingKey(String secretAccessKey, CredentialScope scope) {
    byte[] kDate = Hmac.hmacSha256(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), scope.date());
    byte[] kRegion = Hmac.hmacSha256(kDate, scope.region());
    byte[] kService = Hmac.hmacSha256(kRegion, scope.service());
    return Hmac.hmacSha256(kService, CredentialScope.TERMINATOR);
  }

  /** The signature, as lower-case hex. */
  static String signature(String secretAccessKey, CredentialScope scope, String stringToSign) {
    return signature(signingKey(secretAccessKey, scope), stringToSign);
  }

  /** The signature with an already derived signing key, as lower-case hex. */
  static String signature(byte[] signingKey, String stringToSign) {
    return HexFormat.of().formatHex(Hmac.hmacSha256(signingKey, stringToSign));
  }
}
