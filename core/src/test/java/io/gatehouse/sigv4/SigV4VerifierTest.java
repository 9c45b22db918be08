package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.sts.StsException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier against requests of AWS's published SigV4 test suite (aws-sig-v4-test-suite: the
 * requests and signatures are AWS's, the signatures are not recomputed here), and its refusals.
 */
class SigV4VerifierTest {
  static final String AKID = "AKIDEXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");
  static final CredentialLookup SUITE_KEYS = (id, token) ->
      id.equals(AKID) && token == null ? Optional.of(new SigningSecret(SECRET)) : Optional.empty();

  private final SigV4Verifier verifier = new SigV4Verifier();

  private static SignedRequest.Builder suiteRequest(String method, String path, String query, String signedHeaders,
      String signature) {
    return SignedRequest.builder().method(method).rawPath(path).rawQuery(query)
        .header("Host", "example.amazonaws.com")
        .header("X-Amz-Date", "20150830T123600Z")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=" + signedHeaders + ", Signature=" + signature)
        .payload("");
  }

  @Test
  void acceptsGetVanilla() {
    SignedRequest r = suiteRequest("GET", "/", "", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    VerifiedSignature v = verifier.verify(r, SUITE_KEYS, SUITE_TIME);
    assertEquals(AKID, v.accessKeyId());
    assertEquals("us-east-1", v.region());
    assertEquals("service", v.service());
    assertEquals(List.of("host", "x-amz-date"), v.signedHeaders());
    assertEquals(SUITE_TIME, v.signedAt());
    assertTrue(v.session().isEmpty());
    assertFalse(v.presigned());
  }

  @Test
  void acceptsGetVanillaQueryOrderKeyCaseWhateverTheOrderSent() {
    SignedRequest r = suiteRequest("GET", "/", "Param2=value2&Param1=value1", "host;x-amz-date",
        "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500").build();
    verifier.verify(r, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void acceptsPostVanilla() {
    SignedRequest r = suiteRequest("POST", "/", "", "host;x-amz-date",
        "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b").build();
    verifier.verify(r, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void acceptsGetUtf8() {
    SignedRequest r = suiteRequest("GET", "/\u1234", "", "host;x-amz-date",
        "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85").build();
    verifier.verify(r, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void acceptsPostXWwwFormUrlencoded() {
    SignedRequest r = suiteRequest("POST", "/", "", "content-type;host;x-amz-date",
        "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .payload("Param1=value1").build();
    verifier.verify(r, SUITE_KEYS, SUITE_TIME);
  }

  /** The suite's normalize-path and query cases: path, query and method as the suite sends them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "get-space|GET|/example space/||652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741",
      "get-slashes|GET|//example//||9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84",
      "get-slash-pointless-dot|GET|/./example||ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5",
      "get-relative-relative|GET|/example1/example2/../..||"
          + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "get-slash-dot-slash|GET|/./||5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "get-vanilla-empty-query-key|GET|/|Param1=value1|"
          + "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb",
      "post-vanilla-query|POST|/|Param1=value1|28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"})
  void acceptsTheSuitesNormalizePathAndQueryCases(String name, String method, String path, String query,
      String signature) {
    SignedRequest r = suiteRequest(method, path, query, "host;x-amz-date", signature).build();
    verifier.verify(r, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void refusesTheSuiteRequestWithAnotherBody() {
    SignedRequest r = suiteRequest("POST", "/", "", "content-type;host;x-amz-date",
        "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .payload("Param1=value2").build();
    assertCode("SignatureDoesNotMatch", r, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void refusesARequestWithoutSignature() {
    SignedRequest r = SignedRequest.builder().header("Host", "example.amazonaws.com").payload("").build();
    SignatureException e = assertCode("MissingAuthenticationToken", r, SUITE_KEYS, SUITE_TIME);
    assertEquals(403, e.httpStatus());
  }

  @Test
  void refusesAnAuthorizationWithoutSignature() {
    SignedRequest r = SignedRequest.builder().header("Host", "example.amazonaws.com")
        .header("X-Amz-Date", "20150830T123600Z")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;x-amz-date")
        .payload("").build();
    SignatureException e = assertCode("IncompleteSignature", r, SUITE_KEYS, SUITE_TIME);
    assertEquals("Authorization header requires 'Signature' parameter.", e.getMessage());
  }

  @Test
  void refusesOtherAlgorithmsAndMalformedCredentials() {
    SignedRequest sha1 = SignedRequest.builder().header("Host", "h").header("X-Amz-Date", "20150830T123600Z")
        .header("Authorization", "AWS4-HMAC-SHA1 Credential=a/b/c/d/aws4_request, SignedHeaders=host, Signature=00")
        .payload("").build();
    assertCode("IncompleteSignature", sha1, SUITE_KEYS, SUITE_TIME);
    SignedRequest fourParts = suiteRequest("GET", "/", "", "host;x-amz-date", "00").build();
    SignedRequest broken = SignedRequest.builder().method("GET").header("Host", "h")
        .header("X-Amz-Date", "20150830T123600Z")
        .header("Authorization", fourParts.header("Authorization").orElseThrow().replace("/service", ""))
        .payload("").build();
    assertCode("IncompleteSignature", broken, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void refusesSignedHeadersWithoutHost() {
    SignedRequest r = suiteRequest("GET", "/", "", "x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    assertCode("IncompleteSignature", r, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void refusesARequestWithoutDate() {
    SignedRequest r = SignedRequest.builder().header("Host", "example.amazonaws.com")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host, Signature=00")
        .payload("").build();
    assertCode("IncompleteSignature", r, SUITE_KEYS, SUITE_TIME);
  }

  @Test
  void refusesAnUnknownKey() {
    SignedRequest r = suiteRequest("GET", "/", "", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    SignatureException e = assertCode("InvalidClientTokenId", r, (id, token) -> Optional.empty(), SUITE_TIME);
    assertEquals(403, e.httpStatus());
  }

  @Test
  void passesOnTheCodeOfStsRefusals() {
    SignedRequest r = suiteRequest("GET", "/", "", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    CredentialLookup expired = (id, token) -> {
      throw new StsException("ExpiredToken", 403, "The security token included in the request is expired");
    };
    assertCode("ExpiredToken", r, expired, SUITE_TIME);
  }

  @Test
  void refusesARequestDatedMoreThanFiveMinutesAgoInAwsWords() {
    SignedRequest r = suiteRequest("GET", "/", "", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    verifier.verify(r, SUITE_KEYS, SUITE_TIME.plusSeconds(300));
    SignatureException e = assertCode("SignatureDoesNotMatch", r, SUITE_KEYS, SUITE_TIME.plusSeconds(301));
    assertEquals("Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z "
        + "(20150830T124101Z - 5 min.)", e.getMessage());
  }

  @Test
  void refusesARequestDatedMoreThanFiveMinutesAhead() {
    SignedRequest r = suiteRequest("GET", "/", "", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    verifier.verify(r, SUITE_KEYS, SUITE_TIME.minusSeconds(300));
    SignatureException e = assertCode("SignatureDoesNotMatch", r, SUITE_KEYS, SUITE_TIME.minusSeconds(301));
    assertTrue(e.getMessage().startsWith("Signature not yet current: 20150830T123600Z is still later than"));
  }

  @Test
  void refusesAScopeDateOtherThanTheRequestDate() {
    SignedRequest r = SignedRequest.builder().header("Host", "example.amazonaws.com")
        .header("X-Amz-Date", "20150830T123600Z")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150829/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=00")
        .payload("").build();
    SignatureException e = assertCode("SignatureDoesNotMatch", r, SUITE_KEYS, SUITE_TIME);
    assertTrue(e.getMessage().startsWith("Date in Credential scope does not match"));
  }

  @Test
  void refusesAnotherServiceOrRegionWhenRestrictedToOne() {
    SignedRequest r = suiteRequest("GET", "/", "", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    SigV4Verifier.forService("service", List.of("us-east-1")).verify(r, SUITE_KEYS, SUITE_TIME);
    SignatureException service = assertThrows(SignatureException.class,
        () -> SigV4Verifier.forService("iam", List.of("us-east-1")).verify(r, SUITE_KEYS, SUITE_TIME));
    assertEquals("SignatureDoesNotMatch", service.code());
    assertEquals("Credential should be scoped to correct service: 'iam'.", service.getMessage());
    SignatureException region = assertThrows(SignatureException.class,
        () -> SigV4Verifier.forService("service", List.of("eu-west-1")).verify(r, SUITE_KEYS, SUITE_TIME));
    assertEquals("Credential should be scoped to a valid region, not 'us-east-1'.", region.getMessage());
  }

  @Test
  void neverShowsTheComputedSignatureOrTheSecret() {
    SignedRequest r = suiteRequest("GET", "/other", "", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31").build();
    SignatureException e = assertCode("SignatureDoesNotMatch", r, SUITE_KEYS, SUITE_TIME);
    assertFalse(e.getMessage().matches("(?s).*[0-9a-f]{64}.*"));
    assertFalse(e.getMessage().contains(SECRET));
    assertFalse(new SigningSecret(SECRET).toString().contains(SECRET));
  }

  static SignatureException assertCode(String code, SignedRequest r, CredentialLookup lookup, Instant now) {
    return assertCode(code, r, lookup, now, new SigV4Verifier());
  }

  static SignatureException assertCode(String code, SignedRequest r, CredentialLookup lookup, Instant now,
      SigV4Verifier verifier) {
    SignatureException e = assertThrows(SignatureException.class, () -> verifier.verify(r, lookup, now));
    assertEquals(code, e.code(), e.getMessage());
    return e;
  }
}
