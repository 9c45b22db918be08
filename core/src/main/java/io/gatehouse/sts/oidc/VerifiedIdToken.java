package io.gatehouse.sts.oidc;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ID token whose signature, issuer, audience and validity period {@link IdTokenVerifier} has
 * checked: its principal claims and all its claims. Immutable.
 *
 * <p>{@link #conditionKeys()} gives the claims as the provider-qualified condition keys AWS puts in
 * the request context of {@code AssumeRoleWithWebIdentity} for trust policies ({@code
 * idp.example.com:sub}, {@code idp.example.com:aud}, {@code idp.example.com:amr}).
 */
public final class VerifiedIdToken {
  private final String providerName;
  private final String issuer;
  private final String subject;
  private final List<String> audiences;
  private final List<String> amr;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private final Map<String, Object> claims;

  VerifiedIdToken(
      String providerName,
      String issuer,
      String subject,
      List<String> audiences,
      List<String> amr,
      Instant issuedAt,
      Instant expiresAt,
      Map<String, Object> claims) {
    this.providerName = Objects.requireNonNull(providerName);
    this.issuer = Objects.requireNonNull(issuer);
    this.subject = Objects.requireNonNull(subject);
    this.audiences = List.copyOf(audiences);
    this.amr = List.copyOf(amr);
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
    this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
  }

  /** The {@code iss} claim, equal to the provider's issuer URL. */
  public String issuer() {
    return issuer;
  }

  /** The {@code sub} claim: the user's id at the provider. */
  public String subject() {
    return subject;
  }

  /** The {@code aud} claim as a list (a single string becomes a list of one). */
  public List<String> audiences() {
    return audiences;
  }

  /** The {@code amr} claim (authentication methods), empty if the token has none. */
  public List<String> amr() {
    return amr;
  }

  /** The {@code iat} claim. */
  public Instant issuedAt() {
    return issuedAt;
  }

  /** The {@code exp} claim. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Every claim of the token, read-only, in token order: {@code String}, {@code Boolean}, {@code
   * Long}, {@code BigInteger}, {@code Double}, or a {@code List} of those; a nested object is kept
   * as its JSON text.
   */
  public Map<String, Object> claims() {
    return claims;
  }

  /**
   * The claims as AWS's condition keys for OIDC federation, read-only: {@code PROVIDER:sub} (the
   * subject), {@code PROVIDER:aud} (the audiences) and, if the token has the claim, {@code
   * PROVIDER:amr}, where PROVIDER is the issuer without {@code https://}, e.g. {@code
   * idp.example.com:sub}. Each key maps to its values (one for {@code sub}).
   */
  public Map<String, List<String>> conditionKeys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put(providerName + ":sub", List.of(subject));
    keys.put(providerName + ":aud", audiences);
    if (!amr.isEmpty()) {
      keys.put(providerName + ":amr", amr);
    }
    return Collections.unmodifiableMap(keys);
  }

  /** Issuer, subject, audiences and expiry; never the token. */
  @Override
  public String toString() {
    return "VerifiedIdToken[iss="
        + issuer
        + ", sub="
        + subject
        + ", aud="
        + audiences
        + ", exp="
        + expiresAt
        + "]";
  }
}
