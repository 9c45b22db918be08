package io.gatehouse.sts.oidc;

import static io.gatehouse.sts.oidc.TestKeys.EC;
import static io.gatehouse.sts.oidc.TestKeys.RSA;
import static io.gatehouse.sts.oidc.TestKeys.b64;
import static io.gatehouse.sts.oidc.TestKeys.ecJwk;
import static io.gatehouse.sts.oidc.TestKeys.jwks;
import static io.gatehouse.sts.oidc.TestKeys.rsaJwk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonWebKeySetTest {

  @Test
  void readsRsaAndEcKeysByKid() {
    JsonWebKeySet set = JsonWebKeySet.parse(jwks(rsaJwk("rsa-1", RSA), ecJwk("ec-1", EC)));
    assertEquals(2, set.size());
    assertEquals(List.of("rsa-1", "ec-1"), List.copyOf(set.keyIds()));
    assertEquals(Optional.of(RSA.getPublic()), set.key("rsa-1"));
    assertEquals(Optional.of(EC.getPublic()), set.key("ec-1"));
    assertEquals(Optional.empty(), set.key("nope"));
    assertEquals(JwsAlgorithm.RS256, set.keys().get(0).algorithm());
    assertEquals(JwsAlgorithm.ES256, set.keys().get(1).algorithm());
    assertEquals("JsonWebKeySet[rsa-1 RS256, ec-1 ES256]", set.toString());
  }

  @Test
  void readsAProviderStyleDocumentWithExtraMembers() {
    RSAPublicKey key = (RSAPublicKey) RSA.getPublic();
    String json =
        "{\n  \"keys\": [\n    {\n      \"kty\": \"RSA\",\n      \"use\": \"sig\",\n"
            + "      \"key_ops\": [\"verify\"],\n      \"kid\": \"2024-11\",\n"
            + "      \"x5t\": \"abc\",\n      \"x5c\": [\"MIIC...\", \"MIID...\"],\n"
            + "      \"n\": \""
            + b64(TestKeys.unsigned(key.getModulus()))
            + "\",\n"
            + "      \"e\": \"AQAB\",\n      \"alg\": \"RS256\",\n"
            + "      \"ext\": {\"nested\": [1, {\"deep\": true}]}\n    }\n  ],\n"
            + "  \"issuer\": \"https://idp.example.com\"\n}";
    JsonWebKeySet set = JsonWebKeySet.parse(json);
    assertEquals(Set.of("2024-11"), set.keyIds());
    assertEquals(Optional.of(RSA.getPublic()), set.key("2024-11"));
  }

  @Test
  void keepsKeysWithoutKidAndWithoutAlgOrUse() {
    String bareRsa = rsaJwk(null, RSA).replace(",\"alg\":\"RS256\",\"use\":\"sig\"", "");
    JsonWebKeySet set = JsonWebKeySet.parse(jwks(bareRsa, ecJwk(null, EC)));
    assertEquals(2, set.size());
    assertEquals(Set.of(), set.keyIds());
    assertEquals("JsonWebKeySet[(no kid) RS256, (no kid) ES256]", set.toString());
  }

  @Test
  void skipsKeysThatCannotVerifyIdTokens() {
    String json =
        jwks(
            "{\"kty\":\"oct\",\"kid\":\"hmac\",\"k\":\"c2VjcmV0\"}",
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"ed\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}",
            "{\"kty\":\"EC\",\"crv\":\"P-384\",\"kid\":\"p384\",\"x\":\"AA\",\"y\":\"AA\"}",
            rsaJwk("enc", RSA).replace("\"use\":\"sig\"", "\"use\":\"enc\""),
            rsaJwk("rs512", RSA).replace("RS256", "RS512"),
            rsaJwk("ps256", RSA).replace("RS256", "PS256"),
            ecJwk("es-as-rsa", EC).replace("\"crv\"", "\"alg\":\"RS256\",\"crv\""),
            rsaJwk("ops", RSA).replace("\"use\":\"sig\"", "\"key_ops\":[\"encrypt\"]"),
            "{\"kty\":\"RSA\",\"kid\":\"enc-broken\",\"use\":\"enc\"}",
            rsaJwk("good", RSA));
    JsonWebKeySet set = JsonWebKeySet.parse(json);
    assertEquals(Set.of("good"), set.keyIds());
    assertEquals(1, set.size());
  }

  @Test
  void acceptsAnEmptyKeySet() {
    assertEquals(0, JsonWebKeySet.parse("{\"keys\":[]}").size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[] | a JSON Web Key Set must be a JSON object",
        "\"\" | a JSON Web Key Set must be a JSON object",
        "1 | a JSON Web Key Set must be a JSON object",
        "{ | the key set is not valid JSON",
        "{\"keys\":[]} x | the key set is not valid JSON",
        "{\"keys\":[]}{} | the key set has content after its closing '}'",
        "{} | the key set has no \"keys\" member",
        "{\"keys\":[],\"keys\":[]} | the key set has more than one \"keys\" member",
        "{\"keys\":{}} | \"keys\" must be an array",
        "{\"keys\":[1]} | keys[0] must be a JSON object",
        "{\"keys\":[{}]} | keys[0] has no \"kty\"",
        "{\"keys\":[{\"kty\":1}]} | keys[0].kty must be a string",
        "{\"keys\":[{\"kty\":\"RSA\",\"kty\":\"EC\"}]} | keys[0] has more than one \"kty\"",
        "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"a\",\"e\":\"AQAB\"}]} | keys[0] (kid \"a\") has no"
            + " \"n\"",
        "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"AA==\",\"e\":\"AQAB\"}]} | keys[0].n is not canonical"
            + " unpadded base64url",
        "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"A+A\",\"e\":\"AQAB\"}]} | keys[0].n is not base64url",
        "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"\",\"e\":\"AQAB\"}]} | keys[0].n is empty",
        "{\"keys\":[{\"kty\":\"EC\",\"x\":\"AA\",\"y\":\"AA\"}]} | keys[0] has no \"crv\"",
        "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}]}"
            + " | keys[0]: P-256 coordinates x and y must be 32 bytes each",
        "{\"keys\":[{\"kty\":\"RSA\",\"key_ops\":\"verify\"}]} | keys[0].key_ops must be an array"
            + " of strings",
        "{\"keys\":[{\"kty\":\"RSA\",\"key_ops\":[1]}]} | keys[0].key_ops must be an array of"
            + " strings",
      })
  void explainsMalformedDocuments(String json, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonWebKeySet.parse(json));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void refusesRsaKeysUnder2048Bits() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JsonWebKeySet.parse(jwks(rsaJwk("weak", generator.generateKeyPair()))));
    assertEquals(
        "keys[0] (kid \"weak\"): the RSA modulus has 1024 bits; at least 2048 are required",
        e.getMessage());
  }

  @Test
  void refusesInvalidRsaExponents() {
    for (String e :
        List.of(
            "AQ",
            "Ag",
            "AA",
            b64(BigInteger.ONE.shiftLeft(40).add(BigInteger.ONE).toByteArray()))) {
      String jwk = rsaJwk("k", RSA).replace("\"e\":\"AQAB\"", "\"e\":\"" + e + "\"");
      IllegalArgumentException x =
          assertThrows(IllegalArgumentException.class, () -> JsonWebKeySet.parse(jwks(jwk)));
      assertTrue(x.getMessage().startsWith("keys[0] (kid \"k\")"), x.getMessage());
    }
  }

  @Test
  void refusesEcPointsOffTheCurve() {
    String jwk = ecJwk("bad", EC);
    // Replace y with y + 1: same length, no longer on the curve.
    String y = jwk.replaceAll(".*\"y\":\"([^\"]+)\".*", "$1");
    byte[] yBytes = java.util.Base64.getUrlDecoder().decode(y);
    yBytes[31] ^= 1;
    String offCurve = jwk.replace(y, b64(yBytes));
    assertEquals(
        "keys[0] (kid \"bad\"): the point (x, y) is not on the P-256 curve",
        assertThrows(IllegalArgumentException.class, () -> JsonWebKeySet.parse(jwks(offCurve)))
            .getMessage());
  }

  @Test
  void refusesTwoKeysWithOneKid() {
    assertEquals(
        "the key set has more than one key with kid \"k\"",
        assertThrows(
                IllegalArgumentException.class,
                () -> JsonWebKeySet.parse(jwks(rsaJwk("k", RSA), ecJwk("k", EC))))
            .getMessage());
  }

  @Test
  void refusesOversizedDocuments() {
    String many = jwks(Collections.nCopies(101, "{\"kty\":\"oct\"}").toArray(new String[0]));
    assertEquals(
        "the key set has more than 100 keys",
        assertThrows(IllegalArgumentException.class, () -> JsonWebKeySet.parse(many)).getMessage());
    String huge = "{\"keys\":[],\"pad\":\"" + "x".repeat(256 * 1024) + "\"}";
    assertEquals(
        "the key set is longer than 262144 characters",
        assertThrows(IllegalArgumentException.class, () -> JsonWebKeySet.parse(huge)).getMessage());
    String deep = "{\"keys\":[],\"x\":" + "[".repeat(50) + "]".repeat(50) + "}";
    assertThrows(IllegalArgumentException.class, () -> JsonWebKeySet.parse(deep));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> JsonWebKeySet.parse(null));
  }
}
