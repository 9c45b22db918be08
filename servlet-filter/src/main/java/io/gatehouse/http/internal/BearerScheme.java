package io.gatehouse.http.internal;

import io.gatehouse.http.HttpExchange;
import io.gatehouse.http.OidcRoleMapping;
import io.gatehouse.sts.AssumeRoleResult;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import io.gatehouse.sts.internal.UnverifiedIssuer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code Authorization: Bearer} with an OpenID Connect ID token: the issuer picks the role, and the
 * token is exchanged exactly as AssumeRoleWithWebIdentity would (signature, issuer, audience and
 * expiry verified, the role's trust policy consulted); the request then acts as that role session.
 */
final class BearerScheme implements CredentialScheme {
  static final String CHALLENGE = "Bearer realm=\"gatehouse\"";
  private static final String INVALID = "Bearer realm=\"gatehouse\", error=\"invalid_token\"";

  private final List<OidcRoleMapping> mappings;
  private final SecurityTokenService sts;

  BearerScheme(List<OidcRoleMapping> mappings, SecurityTokenService sts) {
    this.mappings = List.copyOf(mappings);
    this.sts = sts;
  }

  @Override
  public Optional<Authenticated> authenticate(HttpExchange exchange, Instant now) {
    Optional<String> header = exchange.header("Authorization");
    if (header.isEmpty() || !header.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.get().substring(7).strip();
    String issuer = UnverifiedIssuer.of(token);
    OidcRoleMapping mapping = mappings.stream().filter(m -> m.issuer().equals(issuer)).findFirst()
        .orElseThrow(() -> HttpProblem.unauthorized("InvalidIdentityToken",
            "The token's issuer is not a configured identity provider.", INVALID));
    try {
      AssumeRoleResult r = sts.assumeRoleWithWebIdentity(mapping.roleArn(), sessionName(token), token, null, null,
          null);
      String accessKeyId = r.credentials().accessKeyId();
      String sessionToken = r.credentials().sessionToken();
      return Optional.of(new Authenticated(sts.verify(accessKeyId, sessionToken).caller(), null, accessKeyId,
          sessionToken));
    } catch (StsException e) {
      throw HttpProblem.unauthorized(e.code(), e.getMessage(), INVALID);
    }
  }

  /**
   * A role session name for a token: {@code web-} and the start of the token's SHA-256, so that one
   * token always names the same session (the subject is in the session's audit record) and nothing
   * of the token itself is shown.
   */
  private static String sessionName(String token) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return "web-" + java.util.HexFormat.of().formatHex(hash, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String challenge() {
    return CHALLENGE;
  }
}
