package io.gatehouse.sigv4;

import io.gatehouse.identity.Accounts;
import io.gatehouse.sts.SecurityTokenService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the secret that a request's access key id must have signed with.
 *
 * <p>An implementation returns empty for an unknown or inactive key or an invalid session token
 * (the verifier answers {@code InvalidClientTokenId}); it may instead throw {@link
 * io.gatehouse.sts.StsException}, whose code (e.g. {@code ExpiredToken}) the verifier passes on.
 */
@FunctionalInterface
public interface CredentialLookup {
  /**
   * The secret for this access key id.
   *
   * @param accessKeyId the access key id of the request's credential scope
   * @param sessionTokenOrNull the request's {@code X-Amz-Security-Token}, or null
   */
  Optional<SigningSecret> secretFor(String accessKeyId, String sessionTokenOrNull);

  /**
   * The usual wiring: requests without a session token are signed with an {@code Active} access
   * key of an account in the current snapshot; requests with one are signed with the temporary
   * secret of an STS session that {@code sts} verifies.
   *
   * @param accounts the current account snapshot, read at every lookup
   * @param sts verifies session tokens; null to refuse every session token
   */
  static CredentialLookup of(Supplier<Accounts> accounts, SecurityTokenService sts) {
    return new AccountCredentialLookup(accounts, sts);
  }
}
