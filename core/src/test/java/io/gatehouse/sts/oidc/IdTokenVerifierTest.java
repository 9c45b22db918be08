package io.gatehouse.sts.oidc;

import static io.gatehouse.sts.oidc.TestKeys.EC;
import static io.gatehouse.sts.oidc.TestKeys.EC_OTHER;
import static io.gatehouse.sts.oidc.TestKeys.RSA;
import static io.gatehouse.sts.oidc.TestKeys.RSA_OTHER;
import static io.gatehouse.sts.oidc.TestKeys.b64;
import static io.gatehouse.sts.oidc.TestKeys.ecJwk;
import static io.gatehouse.sts.oidc.TestKeys.jwks;
import static io.gatehouse.sts.oidc.TestKeys.rsaJwk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.sts.oidc.InvalidIdentityTokenException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTokenVerifierTest {
  private static final String ISSUER = "https://idp.example.com";
  private static final String CLIENT_ID = "gatehouse-app";
  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final String RS_HEADER = "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"typ\":\"JWT\"}";
  private static final String ES_HEADER = "{\"alg\":\"ES256\",\"kid\":\"ec-1\",\"typ\":\"JWT\"}";

  private static final OidcProvider PROVIDER =
      new OidcProvider(
          ISSUER,
          List.of(CLIENT_ID, "other-app"),
          JsonWebKeySet.parse(jwks(rsaJwk("rsa-1", RSA), ecJwk("ec-1", EC))));

  private final IdTokenVerifier verifier = new IdTokenVerifier();

  @Test
  void acceptsValidRs256Token() {
    VerifiedIdToken token =
        verifier.verify(
            TestJwtSigner.rs256(RS_HEADER, payload(claims()), RSA.getPrivate()), PROVIDER, NOW);
    assertEquals(ISSUER, token.issuer());
    assertEquals("user-123", token.subject());
    assertEquals(List.of(CLIENT_ID), token.audiences());
    assertEquals(NOW.minusSeconds(60), token.issuedAt());
    assertEquals(NOW.plusSeconds(3600), token.expiresAt());
    assertEquals(List.of(), token.amr());
  }

  @Test
  void acceptsValidEs256Token() {
    VerifiedIdToken token =
        verifier.verify(
            TestJwtSigner.es256(ES_HEADER, payload(claims()), EC.getPrivate()), PROVIDER, NOW);
    assertEquals("user-123", token.subject());
  }

  @Test
  void acceptsManyEs256Signatures() {
    // ECDSA signatures are random; R or S often has a high bit set or leading zero bytes.
    for (int i = 0; i < 50; i++) {
      Map<String, Object> claims = claims();
      claims.put("jti", "token-" + i);
      assertEquals(
          "user-123",
          verifier
              .verify(
                  TestJwtSigner.es256(ES_HEADER, payload(claims), EC.getPrivate()), PROVIDER, NOW)
              .subject());
    }
  }

  @Test
  void usesTheOnlyKeyWhenTheTokenHasNoKid() {
    OidcProvider single =
        new OidcProvider(ISSUER, List.of(CLIENT_ID), JsonWebKeySet.parse(jwks(rsaJwk(null, RSA))));
    String token = TestJwtSigner.rs256("{\"alg\":\"RS256\"}", payload(claims()), RSA.getPrivate());
    assertEquals("user-123", verifier.verify(token, single, NOW).subject());

    OidcProvider singleWithKid =
        new OidcProvider(ISSUER, List.of(CLIENT_ID), JsonWebKeySet.parse(jwks(rsaJwk("k", RSA))));
    assertEquals("user-123", verifier.verify(token, singleWithKid, NOW).subject());
  }

  @Test
  void refusesTokenWithoutKidWhenTheKeySetHasSeveralKeys() {
    String token = TestJwtSigner.rs256("{\"alg\":\"RS256\"}", payload(claims()), RSA.getPrivate());
    assertRefused(
        token,
        Reason.INVALID_IDENTITY_TOKEN,
        "the token has no kid and the provider's key set has 2 keys; cannot choose one");
  }

  @Test
  void refusesTamperedPayload() {
    String token = TestJwtSigner.rs256(RS_HEADER, payload(claims()), RSA.getPrivate());
    Map<String, Object> forged = claims();
    forged.put("sub", "admin");
    String[] parts = token.split("\\.");
    String tampered =
        parts[0] + "." + b64(payload(forged).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    assertRefused(tampered, Reason.INVALID_IDENTITY_TOKEN, "the token's signature is not valid");

    String es = TestJwtSigner.es256(ES_HEADER, payload(claims()), EC.getPrivate());
    String[] esParts = es.split("\\.");
    assertRefused(
        esParts[0] + "." + b64(payload(forged).getBytes(StandardCharsets.UTF_8)) + "." + esParts[2],
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
  }

  @Test
  void refusesTamperedHeader() {
    String token = TestJwtSigner.rs256(RS_HEADER, payload(claims()), RSA.getPrivate());
    String[] parts = token.split("\\.");
    String header = b64("{\"alg\":\"RS256\",\"kid\":\"rsa-1\"}".getBytes(StandardCharsets.UTF_8));
    assertRefused(
        header + "." + parts[1] + "." + parts[2],
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
  }

  @Test
  void refusesTamperedSignature() {
    assertRefused(
        flipSignatureBit(TestJwtSigner.rs256(RS_HEADER, payload(claims()), RSA.getPrivate())),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
    assertRefused(
        flipSignatureBit(TestJwtSigner.es256(ES_HEADER, payload(claims()), EC.getPrivate())),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
  }

  @Test
  void refusesSignatureByAnotherKey() {
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims()), RSA_OTHER.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
    assertRefused(
        TestJwtSigner.es256(ES_HEADER, payload(claims()), EC_OTHER.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
  }

  @Test
  void ignoresKeysEmbeddedInTheToken() {
    String header =
        "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"jwk\":"
            + rsaJwk("rsa-1", RSA_OTHER)
            + ",\"jku\":\"https://evil.example/jwks\"}";
    assertRefused(
        TestJwtSigner.rs256(header, payload(claims()), RSA_OTHER.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
  }

  @Test
  void refusesAlgNone() {
    assertRefused(
        TestJwtSigner.unsigned("{\"alg\":\"none\",\"kid\":\"rsa-1\"}", payload(claims())),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's alg \"none\" is not supported; expected RS256 or ES256");
    assertRefused(
        TestJwtSigner.unsigned("{\"alg\":\"none\"}", payload(claims())),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's alg \"none\" is not supported; expected RS256 or ES256");
  }

  @Test
  void refusesHs256SignedWithThePublicKeyAsSecret() {
    String header = "{\"alg\":\"HS256\",\"kid\":\"rsa-1\"}";
    String expected = "the token's alg \"HS256\" is not supported; expected RS256 or ES256";
    // The key confusion attack: the verifier's public key, in any encoding, as the HMAC secret.
    byte[] x509 = RSA.getPublic().getEncoded();
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + java.util.Base64.getMimeEncoder().encodeToString(x509)
            + "\n-----END PUBLIC KEY-----\n";
    for (byte[] secret :
        List.of(
            x509,
            pem.getBytes(StandardCharsets.US_ASCII),
            rsaJwk("rsa-1", RSA).getBytes(StandardCharsets.UTF_8))) {
      assertRefused(
          TestJwtSigner.hs256(header, payload(claims()), secret),
          Reason.INVALID_IDENTITY_TOKEN,
          expected);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HS384", "HS512", "RS384", "RS512", "PS256", "ES384", "ES512", "EdDSA", "rs256", ""
      })
  void refusesEveryOtherAlgorithm(String alg) {
    String header = "{\"alg\":\"" + alg + "\",\"kid\":\"rsa-1\"}";
    assertRefused(
        TestJwtSigner.rs256(header, payload(claims()), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's alg \"" + alg + "\" is not supported; expected RS256 or ES256");
  }

  @Test
  void refusesMissingOrNonStringAlg() {
    assertRefused(
        TestJwtSigner.rs256("{\"kid\":\"rsa-1\"}", payload(claims()), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's header has no alg");
    assertRefused(
        TestJwtSigner.rs256(
            "{\"alg\":[\"RS256\"],\"kid\":\"rsa-1\"}", payload(claims()), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's header has no alg");
  }

  @Test
  void refusesCriticalHeaderExtensions() {
    String header = "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"crit\":[\"b64\"],\"b64\":false}";
    assertRefused(
        TestJwtSigner.rs256(header, payload(claims()), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's header lists critical extensions (crit), which are not supported");
  }

  @Test
  void refusesWrongIssuer() {
    for (String issuer :
        List.of(
            "https://evil.example.com",
            "https://idp.example.com/",
            "http://idp.example.com",
            "HTTPS://IDP.EXAMPLE.COM")) {
      Map<String, Object> claims = claims();
      claims.put("iss", issuer);
      assertRefused(
          TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
          Reason.INVALID_IDENTITY_TOKEN,
          "the token's issuer \"" + issuer + "\" is not the provider's issuer \"" + ISSUER + "\"");
    }
  }

  @Test
  void refusesMissingIssuer() {
    Map<String, Object> claims = claims();
    claims.remove("iss");
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token has no iss claim");
  }

  @Test
  void refusesWrongAudience() {
    Map<String, Object> claims = claims();
    claims.put("aud", "someone-else");
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's audience is not a client id registered for the provider");
    claims.put("aud", List.of("someone-else", "GATEHOUSE-APP"));
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's audience is not a client id registered for the provider");
    claims.put("aud", List.of());
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's audience is not a client id registered for the provider");
  }

  @Test
  void refusesMissingOrMistypedAudience() {
    Map<String, Object> claims = claims();
    claims.remove("aud");
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token has no aud claim");
    claims.put("aud", 42);
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's aud claim is not a string or an array of strings");
  }

  @Test
  void acceptsAudienceArrayContainingAClientId() {
    Map<String, Object> claims = claims();
    claims.put("aud", List.of("https://api.example.com", "other-app"));
    VerifiedIdToken token =
        verifier.verify(
            TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()), PROVIDER, NOW);
    assertEquals(List.of("https://api.example.com", "other-app"), token.audiences());
  }

  @Test
  void refusesExpiredTokenWithExpiredTokenException() {
    Map<String, Object> claims = claims();
    claims.put("iat", NOW.minusSeconds(7200).getEpochSecond());
    claims.put("exp", NOW.minusSeconds(3600).getEpochSecond());
    InvalidIdentityTokenException e =
        assertRefused(
            TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
            Reason.EXPIRED_TOKEN,
            "the token expired at 2025-06-01T11:00:00Z; the time is 2025-06-01T12:00:00Z"
                + " (clock skew 60 s)");
    assertEquals("ExpiredTokenException", e.errorCode());
  }

  @Test
  void allowsTheClockSkewAfterExpiry() {
    Map<String, Object> claims = claims();
    claims.put("exp", NOW.minusSeconds(59).getEpochSecond());
    String token = TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate());
    assertEquals("user-123", verifier.verify(token, PROVIDER, NOW).subject());

    claims.put("exp", NOW.minusSeconds(60).getEpochSecond());
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.EXPIRED_TOKEN,
        null);

    IdTokenVerifier strict = new IdTokenVerifier(Duration.ZERO);
    claims.put("exp", NOW.getEpochSecond());
    InvalidIdentityTokenException e =
        assertThrows(
            InvalidIdentityTokenException.class,
            () ->
                strict.verify(
                    TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
                    PROVIDER,
                    NOW));
    assertEquals(Reason.EXPIRED_TOKEN, e.reason());
    claims.put("exp", NOW.getEpochSecond() + 1);
    assertEquals(
        "user-123",
        strict
            .verify(
                TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()), PROVIDER, NOW)
            .subject());
  }

  @Test
  void refusesTokenNotValidYet() {
    Map<String, Object> claims = claims();
    claims.put("nbf", NOW.plusSeconds(300).getEpochSecond());
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token is not valid before 2025-06-01T12:05:00Z; the time is 2025-06-01T12:00:00Z"
            + " (clock skew 60 s)");
    claims.put("nbf", NOW.plusSeconds(60).getEpochSecond());
    assertEquals(
        "user-123",
        verifier
            .verify(
                TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()), PROVIDER, NOW)
            .subject());
    claims.put("nbf", NOW.plusSeconds(61).getEpochSecond());
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        null);
  }

  @Test
  void readsFractionalNumericDates() {
    Map<String, Object> claims = claims();
    claims.put("exp", NOW.getEpochSecond() + 100.5);
    VerifiedIdToken token =
        verifier.verify(
            TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()), PROVIDER, NOW);
    assertEquals(NOW.plusSeconds(100).plusMillis(500), token.expiresAt());
  }

  @Test
  void handlesDatesAtTheEndOfTime() {
    Map<String, Object> claims = claims();
    claims.put("exp", Instant.MAX.getEpochSecond());
    claims.put("nbf", Instant.MIN.getEpochSecond());
    VerifiedIdToken token =
        verifier.verify(
            TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()), PROVIDER, NOW);
    assertEquals(Instant.MAX.getEpochSecond(), token.expiresAt().getEpochSecond());
    claims.put("exp", Instant.MAX.getEpochSecond() + 1);
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's exp claim is out of range");
  }

  @Test
  void refusesMissingRequiredClaims() {
    for (String claim : List.of("sub", "iat", "exp")) {
      Map<String, Object> claims = claims();
      claims.remove(claim);
      assertRefused(
          TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
          Reason.INVALID_IDENTITY_TOKEN,
          "the token has no " + claim + " claim");
    }
  }

  @Test
  void refusesMistypedClaims() {
    Map<String, Object> claims = claims();
    claims.put("exp", "tomorrow");
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's exp claim is not a number of seconds");
    claims = claims();
    claims.put("iat", 1e300);
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's iat claim is out of range");
    claims = claims();
    claims.put("sub", "");
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's sub claim is not a non-empty string");
    claims = claims();
    claims.put("amr", List.of("pwd", 2));
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's amr claim is not a string or an array of strings");
  }

  @Test
  void refusesUnknownKid() {
    assertRefused(
        TestJwtSigner.rs256(
            "{\"alg\":\"RS256\",\"kid\":\"rsa-2\"}", payload(claims()), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the provider's key set has no key with the token's kid \"rsa-2\"");
    assertRefused(
        TestJwtSigner.rs256("{\"alg\":\"RS256\",\"kid\":7}", payload(claims()), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's kid is not a string");
  }

  @Test
  void refusesKeyOfTheWrongTypeForTheAlgorithm() {
    assertRefused(
        TestJwtSigner.rs256(
            "{\"alg\":\"RS256\",\"kid\":\"ec-1\"}", payload(claims()), RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's alg is RS256 but key \"ec-1\" is an EC key for ES256");
    assertRefused(
        TestJwtSigner.es256(
            "{\"alg\":\"ES256\",\"kid\":\"rsa-1\"}", payload(claims()), EC.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's alg is ES256 but key \"rsa-1\" is an RSA key for RS256");
  }

  @Test
  void refusesEs256SignaturesOfTheWrongShape() {
    assertRefused(
        TestJwtSigner.es256Der(ES_HEADER, payload(claims()), EC.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        null);
    String input = TestJwtSigner.signingInput(ES_HEADER, payload(claims()));
    assertRefused(
        input + "." + b64(new byte[63]),
        Reason.INVALID_IDENTITY_TOKEN,
        "an ES256 signature must be 64 bytes, found 63");
    // R = S = 0 passes a broken ECDSA check for every message (CVE-2022-21449).
    assertRefused(
        input + "." + b64(new byte[64]),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not valid");
  }

  @Test
  void refusesRs256SignatureOfTheWrongLength() {
    String input = TestJwtSigner.signingInput(RS_HEADER, payload(claims()));
    assertRefused(
        input + "." + b64(new byte[255]),
        Reason.INVALID_IDENTITY_TOKEN,
        "an RS256 signature with this key must be 256 bytes, found 255");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "a.b",
        "a.b.c.d",
        "eyJhbGciOiJSUzI1NiJ9..sig",
        "eyJhbGciOiJSUzI1NiJ9.e30.a+b/",
        "eyJhbGciOiJSUzI1NiJ9.e30=.AAAA",
        "eyJhbGciOiJSUzI1NiJ9.e31.AAAA",
        "eyJhbGci OiJSUzI1NiJ9.e30.AAAA",
        "bm90IGpzb24.e30.AAAA",
        "WzFd.e30.AAAA",
        "e30.e30.AAAA",
        "..",
      })
  void refusesMalformedTokens(String token) {
    assertRefused(token, Reason.INVALID_IDENTITY_TOKEN, null);
  }

  @Test
  void explainsMalformedTokens() {
    assertRefused(
        "a.b",
        Reason.INVALID_IDENTITY_TOKEN,
        "the token is not a compact JWS: expected three base64url parts separated by '.'");
    assertRefused(
        "eyJhbGciOiJSUzI1NiJ9.e30.a+b/",
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's signature is not base64url");
    assertRefused(
        "eyJhbGciOiJSUzI1NiJ9.e31.AAAA",
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's payload is not canonical unpadded base64url");
    assertRefused(
        "bm90IGpzb24.e30.AAAA",
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's header is not valid JSON (error at character 0)");
    assertRefused(
        "WzFd.e30.AAAA", Reason.INVALID_IDENTITY_TOKEN, "the token's header is not a JSON object");
    assertRefused("", Reason.INVALID_IDENTITY_TOKEN, "the token is empty");
    assertRefused(null, Reason.INVALID_IDENTITY_TOKEN, "the token is empty");
  }

  @Test
  void refusesValidlySignedPayloadThatIsNotAClaimsSet() {
    for (String payload : List.of("[1,2]", "not json", "{\"sub\":\"a\",\"sub\":\"b\"}", "{} {}")) {
      assertRefused(
          TestJwtSigner.rs256(RS_HEADER, payload, RSA.getPrivate()),
          Reason.INVALID_IDENTITY_TOKEN,
          null);
    }
    Map<String, Object> claims = claims();
    String duplicated = payload(claims).replace("{", "{\"sub\":\"admin\",");
    assertRefused(
        TestJwtSigner.rs256(RS_HEADER, duplicated, RSA.getPrivate()),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token's payload has more than one \"sub\"");
  }

  @Test
  void refusesOversizedTokenBeforeReadingIt() {
    Map<String, Object> claims = claims();
    claims.put("padding", "x".repeat(13_000));
    String token = TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate());
    assertTrue(token.length() > 16 * 1024);
    assertRefused(
        token, Reason.INVALID_IDENTITY_TOKEN, "the token is longer than 16384 characters");
    assertRefused(
        "x".repeat(1_000_000),
        Reason.INVALID_IDENTITY_TOKEN,
        "the token is longer than 16384 characters");

    claims.put("padding", "x".repeat(11_000));
    String justUnder = TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate());
    assertTrue(justUnder.length() <= 16 * 1024);
    assertEquals("user-123", verifier.verify(justUnder, PROVIDER, NOW).subject());
  }

  @Test
  void keepsAllClaims() {
    Map<String, Object> claims = claims();
    claims.put("email_verified", true);
    claims.put("groups", List.of("admins", "devs"));
    claims.put("ratio", 0.25);
    String json =
        payload(claims).replace("}", ",\"address\":{\"country\":\"NZ\"},\"nothing\":null}");
    VerifiedIdToken token =
        verifier.verify(TestJwtSigner.rs256(RS_HEADER, json, RSA.getPrivate()), PROVIDER, NOW);
    Map<String, Object> read = token.claims();
    assertEquals(ISSUER, read.get("iss"));
    assertEquals(NOW.getEpochSecond() + 3600, read.get("exp"));
    assertEquals(true, read.get("email_verified"));
    assertEquals(List.of("admins", "devs"), read.get("groups"));
    assertEquals(0.25, read.get("ratio"));
    assertEquals("{\"country\":\"NZ\"}", read.get("address"));
    assertFalse(read.containsKey("nothing"));
    assertThrows(UnsupportedOperationException.class, () -> read.put("sub", "admin"));
  }

  @Test
  void givesAwsConditionKeys() {
    Map<String, Object> claims = claims();
    claims.put("aud", List.of(CLIENT_ID, "https://api.example.com"));
    claims.put("amr", List.of("authenticated", "pwd"));
    VerifiedIdToken token =
        verifier.verify(
            TestJwtSigner.rs256(RS_HEADER, payload(claims), RSA.getPrivate()), PROVIDER, NOW);
    assertEquals(
        Map.of(
            "idp.example.com:sub", List.of("user-123"),
            "idp.example.com:aud", List.of(CLIENT_ID, "https://api.example.com"),
            "idp.example.com:amr", List.of("authenticated", "pwd")),
        token.conditionKeys());
    assertEquals(List.of("authenticated", "pwd"), token.amr());
  }

  @Test
  void conditionKeysUseTheIssuerPathAndOmitAbsentAmr() {
    String issuer = "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
    OidcProvider eks = new OidcProvider(issuer, List.of("sts.amazonaws.com"), PROVIDER.keys());
    Map<String, Object> claims = claims();
    claims.put("iss", issuer);
    claims.put("aud", "sts.amazonaws.com");
    claims.put("sub", "system:serviceaccount:default:app");
    VerifiedIdToken token =
        verifier.verify(TestJwtSigner.es256(ES_HEADER, payload(claims), EC.getPrivate()), eks, NOW);
    String prefix = "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
    assertEquals(
        Map.of(
            prefix + ":sub", List.of("system:serviceaccount:default:app"),
            prefix + ":aud", List.of("sts.amazonaws.com")),
        token.conditionKeys());
  }

  @Test
  void toStringNeverShowsTheToken() {
    String jwt = TestJwtSigner.rs256(RS_HEADER, payload(claims()), RSA.getPrivate());
    VerifiedIdToken token = verifier.verify(jwt, PROVIDER, NOW);
    assertEquals(
        "VerifiedIdToken[iss=https://idp.example.com, sub=user-123, aud=[gatehouse-app],"
            + " exp=2025-06-01T13:00:00Z]",
        token.toString());
    assertEquals("IdTokenVerifier[clock skew PT1M]", verifier.toString());
  }

  @Test
  void refusesUnreasonableClockSkew() {
    assertThrows(IllegalArgumentException.class, () -> new IdTokenVerifier(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> new IdTokenVerifier(Duration.ofMinutes(6)));
    assertEquals(Duration.ofMinutes(5), new IdTokenVerifier(Duration.ofMinutes(5)).clockSkew());
  }

  @Test
  void messagesSanitizeValuesFromTheToken() {
    String kid = "k\\n\\u001b[31mFAKE LOG LINE" + "x".repeat(100);
    InvalidIdentityTokenException e =
        assertRefused(
            TestJwtSigner.rs256(
                "{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}", payload(claims()), RSA.getPrivate()),
            Reason.INVALID_IDENTITY_TOKEN,
            null);
    assertFalse(e.getMessage().contains("\n"));
    assertFalse(e.getMessage().contains("\u001b"));
    assertTrue(e.getMessage().endsWith("...\""), e.getMessage());
  }

  /** Asserts a refusal, its code and (if given) message, and that the message omits the token. */
  private InvalidIdentityTokenException assertRefused(String token, Reason reason, String message) {
    InvalidIdentityTokenException e =
        assertThrows(
            InvalidIdentityTokenException.class, () -> verifier.verify(token, PROVIDER, NOW));
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(reason.errorCode(), e.errorCode());
    if (message != null) {
      assertEquals(message, e.getMessage());
    }
    if (token != null) {
      for (String part : token.split("\\.")) {
        if (part.length() > 8) {
          assertFalse(e.getMessage().contains(part), "the message contains part of the token");
        }
      }
    }
    return e;
  }

  private static Map<String, Object> claims() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("sub", "user-123");
    claims.put("aud", CLIENT_ID);
    claims.put("iat", NOW.minusSeconds(60).getEpochSecond());
    claims.put("exp", NOW.plusSeconds(3600).getEpochSecond());
    return claims;
  }

  /** Claims as JSON text; values are strings, numbers, booleans or lists of those. */
  static String payload(Map<String, Object> claims) {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, Object> claim : claims.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(claim.getKey()).append("\":").append(jsonValue(claim.getValue()));
    }
    return json.append('}').toString();
  }

  private static String jsonValue(Object value) {
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof List) {
      StringBuilder json = new StringBuilder("[");
      for (Object item : (List<?>) value) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append(jsonValue(item));
      }
      return json.append(']').toString();
    }
    return String.valueOf(value);
  }

  private static String flipSignatureBit(String token) {
    int dot = token.lastIndexOf('.');
    byte[] signature = java.util.Base64.getUrlDecoder().decode(token.substring(dot + 1));
    signature[signature.length / 2] ^= 0x01;
    return token.substring(0, dot + 1) + b64(signature);
  }
}
