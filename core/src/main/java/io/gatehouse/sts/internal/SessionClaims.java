package io.gatehouse.sts.internal;

import io.gatehouse.identity.Tag;
import java.util.List;
import java.util.Objects;

/**
 * What a session token says: the session's identity and limits. Times are epoch seconds.
 *
 * @param keyId the signing key's id
 * @param accessKeyId the temporary access key id
 * @param accountId the account that issued the token (and owns the role or user)
 * @param principalArn the session's principal ARN (assumed-role session or user)
 * @param roleArn for a role session, the role's ARN; null for a user session
 * @param principalId the role's or user's unique id at issue time
 * @param issuedAt issue time
 * @param expiresAt expiry
 * @param mfaAuthenticatedAt when MFA was presented, -1 if not
 * @param sessionPolicies inline session policies, as JSON text
 * @param managedPolicyArns managed session policy ARNs
 * @param tags session tags
 * @param sourceIdentity the source identity, or null
 * @param webIdentityProvider the OIDC provider ARN for web identity sessions, or null
 * @param chained true if made by a role session
 */
public record SessionClaims(
    String keyId,
    String accessKeyId,
    String accountId,
    String principalArn,
    String roleArn,
    String principalId,
    long issuedAt,
    long expiresAt,
    long mfaAuthenticatedAt,
    List<String> sessionPolicies,
    List<String> managedPolicyArns,
    List<Tag> tags,
    String sourceIdentity,
    String webIdentityProvider,
    boolean chained) {

  /** Checks the required claims and copies the lists. */
  public SessionClaims {
    Objects.requireNonNull(keyId, "kid");
    Objects.requireNonNull(accessKeyId, "akid");
    Objects.requireNonNull(accountId, "acct");
    Objects.requireNonNull(principalArn, "arn");
    Objects.requireNonNull(principalId, "id");
    sessionPolicies = List.copyOf(sessionPolicies);
    managedPolicyArns = List.copyOf(managedPolicyArns);
    tags = List.copyOf(tags);
  }

  /** Collects claims while reading a token. */
  static final class Builder {
    String keyId;
    String accessKeyId;
    String accountId;
    String principalArn;
    String roleArn;
    String principalId;
    long issuedAt;
    long expiresAt;
    long mfaAuthenticatedAt = -1;
    List<String> sessionPolicies = List.of();
    List<String> managedPolicyArns = List.of();
    List<Tag> tags = List.of();
    String sourceIdentity;
    String webIdentityProvider;
    boolean chained;

    SessionClaims build() {
      return new SessionClaims(keyId, accessKeyId, accountId, principalArn, roleArn, principalId, issuedAt,
          expiresAt, mfaAuthenticatedAt, sessionPolicies, managedPolicyArns, tags, sourceIdentity,
          webIdentityProvider, chained);
    }
  }
}
