package io.gatehouse.identity;

import io.gatehouse.Principal;
import io.gatehouse.policy.PolicyDocument;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What temporary credentials carry about their session: who it is (a role session, or a user's
 * session from GetSessionToken), when it was issued and expires, its MFA state, its session policies
 * and session tags. Immutable; normally read from a verified session token.
 *
 * @param principal the session's principal: an assumed-role ARN (with its role ARN), or the user
 * @param accessKeyId the temporary access key id ({@code ASIA...})
 * @param roleId for a role session, the role's unique id, so that a session of a deleted and
 *     re-created role is refused; for a user session, the user's id
 * @param issuedAt when the credentials were issued ({@code aws:TokenIssueTime})
 * @param expiresAt when they expire
 * @param mfaAuthenticatedAt when MFA was presented, or null if it was not
 * @param sessionPolicies inline session policies
 * @param managedSessionPolicyArns managed policies passed as session policies
 * @param sessionTags session tags ({@code aws:PrincipalTag/...}, overriding the role's tags)
 * @param sourceIdentity the source identity, or null
 * @param chained true if the session was created by a role session (role chaining)
 * @param webIdentityProvider for a session from AssumeRoleWithWebIdentity, the provider's ARN
 */
public record TemporarySession(
    Principal principal,
    String accessKeyId,
    String roleId,
    Instant issuedAt,
    Instant expiresAt,
    Instant mfaAuthenticatedAt,
    List<PolicyDocument> sessionPolicies,
    List<String> managedSessionPolicyArns,
    List<Tag> sessionTags,
    String sourceIdentity,
    boolean chained,
    String webIdentityProvider) {

  /** Copies the lists. */
  public TemporarySession {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    sessionPolicies = List.copyOf(sessionPolicies);
    managedSessionPolicyArns = List.copyOf(managedSessionPolicyArns);
    sessionTags = List.copyOf(sessionTags);
  }

  /** True if session policies were passed: they then limit the session. */
  public boolean hasSessionPolicies() {
    return !sessionPolicies.isEmpty() || !managedSessionPolicyArns.isEmpty();
  }

  /** When MFA was presented, if it was. */
  public Optional<Instant> mfaAuthenticated() {
    return Optional.ofNullable(mfaAuthenticatedAt);
  }
}
