package io.gatehouse.sts.oidc;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** Key pairs generated once per test run, and their JWK JSON. */
final class TestKeys {
  static final KeyPair RSA = generate("RSA", 2048);
  static final KeyPair RSA_OTHER = generate("RSA", 2048);
  static final KeyPair EC = generateEc();
  static final KeyPair EC_OTHER = generateEc();

  private TestKeys() {}

  /** An RSA JWK: {@code {"kty":"RSA","kid":..,"alg":"RS256","use":"sig","n":..,"e":..}}. */
  static String rsaJwk(String kid, KeyPair pair) {
    RSAPublicKey key = (RSAPublicKey) pair.getPublic();
    return "{\"kty\":\"RSA\""
        + (kid == null ? "" : ",\"kid\":\"" + kid + "\"")
        + ",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
        + b64(unsigned(key.getModulus()))
        + "\",\"e\":\""
        + b64(unsigned(key.getPublicExponent()))
        + "\"}";
  }

  /** A P-256 JWK: {@code {"kty":"EC","crv":"P-256","kid":..,"x":..,"y":..}}. */
  static String ecJwk(String kid, KeyPair pair) {
    ECPublicKey key = (ECPublicKey) pair.getPublic();
    return "{\"kty\":\"EC\",\"crv\":\"P-256\""
        + (kid == null ? "" : ",\"kid\":\"" + kid + "\"")
        + ",\"x\":\""
        + b64(fixed(key.getW().getAffineX(), 32))
        + "\",\"y\":\""
        + b64(fixed(key.getW().getAffineY(), 32))
        + "\"}";
  }

  /** A key set document holding the given JWKs. */
  static String jwks(String... keys) {
    return "{\"keys\":[" + String.join(",", keys) + "]}";
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  static byte[] fixed(BigInteger value, int length) {
    byte[] bytes = unsigned(value);
    byte[] out = new byte[length];
    System.arraycopy(bytes, 0, out, length - bytes.length, bytes.length);
    return out;
  }

  private static KeyPair generate(String algorithm, int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair generateEc() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
