package io.gatehouse.sigv4;

import static io.gatehouse.sigv4.SigV4VerifierTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests signed by a real client, botocore (the AWS SDK for Python), are accepted, and refused
 * with AWS's error codes once tampered with. Skipped where python3 with botocore is missing.
 */
class SigV4BotocoreTest {
  static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final String TEMP_KEY_ID = "ASIAIOSFODNN7EXAMPLE";
  static final String TEMP_SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
  static final String TOKEN = "FwoGZXIvYXdzEXAMPLE/token+with/slashes==";
  static final CredentialLookup KEYS = (id, token) -> {
    if (id.equals(KEY_ID) && token == null) {
      return Optional.of(new SigningSecret(SECRET));
    }
    if (id.equals(TEMP_KEY_ID) && TOKEN.equals(token)) {
      return Optional.of(new SigningSecret(TEMP_SECRET));
    }
    return Optional.empty();
  };

  private final SigV4Verifier verifier = new SigV4Verifier();

  @BeforeAll
  static void needsBotocore() {
    assumeTrue(Botocore.available(), "python3 with botocore is not installed");
  }

  private static Botocore.Signed get(String url) {
    return Botocore.sign(new Botocore.Spec("GET", url, Map.of(), "", KEY_ID, SECRET, null, "us-east-1", "iam",
        null));
  }

  private static Botocore.Signed queryProtocolPost() {
    return Botocore.sign(new Botocore.Spec("POST", "https://sts.amazonaws.com/",
        Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        "Action=GetCallerIdentity&Version=2011-06-15", KEY_ID, SECRET, null, "us-east-1", "sts", null));
  }

  private static Botocore.Signed presigned(int expires) {
    return Botocore.sign(new Botocore.Spec("GET", "https://sts.amazonaws.com/?Action=GetCallerIdentity"
        + "&Version=2011-06-15", Map.of(), "", TEMP_KEY_ID, TEMP_SECRET, TOKEN, "us-east-1", "sts", expires));
  }

  @Test
  void acceptsAGetWithQueryAndAnEncodedPath() {
    Botocore.Signed s = get("https://iam.amazonaws.com/a%20b/c~d/?Version=2010-05-08&Action=ListUsers"
        + "&PathPrefix=%2Fdivision%2F&Marker=x%2By&Empty=");
    VerifiedSignature v = verifier.verify(s.received().build(), KEYS, Instant.now());
    assertEquals(KEY_ID, v.accessKeyId());
    assertEquals("us-east-1", v.region());
    assertEquals("iam", v.service());
    assertEquals(List.of("host", "x-amz-date"), v.signedHeaders());
  }

  @Test
  void acceptsAQueryProtocolPostWithAFormBody() {
    VerifiedSignature v = verifier.verify(queryProtocolPost().received().build(), KEYS, Instant.now());
    assertEquals("sts", v.service());
    assertTrue(v.signedHeaders().contains("content-type"));
  }

  @Test
  void acceptsTemporaryCredentialsWithTheirSessionToken() {
    Botocore.Signed s = Botocore.sign(new Botocore.Spec("POST", "https://iam.amazonaws.com/",
        Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        "Action=ListUsers&Version=2010-05-08", TEMP_KEY_ID, TEMP_SECRET, TOKEN, "us-east-1", "iam", null));
    VerifiedSignature v = verifier.verify(s.received().build(), KEYS, Instant.now());
    assertEquals(Optional.of(TOKEN), v.session());
  }

  @Test
  void acceptsAPresignedUrlWithASessionToken() {
    VerifiedSignature v = verifier.verify(presigned(900).received().build(), KEYS, Instant.now());
    assertTrue(v.presigned());
    assertEquals(TEMP_KEY_ID, v.accessKeyId());
    assertEquals(Optional.of(TOKEN), v.session());
  }

  @Test
  void refusesAChangedSignedHeader() {
    Botocore.Signed s = queryProtocolPost();
    SignedRequest.Builder b = SignedRequest.builder().method(s.method()).rawPath("/").payload(s.body())
        .header("Host", "sts.amazonaws.com");
    s.headers().forEach((name, value) -> b.header(name,
        name.equalsIgnoreCase("Content-Type") ? "application/x-www-form-urlencoded" : value));
    assertCode("SignatureDoesNotMatch", b.build(), KEYS, Instant.now());
  }

  @Test
  void refusesAChangedBody() {
    SignedRequest r = queryProtocolPost().received().payload("Action=GetCallerIdentity&Version=2011-06-16").build();
    assertCode("SignatureDoesNotMatch", r, KEYS, Instant.now());
  }

  @Test
  void refusesAChangedQuery() {
    Botocore.Signed s = get("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08");
    SignedRequest r = s.received().rawQuery("Action=DeleteUser&Version=2010-05-08").build();
    assertCode("SignatureDoesNotMatch", r, KEYS, Instant.now());
  }

  @Test
  void refusesARequestOlderThanFiveMinutes() {
    Botocore.Signed s = get("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08");
    SignatureException e = assertCode("SignatureDoesNotMatch", s.received().build(), KEYS,
        Instant.now().plusSeconds(600));
    assertTrue(e.getMessage().startsWith("Signature expired: "), e.getMessage());
  }

  @Test
  void refusesAnotherRegionInTheCredentialScope() {
    Botocore.Signed s = get("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08");
    SignedRequest.Builder b = s.received();
    SignedRequest signed = b.build();
    SignedRequest.Builder tampered = SignedRequest.builder().method("GET").rawPath(signed.rawPath())
        .rawQuery(signed.rawQuery()).payload("");
    signed.headers().forEach((name, values) -> values.forEach(v -> tampered.header(name,
        name.equalsIgnoreCase("Authorization") ? v.replace("/us-east-1/", "/eu-west-1/") : v)));
    assertCode("SignatureDoesNotMatch", tampered.build(), KEYS, Instant.now());
  }

  @Test
  void refusesAnUnknownKey() {
    Botocore.Signed s = Botocore.sign(new Botocore.Spec("GET", "https://iam.amazonaws.com/?Action=ListUsers",
        Map.of(), "", "AKIAUNKNOWNEXAMPLE00", SECRET, null, "us-east-1", "iam", null));
    assertCode("InvalidClientTokenId", s.received().build(), KEYS, Instant.now());
  }

  @Test
  void refusesAPresignedUrlWithAChangedQuery() {
    Botocore.Signed s = presigned(900);
    SignedRequest r = s.received().build();
    SignedRequest tampered = s.received().rawQuery(r.rawQuery().replace("GetCallerIdentity", "GetSessionToken"))
        .build();
    assertCode("SignatureDoesNotMatch", tampered, KEYS, Instant.now());
  }

  @Test
  void refusesAnExpiredPresignedUrl() {
    SignedRequest r = presigned(60).received().build();
    verifier.verify(r, KEYS, Instant.now().plusSeconds(30));
    assertCode("RequestExpired", r, KEYS, Instant.now().plusSeconds(62));
  }

  @Test
  void acceptsAnUnsignedPayloadAndSaysSo() {
    Botocore.Signed s = Botocore.sign(new Botocore.Spec("PUT", "https://execute-api.us-east-1.amazonaws.com/items/1",
        Map.of("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD"), "{\"a\":1}", KEY_ID, SECRET, null, "us-east-1",
        "execute-api", null));
    VerifiedSignature v = verifier.verify(s.received().payload("{\"a\":2}").build(), KEYS, Instant.now());
    assertFalse(v.payloadSigned());
    assertTrue(v.signedHeaders().contains("x-amz-content-sha256"));
  }

  @Test
  void refusesABodyOtherThanTheDeclaredContentSha256() {
    String body = "{\"a\":1}";
    Botocore.Signed s = Botocore.sign(new Botocore.Spec("PUT", "https://execute-api.us-east-1.amazonaws.com/items/1",
        Map.of("X-Amz-Content-Sha256", SignedRequest.PayloadHash.of(body.getBytes(StandardCharsets.UTF_8))), body,
        KEY_ID, SECRET, null, "us-east-1", "execute-api", null));
    assertTrue(verifier.verify(s.received().build(), KEYS, Instant.now()).payloadSigned());
    assertCode("SignatureDoesNotMatch", s.received().payload("{\"a\":2}").build(), KEYS, Instant.now());
  }
}
