package io.gatehouse.sigv4;

import static io.gatehouse.sigv4.SigV4VerifierTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Presigned URLs: the {@code X-Amz-*} query parameters, their validity period, and malformed ones. */
class PresignedUrlTest {
  static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");
  static final CredentialLookup KEYS = (id, token) ->
      id.equals("AKIAEXAMPLE") ? Optional.of(new SigningSecret("secret")) : Optional.empty();

  /** A presigned GET, signed with this package's own calculation, with extra raw parameters. */
  static SignedRequest presigned(String expires, String extra) {
    String amzDate = RequestTime.format(T0);
    CredentialScope scope = new CredentialScope("AKIAEXAMPLE", amzDate.substring(0, 8), "us-east-1", "sts");
    String query = "Action=GetCallerIdentity&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F"
        + scope.scope().replace("/", "%2F") + "&X-Amz-Date=" + amzDate + "&X-Amz-Expires=" + expires
        + "&X-Amz-SignedHeaders=host" + extra;
    SignedRequest unsigned = SignedRequest.builder().rawQuery(query).header("Host", "sts.amazonaws.com").payload("")
        .build();
    String canonical = CanonicalRequest.of(unsigned, QueryParameter.parse(query), List.of("host"),
        unsigned.payloadSha256());
    String signature = SignatureCalculator.signature("secret", scope,
        SignatureCalculator.stringToSign(amzDate, scope, canonical));
    return SignedRequest.builder().rawQuery(query + "&X-Amz-Signature=" + signature)
        .header("Host", "sts.amazonaws.com").payload("").build();
  }

  @Test
  void isValidFromFiveMinutesBeforeItsDateUntilItExpires() {
    SignedRequest r = presigned("604800", "");
    SigV4Verifier verifier = new SigV4Verifier();
    assertTrue(verifier.verify(r, KEYS, T0.minusSeconds(300)).presigned());
    verifier.verify(r, KEYS, T0.plusSeconds(604800));
    assertCode("RequestExpired", r, KEYS, T0.plusSeconds(604801));
    SignatureException early = assertCode("SignatureDoesNotMatch", r, KEYS, T0.minusSeconds(301));
    assertTrue(early.getMessage().startsWith("Signature not yet current"));
  }

  @Test
  void refusesExpiriesOutsideOneSecondToAWeek() {
    for (String expires : List.of("0", "604801", "-5", "soon")) {
      SignatureException e = assertCode("IncompleteSignature", presigned(expires, ""), KEYS, T0);
      assertTrue(e.getMessage().startsWith("X-Amz-Expires must be"), e.getMessage());
    }
  }

  @Test
  void refusesARepeatedOrMissingParameter() {
    assertCode("IncompleteSignature", presigned("60", "&X-Amz-Date=20261122T120500Z"), KEYS, T0);
    SignedRequest r = presigned("60", "");
    SignedRequest withoutCredential = SignedRequest.builder()
        .rawQuery(r.rawQuery().replaceFirst("&X-Amz-Credential=[^&]*", "")).header("Host", "sts.amazonaws.com")
        .payload("").build();
    SignatureException e = assertCode("IncompleteSignature", withoutCredential, KEYS, T0);
    assertEquals("AWS query-string parameters must include 'X-Amz-Credential'. Re-examine the query-string "
        + "parameters.", e.getMessage());
  }

  @Test
  void refusesAPresignedUrlThatAlsoCarriesAnAuthorizationHeader() {
    SignedRequest r = presigned("60", "");
    SignedRequest both = SignedRequest.builder().rawQuery(r.rawQuery()).header("Host", "sts.amazonaws.com")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=x").payload("").build();
    assertCode("IncompleteSignature", both, KEYS, T0);
  }

  @Test
  void coversEveryOtherQueryParameter() {
    SignedRequest r = presigned("60", "&Version=2011-06-15");
    new SigV4Verifier().verify(r, KEYS, T0);
    SignedRequest changed = SignedRequest.builder().rawQuery(r.rawQuery().replace("2011-06-15", "2011-06-16"))
        .header("Host", "sts.amazonaws.com").payload("").build();
    assertCode("SignatureDoesNotMatch", changed, KEYS, T0);
  }
}
