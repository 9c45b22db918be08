/**
 * Verification of OpenID Connect ID tokens for web identity federation, the checks AWS STS makes in
 * {@code AssumeRoleWithWebIdentity} before it looks at a role's trust policy: a configured {@link
 * io.gatehouse.sts.oidc.OidcProvider} (issuer, client ids and its {@link
 * io.gatehouse.sts.oidc.JsonWebKeySet}), an {@link io.gatehouse.sts.oidc.IdTokenVerifier} that
 * checks a token's RS256 or ES256 signature and its claims, and the {@link
 * io.gatehouse.sts.oidc.VerifiedIdToken} it returns, with the provider-qualified condition keys
 * ({@code idp.example.com:sub}, {@code :aud}, {@code :amr}) that trust policies test.
 *
 * <p>Nothing here fetches anything: the key set is given, never taken from a token's {@code jku},
 * {@code x5u} or {@code jwk} header. Refusals are {@link
 * io.gatehouse.sts.oidc.InvalidIdentityTokenException}s with AWS STS's error codes.
 */
package io.gatehouse.sts.oidc;
