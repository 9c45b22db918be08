package io.gatehouse.api.internal;

import io.gatehouse.Principal;
import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.User;
import io.gatehouse.sigv4.CredentialLookup;
import io.gatehouse.sigv4.SigV4Verifier;
import io.gatehouse.sigv4.SignatureException;
import io.gatehouse.sigv4.SignedRequest;
import io.gatehouse.sigv4.VerifiedSignature;
import io.gatehouse.store.AccessKeyUsageRecorder;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Who signed a Query request: verifies its SigV4 signature against the accounts' active access
 * keys and STS session tokens, checks the credential scope names the API's service ({@code iam} or
 * {@code sts}; any region, as IAM is global), and gives the caller. A long-term key's use is noted
 * for its last-used date.
 */
public final class SignatureAuthenticator {
  private final SigV4Verifier verifier = new SigV4Verifier();
  private final Supplier<Accounts> accounts;
  private final SecurityTokenService sts;
  private final CredentialLookup lookup;
  private final AccessKeyUsageRecorder usage;

  /**
   * Authenticates against the current accounts and the STS service's session tokens, noting each
   * use of a long-term access key with {@code usage}.
   */
  public SignatureAuthenticator(Supplier<Accounts> accounts, SecurityTokenService sts, AccessKeyUsageRecorder usage) {
    this.accounts = accounts;
    this.usage = usage;
    this.sts = sts;
    this.lookup = CredentialLookup.of(accounts, sts);
  }

  /**
   * The caller who signed the request.
   *
   * @param service the service the signature must be scoped to
   * @throws SignatureException with AWS's code if the request is not validly signed
   */
  public Caller authenticate(SignedRequest request, String service, Instant now) {
    VerifiedSignature signature = verifier.verify(request, lookup, now);
    if (!signature.service().equals(service)) {
      throw new SignatureException("SignatureDoesNotMatch", 403,
          "Credential should be scoped to correct service: '" + service + "'.");
    }
    if (signature.sessionToken() != null) {
      try {
        return sts.verify(signature.accessKeyId(), signature.sessionToken()).caller();
      } catch (StsException e) {
        throw new SignatureException(e.code(), e.httpStatus(), e.getMessage());
      }
    }
    Accounts all = accounts.get();
    // The key was found active a moment ago; a concurrent delete makes it unknown, as AWS would.
    AccessKey key = all.accessKey(signature.accessKeyId()).filter(AccessKey::active)
        .orElseThrow(SignatureAuthenticator::invalidToken);
    User user = all.accountOfAccessKey(key.accessKeyId()).flatMap(a -> a.user(key.userName()))
        .orElseThrow(SignatureAuthenticator::invalidToken);
    usage.recordUse(key.accessKeyId(), signature.service(), signature.region());
    return Caller.withAccessKey(Principal.fromArn(user.arn()), key.accessKeyId());
  }

  private static SignatureException invalidToken() {
    return new SignatureException("InvalidClientTokenId", 403, "The security token included in the request is invalid.");
  }
}
