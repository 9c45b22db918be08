package io.gatehouse.sigv4;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Accounts;
import io.gatehouse.sts.SecurityTokenService;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** Secrets from account access keys (active ones only) and from STS session tokens. */
final class AccountCredentialLookup implements CredentialLookup {
  private final Supplier<Accounts> accounts;
  private final SecurityTokenService sts;

  AccountCredentialLookup(Supplier<Accounts> accounts, SecurityTokenService sts) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.sts = sts;
  }

  @Override
  public Optional<SigningSecret> secretFor(String accessKeyId, String sessionTokenOrNull) {
    if (sessionTokenOrNull != null) {
      if (sts == null) {
        return Optional.empty();
      }
      // Throws StsException (InvalidClientTokenId, ExpiredToken), which the verifier passes on.
      return Optional.of(new SigningSecret(sts.verify(accessKeyId, sessionTokenOrNull).secretAccessKey()));
    }
    return accounts.get().accessKey(accessKeyId)
        .filter(AccessKey::active)
        .map(k -> new SigningSecret(k.secretAccessKey()));
  }
}
