package io.gatehouse.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.PrincipalType;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.OidcProviderConfig;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.identity.Role;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.store.InMemoryAccountStore;
import io.gatehouse.sts.AssumeRoleResult;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import io.gatehouse.sts.VerifiedSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AssumeRoleWithWebIdentity end to end: a signed ID token, a trust policy on the provider, a session. */
class WebIdentityFederationTest {
  static final String A = "123456789012";
  static final String ISSUER = "https://idp.example.com";
  static final String PROVIDER = "arn:aws:iam::" + A + ":oidc-provider/idp.example.com";
  static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final PolicyParser PARSER = new PolicyParser();

  private static Account account() {
    String trust = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\""
        + PROVIDER + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{"
        + "\"idp.example.com:aud\":\"shop-app\",\"idp.example.com:sub\":\"user-7\"}}}}";
    String read = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"shop:Get*\",\"Resource\":\"*\"}}";
    Role web = new Role("WebUsers", "/", "AROAWEB1", "arn:aws:iam::" + A + ":role/WebUsers", NOW, "",
        PARSER.parse(trust, "trust.json"), List.of(), List.of(new InlinePolicy("read", PARSER.parse(read, "r.json"))),
        null, List.of(), Duration.ofHours(1));
    return Account.builder(A).putRole(web)
        .addOidcProvider(new OidcProviderConfig(PROVIDER, ISSUER, List.of("shop-app"),
            TestKeys.jwks(TestKeys.rsaJwk("k1", TestKeys.RSA))))
        .build();
  }

  private final InMemoryAccountStore store = new InMemoryAccountStore(Accounts.of(account()));
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final AccountAuthorizer authorizer =
      new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE, clock);
  private final SecurityTokenService sts = new SecurityTokenService(store, authorizer, clock, new SecureRandom());

  private static String token(String sub, String aud, long exp) {
    String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + sub + "\",\"aud\":\"" + aud + "\",\"iat\":"
        + (NOW.getEpochSecond() - 10) + ",\"exp\":" + exp + ",\"amr\":[\"pwd\"]}";
    return TestJwtSigner.rs256("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}", payload, TestKeys.RSA.getPrivate());
  }

  @Test
  void aTrustedTokenGivesARoleSession() {
    AssumeRoleResult r = sts.assumeRoleWithWebIdentity("arn:aws:iam::" + A + ":role/WebUsers", "web-session",
        token("user-7", "shop-app", NOW.getEpochSecond() + 600), null, null, null);
    assertEquals("arn:aws:sts::" + A + ":assumed-role/WebUsers/web-session", r.assumedRoleArn());
    assertEquals("user-7", r.subjectFromWebIdentityToken());
    assertEquals("shop-app", r.audience());
    VerifiedSession v = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken());
    assertEquals(PROVIDER, v.session().webIdentityProvider());
    assertEquals(PrincipalType.ASSUMED_ROLE, v.session().principal().type());
    Caller caller = v.caller();
    assertTrue(authorizer.decide(caller, "shop:GetOrder", "arn:shop:orders::" + A + ":order/1", RequestContext.empty())
        .isAllowed());
    assertFalse(authorizer.decide(caller, "shop:PutOrder", "arn:shop:orders::" + A + ":order/1", RequestContext.empty())
        .isAllowed());
  }

  @Test
  void trustConditionsOnTheTokensClaimsApply() {
    StsException e = assertThrows(StsException.class, () -> sts.assumeRoleWithWebIdentity(
        "arn:aws:iam::" + A + ":role/WebUsers", "web-session", token("user-8", "shop-app", NOW.getEpochSecond() + 600),
        null, null, null));
    assertEquals("AccessDenied", e.code());
  }

  @Test
  void badTokensAreRefusedWithStsCodes() {
    assertEquals("InvalidIdentityToken", assertThrows(StsException.class, () -> sts.assumeRoleWithWebIdentity(
        "arn:aws:iam::" + A + ":role/WebUsers", "web-session", token("user-7", "other-app", NOW.getEpochSecond() + 600),
        null, null, null)).code());
    assertEquals("ExpiredTokenException", assertThrows(StsException.class, () -> sts.assumeRoleWithWebIdentity(
        "arn:aws:iam::" + A + ":role/WebUsers", "web-session", token("user-7", "shop-app", NOW.getEpochSecond() - 600),
        null, null, null)).code());
    String good = token("user-7", "shop-app", NOW.getEpochSecond() + 600);
    String tampered = good.substring(0, good.length() - 5) + (good.endsWith("AAAAA") ? "BBBBB" : "AAAAA");
    assertEquals("InvalidIdentityToken", assertThrows(StsException.class, () -> sts.assumeRoleWithWebIdentity(
        "arn:aws:iam::" + A + ":role/WebUsers", "web-session", tampered, null, null, null)).code());
    assertEquals("InvalidIdentityToken", assertThrows(StsException.class, () -> sts.assumeRoleWithWebIdentity(
        "arn:aws:iam::" + A + ":role/WebUsers", "web-session", "not-a-jwt", null, null, null)).code());
  }
}
