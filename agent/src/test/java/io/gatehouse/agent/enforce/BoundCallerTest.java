package io.gatehouse.agent.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.internal.ContextWire;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.InMemoryAccountStore;
import io.gatehouse.sts.AssumeRoleRequest;
import io.gatehouse.sts.Credentials;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.testing.SettableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundCallerTest {
  static final String ACCOUNT = "123456789012";
  static final String NIGHTLY = "arn:aws:sts::" + ACCOUNT + ":assumed-role/batch/nightly";
  static final Accounts ACCOUNTS = Accounts.of(new AccountFiles().read("""
      AccountId: "123456789012"
      UserDetailList:
        - UserName: ops
          UserPolicyList:
            - PolicyName: assume
              PolicyDocument:
                Version: "2012-10-17"
                Statement: { Effect: Allow, Action: [sts:AssumeRole, sts:TagSession], Resource: "*" }
      RoleDetailList:
        - RoleName: batch
          AssumeRolePolicyDocument:
            Version: "2012-10-17"
            Statement: { Effect: Allow, Principal: { AWS: "123456789012" }, Action: [sts:AssumeRole, sts:TagSession] }
          RolePolicyList:
            - PolicyName: invoices
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: billing:GetInvoice
                    Resource: "*"
                  - Effect: Allow
                    Action: billing:PurgeInvoices
                    Resource: "*"
                    Condition: { StringEquals: { "aws:PrincipalTag/stage": "test" } }
      """, "billing.yaml", null));

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T00:00:00Z"));
  private final InMemoryAccountStore store = new InMemoryAccountStore(ACCOUNTS);
  private final AccountAuthorizer authorizer = new AccountAuthorizer(store::snapshot, Authorizer.standard(),
      ResourcePolicyProvider.NONE, clock);
  private final SecurityTokenService sts = new SecurityTokenService(store, authorizer, clock, new SecureRandom());
  private Map<String, Object> bound;
  private final BoundCaller callers = new BoundCaller(() -> bound, Optional.of(NIGHTLY), sts, clock);

  /** A session of the role batch, limited by a session policy to invoices 1*, tagged stage=test. */
  private Credentials session() {
    Caller ops = Caller.asserted(Principal.fromArn("arn:aws:iam::" + ACCOUNT + ":user/ops"));
    return sts.assumeRole(ops, new AssumeRoleRequest("arn:aws:iam::" + ACCOUNT + ":role/batch", "nightly", 900,
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"billing:*\","
            + "\"Resource\":\"arn:billing:invoices::123456789012:invoice/1*\"}}",
        null, List.of(new io.gatehouse.identity.Tag("stage", "test")), null, null, null, null)).credentials();
  }

  private boolean allowed(Caller caller, String action, String invoice) {
    return authorizer.decide(caller, action, "arn:billing:invoices::123456789012:invoice/" + invoice,
        RequestContext.empty()).isAllowed();
  }

  @Test
  void aBoundSessionIsDecidedWithItsSessionPolicyAndTags() {
    Credentials c = session();
    bound = ContextWire.encode(CallContext.of(NIGHTLY).withSessionCredentials(c.accessKeyId(), c.sessionToken()));
    Caller caller = callers.current().caller();
    assertEquals(Caller.Credential.SESSION, caller.credential());
    assertTrue(caller.session().orElseThrow().hasSessionPolicies());
    assertTrue(allowed(caller, "billing:GetInvoice", "17"));
    assertFalse(allowed(caller, "billing:GetInvoice", "27"), "the session policy limits the session");
    assertTrue(allowed(caller, "billing:PurgeInvoices", "17"), "the session tag is seen");

    bound = ContextWire.encode(CallContext.of(NIGHTLY));
    Caller roleAlone = callers.current().caller();
    assertTrue(allowed(roleAlone, "billing:GetInvoice", "27"), "the role's ARN alone knows no session policy");
    assertFalse(allowed(roleAlone, "billing:PurgeInvoices", "17"));
  }

  @Test
  void refusesATamperedTokenWithoutPrintingIt() {
    Credentials c = session();
    String tampered = c.sessionToken().substring(0, c.sessionToken().length() - 4) + "AAAA";
    bound = ContextWire.encode(CallContext.of(NIGHTLY).withSessionCredentials(c.accessKeyId(), tampered));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, callers::current);
    assertTrue(e.getMessage().startsWith("the session credentials " + c.accessKeyId() + " of " + NIGHTLY
        + " do not verify: "), e.getMessage());
    assertFalse(e.getMessage().contains(tampered));
  }

  @Test
  void refusesCredentialsOfAnotherPrincipal() {
    Credentials c = session();
    String other = "arn:aws:sts::" + ACCOUNT + ":assumed-role/batch/daily";
    bound = ContextWire.encode(CallContext.of(other).withSessionCredentials(c.accessKeyId(), c.sessionToken()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, callers::current);
    assertEquals("the session credentials " + c.accessKeyId() + " are those of " + NIGHTLY
        + ", not of the bound principal " + other, e.getMessage());
  }

  @Test
  void aSessionStopsAtItsExpiryEvenWhileStillBound() {
    Credentials c = session();
    bound = ContextWire.encode(CallContext.of(NIGHTLY).withSessionCredentials(c.accessKeyId(), c.sessionToken()));
    callers.current();
    clock.advance(Duration.ofMinutes(16));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, callers::current);
    assertTrue(e.getMessage().contains("expired"), e.getMessage());
  }

  @Test
  void readsABindingOnceAndTheProcessPrincipalWhenNothingIsBound() {
    assertEquals(NIGHTLY, callers.current().caller().principal().arn());
    assertEquals(Caller.Credential.ASSERTED, callers.current().caller().credential());
    bound = ContextWire.encode(CallContext.of("arn:aws:iam::123456789012:user/ops").withKey("aws:SourceIp", "10.0.0.1"));
    BoundCaller.Call first = callers.current();
    assertSame(first, callers.current(), "one binding is resolved once");
    assertEquals("10.0.0.1", first.sourceIp());
    assertEquals(List.of("10.0.0.1"), first.context().values("aws:SourceIp"));
    bound = ContextWire.encode(CallContext.of("arn:aws:iam::123456789012:user/ops"));
    assertNotSame(first, callers.current(), "another binding is resolved again");
  }
}
