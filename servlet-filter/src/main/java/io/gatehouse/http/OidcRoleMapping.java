package io.gatehouse.http;

import java.util.Objects;

/**
 * Bearer ID tokens of one OpenID Connect provider act as sessions of one role, as with
 * AssumeRoleWithWebIdentity. The provider itself (its keys and client ids) is configured in the
 * role's account ({@code OpenIDConnectProviders}), whose trust policy must allow it.
 *
 * @param issuer the provider's issuer URL, as in the tokens' {@code iss}
 * @param roleArn the role the tokens act as
 */
public record OidcRoleMapping(String issuer, String roleArn) {
  /** Checks presence. */
  public OidcRoleMapping {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(roleArn, "roleArn");
  }
}
