package io.gatehouse.sts.oidc;

import static io.gatehouse.sts.oidc.InvalidIdentityTokenException.expired;
import static io.gatehouse.sts.oidc.InvalidIdentityTokenException.invalid;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies OpenID Connect ID tokens as AWS STS does for {@code AssumeRoleWithWebIdentity}, before
 * any trust policy is consulted:
 *
 * <ol>
 *   <li>the token is at most {@value #MAX_TOKEN_CHARS} characters of JWS compact serialization;
 *   <li>the header's {@code alg} is {@code RS256} or {@code ES256}; {@code none}, HMAC and every
 *       other algorithm are refused, as is a {@code crit} header;
 *   <li>the key is chosen from the provider's key set by the header's {@code kid}, and must be of
 *       the algorithm's type (RSA for RS256, EC P-256 for ES256); a token without {@code kid} is
 *       checked with the only key of a one-key set. Keys carried by the token itself ({@code jwk},
 *       {@code jku}, {@code x5u}, {@code x5c}) are ignored;
 *   <li>the signature verifies;
 *   <li>{@code iss} equals the provider's issuer exactly; {@code aud} (a string or an array)
 *       contains one of the provider's client ids; {@code sub} and {@code iat} are present; {@code
 *       exp} has not passed and {@code nbf}, if present, has, each within the allowed clock skew.
 * </ol>
 *
 * <p>Stateless apart from its settings, and thread-safe. The clock is passed in.
 */
public final class IdTokenVerifier {
  /** The longest token accepted, in characters. */
  public static final int MAX_TOKEN_CHARS = 16 * 1024;

  /** The clock skew allowed by {@link #IdTokenVerifier()}. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

  private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  private final Duration clockSkew;
  private final JsonObjectReader json = new JsonObjectReader(MAX_TOKEN_CHARS);

  /** A verifier that allows {@link #DEFAULT_CLOCK_SKEW} (60 seconds) of clock skew. */
  public IdTokenVerifier() {
    this(DEFAULT_CLOCK_SKEW);
  }

  /**
   * A verifier with another allowed clock skew between the provider and this server.
   *
   * @param clockSkew zero to five minutes
   * @throws IllegalArgumentException if {@code clockSkew} is negative or over five minutes
   */
  public IdTokenVerifier(Duration clockSkew) {
    Objects.requireNonNull(clockSkew, "clockSkew");
    if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException("the clock skew must be between 0 and 5 minutes");
    }
    this.clockSkew = clockSkew;
  }

  /** The allowed clock skew. */
  public Duration clockSkew() {
    return clockSkew;
  }

  /**
   * Verifies an ID token issued by {@code provider}.
   *
   * @param jwt the token, in JWS compact serialization
   * @param provider the provider the token claims to come from
   * @param now the current time
   * @return the verified token; never null
   * @throws InvalidIdentityTokenException if the token is refused: {@code ExpiredTokenException} if
   *     it has expired, {@code InvalidIdentityToken} for everything else
   * @throws NullPointerException if {@code provider} or {@code now} is null
   */
  public VerifiedIdToken verify(String jwt, OidcProvider provider, Instant now) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(now, "now");
    if (jwt == null || jwt.isEmpty()) {
      throw invalid("the token is empty");
    }
    if (jwt.length() > MAX_TOKEN_CHARS) {
      throw invalid("the token is longer than " + MAX_TOKEN_CHARS + " characters");
    }
    CompactJws jws = CompactJws.parse(jwt, json);
    JwsAlgorithm algorithm = algorithm(jws);
    JsonWebKey key = key(jws, algorithm, provider.keys());
    verifySignature(jws, algorithm, key.publicKey());
    Map<String, Object> claims;
    try {
      claims = json.read(jws.payload(), "the token's payload");
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    return checkClaims(claims, provider, now);
  }

  /** The allowed clock skew; a verifier holds no secrets. */
  @Override
  public String toString() {
    return "IdTokenVerifier[clock skew " + clockSkew + "]";
  }

  private static JwsAlgorithm algorithm(CompactJws jws) {
    String name = jws.algorithm();
    if (name == null) {
      throw invalid("the token's header has no alg");
    }
    JwsAlgorithm algorithm = JwsAlgorithm.named(name);
    if (algorithm == null) {
      throw invalid(
          "the token's alg "
              + DisplayText.quote(name)
              + " is not supported; expected RS256 or ES256");
    }
    if (jws.header().containsKey("crit")) {
      throw invalid("the token's header lists critical extensions (crit), which are not supported");
    }
    return algorithm;
  }

  private static JsonWebKey key(CompactJws jws, JwsAlgorithm algorithm, JsonWebKeySet keys) {
    Object kid = jws.header().get("kid");
    JsonWebKey key = null;
    if (kid == null) {
      if (keys.size() != 1) {
        throw invalid(
            "the token has no kid and the provider's key set has "
                + keys.size()
                + " keys; cannot choose one");
      }
      key = keys.keys().get(0);
    } else if (!(kid instanceof String)) {
      throw invalid("the token's kid is not a string");
    } else {
      for (JsonWebKey candidate : keys.keys()) {
        if (kid.equals(candidate.keyId())) {
          key = candidate;
        }
      }
      if (key == null) {
        throw invalid(
            "the provider's key set has no key with the token's kid "
                + DisplayText.quote((String) kid));
      }
    }
    if (key.algorithm() != algorithm) {
      throw invalid(
          "the token's alg is "
              + algorithm
              + " but key "
              + (key.keyId() == null ? "(no kid)" : DisplayText.quote(key.keyId()))
              + " is an "
              + key.algorithm().keyType()
              + " key for "
              + key.algorithm());
    }
    return key;
  }

  private static void verifySignature(CompactJws jws, JwsAlgorithm algorithm, PublicKey key) {
    byte[] signature = jws.signature();
    if (algorithm == JwsAlgorithm.ES256) {
      if (signature.length != 2 * P256.FIELD_BYTES) {
        throw invalid(
            "an ES256 signature must be "
                + 2 * P256.FIELD_BYTES
                + " bytes, found "
                + signature.length);
      }
      signature = P256.derSignature(signature, ((ECPublicKey) key).getParams());
      if (signature == null) {
        throw invalid("the token's signature is not valid");
      }
    } else {
      int modulusBytes = (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
      if (signature.length != modulusBytes) {
        throw invalid(
            "an RS256 signature with this key must be "
                + modulusBytes
                + " bytes, found "
                + signature.length);
      }
    }
    boolean valid;
    try {
      Signature verifier = Signature.getInstance(algorithm.jcaName());
      verifier.initVerify(key);
      verifier.update(jws.signingInput());
      valid = verifier.verify(signature);
    } catch (SignatureException e) {
      valid = false;
    } catch (GeneralSecurityException e) {
      // Both algorithms are in every Java SE 17 runtime, and the key's type was checked above.
      throw new IllegalStateException("cannot verify " + algorithm + " signatures", e);
    }
    if (!valid) {
      throw invalid("the token's signature is not valid");
    }
  }

  private VerifiedIdToken checkClaims(
      Map<String, Object> claims, OidcProvider provider, Instant now) {
    String issuer = ClaimValues.requiredString(claims, "iss");
    if (!issuer.equals(provider.issuer())) {
      throw invalid(
          "the token's issuer "
              + DisplayText.quote(issuer)
              + " is not the provider's issuer "
              + DisplayText.quote(provider.issuer()));
    }
    if (!claims.containsKey("aud")) {
      throw invalid("the token has no aud claim");
    }
    List<String> audiences = ClaimValues.stringOrStrings(claims, "aud");
    if (audiences.stream().noneMatch(provider.audiences()::contains)) {
      throw invalid("the token's audience is not a client id registered for the provider");
    }
    String subject = ClaimValues.requiredString(claims, "sub");
    Instant issuedAt = ClaimValues.requiredNumericDate(claims, "iat");
    Instant expiresAt = ClaimValues.requiredNumericDate(claims, "exp");
    Instant notBefore = ClaimValues.numericDate(claims, "nbf");
    List<String> amr = ClaimValues.stringOrStrings(claims, "amr");
    // Skew is applied to now, not to the token's dates, which may lie at the end of Instant's
    // range.
    if (!now.minus(clockSkew).isBefore(expiresAt)) {
      throw expired(
          "the token expired at "
              + expiresAt
              + "; the time is "
              + now
              + " (clock skew "
              + clockSkew.toSeconds()
              + " s)");
    }
    if (notBefore != null && now.plus(clockSkew).isBefore(notBefore)) {
      throw invalid(
          "the token is not valid before "
              + notBefore
              + "; the time is "
              + now
              + " (clock skew "
              + clockSkew.toSeconds()
              + " s)");
    }
    return new VerifiedIdToken(
        provider.issuerWithoutScheme(),
        issuer,
        subject,
        audiences,
        amr,
        issuedAt,
        expiresAt,
        claims);
  }
}
