package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.identity.UserBuilder;
import io.gatehouse.store.InMemoryAccountStore;
import io.gatehouse.sts.Credentials;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CredentialLookup#of}: active account keys and STS session tokens, end to end through the verifier. */
class CredentialLookupTest {
  static final String ACCOUNT = "123456789012";
  static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");

  private final InMemoryAccountStore store = new InMemoryAccountStore(Accounts.of(account()));
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  private final SecurityTokenService sts = new SecurityTokenService(store,
      new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE, clock), clock,
      new SecureRandom());
  private final CredentialLookup lookup = CredentialLookup.of(store::snapshot, sts);

  static Account account() {
    UserBuilder alice = new UserBuilder().name("alice").userId("AIDAALICE")
        .arn("arn:aws:iam::" + ACCOUNT + ":user/alice").createDate(T0);
    alice.accessKeys().add(new AccessKey("alice", "AKIAACTIVE", "active-secret", true, T0, null, null));
    alice.accessKeys().add(new AccessKey("alice", "AKIAINACTIVE", "inactive-secret", false, T0, null, null));
    return Account.builder(ACCOUNT).putUser(alice.build()).build();
  }

  /** A request signed as SigV4 prescribes, with this package's own calculation. */
  static SignedRequest signed(String akid, String secret, String token, Instant at) {
    String amzDate = RequestTime.format(at);
    SignedRequest.Builder b = SignedRequest.builder().method("POST").header("Host", "iam.amazonaws.com")
        .header("X-Amz-Date", amzDate).payload("Action=ListUsers&Version=2010-05-08");
    if (token != null) {
      b.header("X-Amz-Security-Token", token);
    }
    SignedRequest unsigned = b.build();
    CredentialScope scope = new CredentialScope(akid, amzDate.substring(0, 8), "us-east-1", "iam");
    List<String> names = List.of("host", "x-amz-date");
    String canonical = CanonicalRequest.of(unsigned, List.of(), names, unsigned.payloadSha256());
    String signature = SignatureCalculator.signature(secret, scope,
        SignatureCalculator.stringToSign(amzDate, scope, canonical));
    return b.header("Authorization", "AWS4-HMAC-SHA256 Credential=" + akid + "/" + scope.scope()
        + ", SignedHeaders=host;x-amz-date, Signature=" + signature).build();
  }

  @Test
  void acceptsAnActiveAccessKey() {
    VerifiedSignature v = new SigV4Verifier().verify(signed("AKIAACTIVE", "active-secret", null, T0), lookup, T0);
    assertEquals("AKIAACTIVE", v.accessKeyId());
  }

  @Test
  void refusesAKeyDeactivatedAfterItsSigningKeyWasKeptAtOnce() {
    SigV4Verifier verifier = new SigV4Verifier();
    SignedRequest r = signed("AKIAACTIVE", "active-secret", null, T0);
    verifier.verify(r, lookup, T0);
    assertEquals(1, verifier.signingKeysKept());
    store.update(ACCOUNT, a -> withAliceKeys(a, k -> k.withActive(false)));
    SigV4VerifierTest.assertCode("InvalidClientTokenId", r, lookup, T0, verifier);
  }

  @Test
  void refusesADeletedKeyAtOnce() {
    SigV4Verifier verifier = new SigV4Verifier();
    SignedRequest r = signed("AKIAACTIVE", "active-secret", null, T0);
    verifier.verify(r, lookup, T0);
    store.update(ACCOUNT, a -> {
      UserBuilder alice = a.user("alice").orElseThrow().toBuilder();
      alice.accessKeys().removeIf(k -> k.accessKeyId().equals("AKIAACTIVE"));
      return a.toBuilder().putUser(alice.build()).build();
    });
    SigV4VerifierTest.assertCode("InvalidClientTokenId", r, lookup, T0, verifier);
  }

  @Test
  void refusesTheOldSecretOfARotatedKeyAndAcceptsTheNewOne() {
    SigV4Verifier verifier = new SigV4Verifier();
    SignedRequest old = signed("AKIAACTIVE", "active-secret", null, T0);
    verifier.verify(old, lookup, T0);
    store.update(ACCOUNT, a -> withAliceKeys(a, k -> new AccessKey(k.userName(), k.accessKeyId(), "rotated-secret",
        k.active(), k.createDate(), null, null)));
    SigV4VerifierTest.assertCode("SignatureDoesNotMatch", old, lookup, T0, verifier);
    assertEquals("AKIAACTIVE", verifier.verify(signed("AKIAACTIVE", "rotated-secret", null, T0), lookup, T0)
        .accessKeyId());
    assertEquals(2, verifier.signingKeysKept());
  }

  private static Account withAliceKeys(Account a, java.util.function.UnaryOperator<AccessKey> change) {
    UserBuilder alice = a.user("alice").orElseThrow().toBuilder();
    List<AccessKey> keys = alice.accessKeys().stream()
        .map(k -> k.accessKeyId().equals("AKIAACTIVE") ? change.apply(k) : k).toList();
    alice.accessKeys().clear();
    alice.accessKeys().addAll(keys);
    return a.toBuilder().putUser(alice.build()).build();
  }

  @Test
  void refusesAnInactiveAccessKeyAsAnInvalidClientTokenId() {
    SigV4VerifierTest.assertCode("InvalidClientTokenId", signed("AKIAINACTIVE", "inactive-secret", null, T0),
        lookup, T0);
  }

  @Test
  void acceptsStsTemporaryCredentials() {
    Credentials c = sts.getSessionToken(alice(), 3600, null, null);
    VerifiedSignature v = new SigV4Verifier().verify(
        signed(c.accessKeyId(), c.secretAccessKey(), c.sessionToken(), T0), lookup, T0);
    assertEquals(c.sessionToken(), v.sessionToken());
  }

  @Test
  void refusesASessionTokenOfAnotherAccessKeyId() {
    Credentials c = sts.getSessionToken(alice(), 3600, null, null);
    SigV4VerifierTest.assertCode("InvalidClientTokenId",
        signed("AKIAACTIVE", "active-secret", c.sessionToken(), T0), lookup, T0);
  }

  @Test
  void refusesAnExpiredSessionTokenAsExpiredToken() {
    Credentials c = sts.getSessionToken(alice(), 900, null, null);
    Instant later = T0.plusSeconds(1000);
    SecurityTokenService laterSts = new SecurityTokenService(store,
        new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE,
            Clock.fixed(later, ZoneOffset.UTC)), Clock.fixed(later, ZoneOffset.UTC), new SecureRandom());
    SignatureException e = SigV4VerifierTest.assertCode("ExpiredToken",
        signed(c.accessKeyId(), c.secretAccessKey(), c.sessionToken(), later), CredentialLookup.of(store::snapshot,
            laterSts), later);
    assertTrue(e.getMessage().contains("expired"));
  }

  @Test
  void refusesSessionTokensWithoutAnStsToVerifyThem() {
    assertTrue(CredentialLookup.of(store::snapshot, null).secretFor("ASIAX", "token").isEmpty());
    assertThrows(StsException.class, () -> lookup.secretFor("ASIAX", "not-a-token"));
  }

  private static Caller alice() {
    return Caller.withAccessKey(Principal.fromArn("arn:aws:iam::" + ACCOUNT + ":user/alice"), "AKIAACTIVE");
  }
}
