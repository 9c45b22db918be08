package io.gatehouse.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.MfaDevice;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import io.gatehouse.identity.UserBuilder;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.store.InMemoryAccountStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SecurityTokenServiceTest {
  static final String A = "123456789012";
  static final String B = "210987654321";
  static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");
  static final TotpSecret SEED = TotpSecret.fromBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
  private static final PolicyParser PARSER = new PolicyParser();

  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  static PolicyDocument doc(String json) {
    return PARSER.parse(json, "p.json");
  }

  static PolicyDocument trust(String principalJson, String conditionJson) {
    return doc("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":" + principalJson
        + ",\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]"
        + (conditionJson == null ? "" : ",\"Condition\":" + conditionJson) + "}}");
  }

  static PolicyDocument allow(String action, String resource) {
    return doc("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"" + action
        + "\",\"Resource\":\"" + resource + "\"}}");
  }

  static Role role(String account, String name, PolicyDocument trust, List<InlinePolicy> inline, Duration max) {
    return new Role(name, "/", "AROA" + name.toUpperCase() + "1", "arn:aws:iam::" + account + ":role/" + name, T0, "",
        trust, List.of(), inline, null, List.of(new Tag("team", "ops")), max);
  }

  static Account accountA() {
    UserBuilder alice = new UserBuilder().name("alice").userId("AIDAALICE").arn("arn:aws:iam::" + A + ":user/alice")
        .createDate(T0);
    alice.inlinePolicies().add(new InlinePolicy("assume", doc("{\"Version\":\"2012-10-17\",\"Statement\":{"
        + "\"Effect\":\"Allow\",\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],\"Resource\":\"*\"}}")));
    alice.mfaDevices().add(new MfaDevice("alice", "arn:aws:iam::" + A + ":mfa/alice", SEED.base32(), T0, -1));
    UserBuilder bob = new UserBuilder().name("bob").userId("AIDABOB").arn("arn:aws:iam::" + A + ":user/bob")
        .createDate(T0);
    InlinePolicy ops = new InlinePolicy("ops", allow("shop:*", "*"));
    return Account.builder(A)
        .putUser(alice.build()).putUser(bob.build())
        .putRole(role(A, "Ops", trust("{\"AWS\":\"" + A + "\"}", null), List.of(ops), Duration.ofHours(4)))
        .putRole(role(A, "BobOnly", trust("{\"AWS\":\"arn:aws:iam::" + A + ":user/bob\"}", null), List.of(ops),
            Duration.ofHours(1)))
        .putRole(role(A, "Refunds", trust("{\"AWS\":\"" + A + "\"}",
            "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"), List.of(ops), Duration.ofHours(1)))
        .build();
  }

  static Account accountB() {
    return Account.builder(B)
        .putRole(role(B, "Partner", trust("{\"AWS\":\"arn:aws:iam::" + A + ":root\"}", null),
            List.of(new InlinePolicy("read", allow("shop:Get*", "*"))), Duration.ofHours(1)))
        .build();
  }

  private final InMemoryAccountStore store = new InMemoryAccountStore(Accounts.of(accountA(), accountB()));
  private final AccountAuthorizer authorizer =
      new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE, clock);
  private final SecurityTokenService sts = new SecurityTokenService(store, authorizer, clock, new SecureRandom());

  private static Caller user(String account, String name) {
    return Caller.withAccessKey(Principal.fromArn("arn:aws:iam::" + account + ":user/" + name), "AKIATEST");
  }

  private String code(Instant at) {
    return new TotpVerifier().codeAt(SEED, at);
  }

  @Test
  void assumeRoleIssuesCredentialsThatVerifyAndCarryTheRolesPermissions() {
    AssumeRoleResult r = sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Ops", "s1"));
    assertEquals("arn:aws:sts::" + A + ":assumed-role/Ops/s1", r.assumedRoleArn());
    assertEquals("AROAOPS1:s1", r.assumedRoleId());
    assertTrue(r.credentials().accessKeyId().startsWith("ASIA"));
    assertEquals(T0.plusSeconds(3600), r.credentials().expiration());
    VerifiedSession v = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken());
    assertEquals(r.credentials().secretAccessKey(), v.secretAccessKey());
    assertEquals("arn:aws:iam::" + A + ":role/Ops", v.session().principal().roleArn().orElseThrow());
    assertTrue(authorizer.decide(v.caller(), "shop:DeleteOrder", "arn:shop:orders::" + A + ":order/1",
        RequestContext.empty()).isAllowed());
    assertFalse(r.credentials().toString().contains(r.credentials().secretAccessKey()));
  }

  @Test
  void sameAccountTrustNamingTheUserSufficesWithoutIdentityPolicy() {
    // bob has no policy at all; the trust policy names him directly.
    assertEquals("arn:aws:sts::" + A + ":assumed-role/BobOnly/bb",
        sts.assumeRole(user(A, "bob"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/BobOnly", "bb")).assumedRoleArn());
    // The account-wide trust delegates to identity policies, which bob lacks.
    StsException e = assertThrows(StsException.class,
        () -> sts.assumeRole(user(A, "bob"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Ops", "bb")));
    assertEquals("AccessDenied", e.code());
    assertEquals("User: arn:aws:iam::" + A + ":user/bob is not authorized to perform: sts:AssumeRole on resource: "
        + "arn:aws:iam::" + A + ":role/Ops", e.getMessage());
  }

  @Test
  void trustPolicyNamingSomeoneElseRefuses() {
    StsException e = assertThrows(StsException.class,
        () -> sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/BobOnly", "aa")));
    assertEquals("AccessDenied", e.code());
  }

  @Test
  void unknownRoleIsAccessDeniedNotNoSuchEntity() {
    assertEquals("AccessDenied", assertThrows(StsException.class, () -> sts.assumeRole(user(A, "alice"),
        AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Nope", "aa"))).code());
  }

  @Test
  void crossAccountNeedsTheCallersPolicyAndTheTrustPolicy() {
    AssumeRoleResult r = sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + B + ":role/Partner", "xx"));
    VerifiedSession v = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken());
    assertTrue(authorizer.decide(v.caller(), "shop:GetOrder", "arn:shop:orders::" + B + ":order/1",
        RequestContext.empty()).isAllowed());
    // bob is trusted by account B's trust policy (his account is named) but his own policies do not allow.
    assertThrows(StsException.class,
        () -> sts.assumeRole(user(A, "bob"), AssumeRoleRequest.of("arn:aws:iam::" + B + ":role/Partner", "xx")));
  }

  private AssumeRoleRequest withMfa(String role, String code) {
    return new AssumeRoleRequest("arn:aws:iam::" + A + ":role/" + role, "mm", null, null, null, null,
        "arn:aws:iam::" + A + ":mfa/alice", code, null, null);
  }

  @Test
  void mfaGatedRoleNeedsAValidFreshCode() {
    assertThrows(StsException.class,
        () -> sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Refunds", "mm")));
    StsException wrong = assertThrows(StsException.class, () -> sts.assumeRole(user(A, "alice"),
        withMfa("Refunds", code(T0.plusSeconds(300)))));
    assertEquals("AccessDenied", wrong.code());
    assertTrue(wrong.getMessage().contains("invalid MFA one time pass code"), wrong.getMessage());
    String good = code(T0);
    AssumeRoleResult r = sts.assumeRole(user(A, "alice"), withMfa("Refunds", good));
    VerifiedSession v = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken());
    assertEquals(T0, v.session().mfaAuthenticatedAt());
    StsException reused = assertThrows(StsException.class, () -> sts.assumeRole(user(A, "alice"),
        withMfa("Refunds", good)));
    assertTrue(reused.getMessage().contains("reused"), reused.getMessage());
    assertFalse(reused.getMessage().contains(good));
  }

  @Test
  void durationLimitsFollowTheRoleAndChaining() {
    AssumeRoleRequest tooLong = new AssumeRoleRequest("arn:aws:iam::" + A + ":role/Ops", "dd", 5 * 3600, null, null,
        null, null, null, null, null);
    assertEquals("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        assertThrows(StsException.class, () -> sts.assumeRole(user(A, "alice"), tooLong)).getMessage());
    AssumeRoleRequest tooShort = new AssumeRoleRequest("arn:aws:iam::" + A + ":role/Ops", "dd", 899, null, null,
        null, null, null, null, null);
    assertEquals("ValidationError", assertThrows(StsException.class, () -> sts.assumeRole(user(A, "alice"), tooShort)).code());
    AssumeRoleResult first = sts.assumeRole(user(A, "alice"), new AssumeRoleRequest("arn:aws:iam::" + A + ":role/Ops",
        "dd", 4 * 3600, null, null, null, null, null, null, null));
    Caller session = sts.verify(first.credentials().accessKeyId(), first.credentials().sessionToken()).caller();
    // The Ops session may assume Ops again (account-wide trust, shop:* does not include sts, so allow explicitly).
    assertThrows(StsException.class, () -> sts.assumeRole(session, new AssumeRoleRequest(
        "arn:aws:iam::" + A + ":role/BobOnly", "cc", 2 * 3600, null, null, null, null, null, null, null)));
  }

  @Test
  void roleChainingIsLimitedToOneHour() {
    Account withChain = accountA().toBuilder().putRole(role(A, "Hop",
        trust("{\"AWS\":\"arn:aws:iam::" + A + ":role/Ops\"}", null), List.of(), Duration.ofHours(4))).build();
    store.update(A, a -> withChain);
    AssumeRoleResult first = sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Ops", "one"));
    Caller ops = sts.verify(first.credentials().accessKeyId(), first.credentials().sessionToken()).caller();
    StsException e = assertThrows(StsException.class, () -> sts.assumeRole(ops, new AssumeRoleRequest(
        "arn:aws:iam::" + A + ":role/Hop", "two", 7200, null, null, null, null, null, null, null)));
    assertEquals("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        e.getMessage());
    AssumeRoleResult chained = sts.assumeRole(ops, AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Hop", "two"));
    assertTrue(sts.verify(chained.credentials().accessKeyId(), chained.credentials().sessionToken()).session().chained());
  }

  @Test
  void sessionNameRulesAreAwss() {
    for (String bad : List.of("a", "has space", "x".repeat(65), "slash/es")) {
      assertEquals("ValidationError", assertThrows(StsException.class,
          () -> sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Ops", bad))).code(), bad);
    }
  }

  @Test
  void sessionPoliciesLimitAndTagsBecomePrincipalTags() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"shop:GetOrder\","
        + "\"Resource\":\"*\"}}";
    AssumeRoleResult r = sts.assumeRole(user(A, "alice"), new AssumeRoleRequest("arn:aws:iam::" + A + ":role/Ops", "pp",
        null, policy, null, List.of(new Tag("team", "night")), null, null, null, null));
    assertTrue(r.packedPolicySize() > 0);
    VerifiedSession v = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken());
    String order = "arn:shop:orders::" + A + ":order/1";
    assertTrue(authorizer.decide(v.caller(), "shop:GetOrder", order, RequestContext.empty()).isAllowed());
    assertFalse(authorizer.decide(v.caller(), "shop:DeleteOrder", order, RequestContext.empty()).isAllowed());
    assertEquals(List.of(new Tag("team", "night")), v.session().sessionTags());
    assertEquals("MalformedPolicyDocument", assertThrows(StsException.class, () -> sts.assumeRole(user(A, "alice"),
        new AssumeRoleRequest("arn:aws:iam::" + A + ":role/Ops", "pp", null, "{\"Statement\":[]}", null, null, null,
            null, null, null))).code());
  }

  @Test
  void tamperedExpiredAndOrphanedTokensAreRefused() {
    AssumeRoleResult r = sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Ops", "tt"));
    String token = r.credentials().sessionToken();
    String akid = r.credentials().accessKeyId();
    String tampered = token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);
    assertEquals("InvalidClientTokenId", assertThrows(StsException.class, () -> sts.verify(akid, tampered)).code());
    assertEquals("InvalidClientTokenId", assertThrows(StsException.class, () -> sts.verify("ASIAOTHER", token)).code());
    assertEquals("InvalidClientTokenId", assertThrows(StsException.class, () -> sts.verify(akid, "garbage")).code());
    now.set(T0.plusSeconds(3600));
    StsException expired = assertThrows(StsException.class, () -> sts.verify(akid, token));
    assertEquals("ExpiredToken", expired.code());
    assertFalse(expired.getMessage().contains(token));
    now.set(T0);
    // The role is deleted and re-created under the same name: old sessions are refused.
    Role ops = store.snapshot().account(A).orElseThrow().role("Ops").orElseThrow();
    store.update(A, a -> a.toBuilder().putRole(new Role(ops.name(), ops.path(), "AROANEWID", ops.arn(), T0, "",
        ops.trustPolicy(), ops.attachedPolicies(), ops.inlinePolicies(), null, ops.tags(), ops.maxSessionDuration()))
        .build());
    assertEquals("InvalidClientTokenId", assertThrows(StsException.class, () -> sts.verify(akid, token)).code());
  }

  @Test
  void revokingActiveSessionsDeniesOlderTokens() {
    AssumeRoleResult r = sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Ops", "old"));
    Caller old = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken()).caller();
    String order = "arn:shop:orders::" + A + ":order/1";
    assertTrue(authorizer.decide(old, "shop:GetOrder", order, RequestContext.empty()).isAllowed());
    now.set(T0.plusSeconds(60));
    store.update(A, a -> a.toBuilder().putRole(RoleSessions.revokeOlderThan(a.role("Ops").orElseThrow(), now.get()))
        .build());
    assertEquals(io.gatehouse.DecisionType.EXPLICIT_DENY,
        authorizer.decide(old, "shop:GetOrder", order, RequestContext.empty()).type());
    now.set(T0.plusSeconds(120));
    AssumeRoleResult fresh = sts.assumeRole(user(A, "alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/Ops", "new"));
    Caller newer = sts.verify(fresh.credentials().accessKeyId(), fresh.credentials().sessionToken()).caller();
    assertTrue(authorizer.decide(newer, "shop:GetOrder", order, RequestContext.empty()).isAllowed());
  }

  @Test
  void getSessionTokenWithMfaSetsTheMfaKeys() {
    Credentials c = sts.getSessionToken(user(A, "alice"), 3600, "arn:aws:iam::" + A + ":mfa/alice", code(T0));
    VerifiedSession v = sts.verify(c.accessKeyId(), c.sessionToken());
    assertEquals("arn:aws:iam::" + A + ":user/alice", v.session().principal().arn());
    assertEquals(T0, v.session().mfaAuthenticatedAt());
    assertEquals("AccessDenied", assertThrows(StsException.class,
        () -> sts.getSessionToken(v.caller(), null, null, null)).code());
    assertNotEquals(c.secretAccessKey(), sts.getSessionToken(user(A, "alice"), null, null, null).secretAccessKey());
  }
}
