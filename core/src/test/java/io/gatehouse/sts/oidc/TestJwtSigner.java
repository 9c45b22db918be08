package io.gatehouse.sts.oidc;

import static io.gatehouse.sts.oidc.TestKeys.b64;
import static io.gatehouse.sts.oidc.TestKeys.fixed;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Makes compact JWS tokens from header and payload JSON text, for tests only. */
final class TestJwtSigner {
  private TestJwtSigner() {}

  /** An RS256 token. */
  static String rs256(String header, String payload, PrivateKey key) {
    String input = signingInput(header, payload);
    return input + "." + b64(sign("SHA256withRSA", key, input));
  }

  /** An ES256 token, its signature converted from DER to JWS's R || S. */
  static String es256(String header, String payload, PrivateKey key) {
    String input = signingInput(header, payload);
    return input + "." + b64(derToRaw(sign("SHA256withECDSA", key, input)));
  }

  /** An ES256 token whose signature is left in DER, as a careless signer might send it. */
  static String es256Der(String header, String payload, PrivateKey key) {
    String input = signingInput(header, payload);
    return input + "." + b64(sign("SHA256withECDSA", key, input));
  }

  /** An HS256 token with the given bytes as the HMAC secret. */
  static String hs256(String header, String payload, byte[] secret) {
    String input = signingInput(header, payload);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token: header and payload and an empty signature. */
  static String unsigned(String header, String payload) {
    return signingInput(header, payload) + ".";
  }

  static String signingInput(String header, String payload) {
    return b64(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64(payload.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sign(String algorithm, PrivateKey key, String input) {
    try {
      Signature signature = Signature.getInstance(algorithm);
      signature.initSign(key);
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** DER {@code SEQUENCE {INTEGER r, INTEGER s}} to 32-byte R || 32-byte S. */
  static byte[] derToRaw(byte[] der) {
    int offset = 2; // SEQUENCE tag and short-form length
    int rLength = der[offset + 1];
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(der, offset + 2, offset + 2 + rLength));
    offset += 2 + rLength;
    int sLength = der[offset + 1];
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(der, offset + 2, offset + 2 + sLength));
    byte[] raw = new byte[64];
    System.arraycopy(fixed(r, 32), 0, raw, 0, 32);
    System.arraycopy(fixed(s, 32), 0, raw, 32, 32);
    return raw;
  }
}
