package io.gatehouse.sts.oidc;

/**
 * The JWS signature algorithms an ID token may use (RFC 7518), each tied to one key type so that a
 * token cannot choose to be checked with a key of another kind. HMAC algorithms are absent on
 * purpose: a provider's public key must never serve as a shared secret.
 */
enum JwsAlgorithm {
  RS256("SHA256withRSA", "RSA"),
  ES256("SHA256withECDSA", "EC");

  private final String jcaName;
  private final String keyType;

  JwsAlgorithm(String jcaName, String keyType) {
    this.jcaName = jcaName;
    this.keyType = keyType;
  }

  /** The {@link java.security.Signature} algorithm name. */
  String jcaName() {
    return jcaName;
  }

  /** The JWK {@code kty} of the keys that verify this algorithm. */
  String keyType() {
    return keyType;
  }

  /** The algorithm with this exact JWS name, or null. */
  static JwsAlgorithm named(String name) {
    for (JwsAlgorithm a : values()) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }

  /** The algorithm for keys of this {@code kty}, or null. */
  static JwsAlgorithm forKeyType(String kty) {
    for (JwsAlgorithm a : values()) {
      if (a.keyType.equals(kty)) {
        return a;
      }
    }
    return null;
  }
}
