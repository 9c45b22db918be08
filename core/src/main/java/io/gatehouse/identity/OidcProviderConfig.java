package io.gatehouse.identity;

import java.util.List;
import java.util.Objects;

/**
 * An OpenID Connect identity provider trusted by the account for federation
 * (AssumeRoleWithWebIdentity).
 *
 * @param arn {@code arn:aws:iam::ACCOUNT:oidc-provider/HOST[/PATH]}
 * @param issuer the issuer URL, e.g. {@code https://idp.example.com}
 * @param clientIds the audiences accepted in ID tokens
 * @param jwks the provider's public keys as a JWKS JSON document
 */
public record OidcProviderConfig(String arn, String issuer, List<String> clientIds, String jwks) {
  /** Creates a provider configuration. */
  public OidcProviderConfig {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(issuer, "issuer");
    clientIds = List.copyOf(clientIds);
    Objects.requireNonNull(jwks, "jwks");
  }
}
