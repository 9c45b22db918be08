package io.gatehouse.agent.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.Decision;
import io.gatehouse.DecisionType;
import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.internal.ContextWire;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.store.InMemoryAccountStore;
import io.gatehouse.sts.SecurityTokenService;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallEnforcerTest {
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String BATCH = "arn:aws:sts::123456789012:assumed-role/batch/nightly";
  static final Accounts ACCOUNTS = Accounts.of(new AccountFiles().read("""
      AccountId: "123456789012"
      GroupDetailList:
        - GroupName: admins
      UserDetailList:
        - UserName: alice
          GroupList: [admins]
          UserPolicyList:
            - PolicyName: billing
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: billing:GetInvoice
                    Resource: arn:billing:invoices::123456789012:invoice/*
                  - Effect: Allow
                    Action: billing:Refund
                    Resource: "*"
                    Condition: { NumericLessThan: { shop:Amount: "100" } }
        - UserName: bob
      RoleDetailList:
        - RoleName: batch
          AssumeRolePolicyDocument:
            Version: "2012-10-17"
            Statement: { Effect: Allow, Principal: { AWS: "123456789012" }, Action: sts:AssumeRole }
          RolePolicyList:
            - PolicyName: all-invoices
              PolicyDocument:
                Version: "2012-10-17"
                Statement: { Effect: Allow, Action: billing:GetInvoice, Resource: "*" }
      """, "billing.yaml", null));

  private final List<DecisionEvent> events = new ArrayList<>();
  private final AuditTrail trail = new AuditTrail() {
    @Override
    public void decision(DecisionEvent event) {
      events.add(event);
    }

    @Override
    public void change(ChangeEvent event) {}

    @Override
    public void close() {}
  };
  private Map<String, Object> bound;
  private final MethodRegistry registry = new MethodRegistry();

  private CallEnforcer enforcer(EnforcementMode mode) {
    Enforcer e = new Enforcer(AccountAuthorizer.of(ACCOUNTS), trail, mode, Clock.systemUTC());
    return new CallEnforcer(e, () -> ACCOUNTS, new BoundCaller(() -> bound, Optional.of(BATCH), sts(ACCOUNTS),
        Clock.systemUTC()), registry, new HostExceptions(), Clock.systemUTC());
  }

  /** An STS over the accounts (it verifies tokens only). */
  static SecurityTokenService sts(Accounts accounts) {
    return new SecurityTokenService(new InMemoryAccountStore(accounts), AccountAuthorizer.of(accounts),
        Clock.systemUTC(), new SecureRandom());
  }

  private int method(MethodSecurity security, String action, String template, Map<Integer, String> keys) {
    List<Authorization> a = action == null ? List.of()
        : List.of(new Authorization(action, ResourceTemplate.parse(template).bind(List.of("id", "amount"))));
    return registry.register(new MethodRule("com.acme.Billing.m", security, a, keys, null, getClass().getClassLoader()));
  }

  private void as(String arn) {
    bound = arn == null ? null : ContextWire.encode(CallContext.of(arn));
  }

  @Test
  void allowsAndDeniesTheBoundPrincipalWithAwsMessage() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = method(MethodSecurity.NONE, "billing:GetInvoice",
        "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{id}", Map.of());
    as(ALICE);
    calls.enter(id, new Object[] {"7", 0});
    as(BOB);
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> calls.enter(id, new Object[] {"7", 0}));
    assertEquals("User: " + BOB + " is not authorized to perform: billing:GetInvoice on resource: "
        + "arn:billing:invoices::123456789012:invoice/7 because no identity-based policy allows the "
        + "billing:GetInvoice action", e.getMessage());
    assertEquals(2, events.size());
    assertEquals(EnforcementPoint.AGENT, events.get(0).point());
    assertEquals(Map.of("method", "com.acme.Billing.m"), events.get(0).request().requestParameters());
  }

  @Test
  void handsEachCheckToItsEnforcementWithTheFilledResourceAndTheMethodsRequestInfo() {
    List<String> checks = new ArrayList<>();
    CheckEnforcement recording = new CheckEnforcement() {
      @Override
      public void enforce(Caller caller, String action, String resource, RequestContext context, RequestInfo info) {
        checks.add(caller.principal().arn() + " " + action + " " + resource + " " + info.requestParameters());
      }

      @Override
      public void enforce(Caller caller, Decision decision, RequestInfo info) {
        checks.add(caller.principal().arn() + " decided " + decision.request().action());
      }
    };
    CallEnforcer calls = new CallEnforcer(recording, () -> ACCOUNTS, new BoundCaller(() -> bound, Optional.of(BATCH),
        sts(ACCOUNTS), Clock.systemUTC()), registry, new HostExceptions(), Clock.systemUTC());
    int id = method(MethodSecurity.NONE, "billing:GetInvoice",
        "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{id}", Map.of());
    as(ALICE);
    calls.enter(id, new Object[] {"7", 0});
    int denied = method(new MethodSecurity(MethodSecurity.Kind.DENY_ALL, List.of()), null, null, Map.of());
    calls.enter(denied, new Object[] {"7", 0});
    assertEquals(List.of(ALICE + " billing:GetInvoice arn:billing:invoices::123456789012:invoice/7 "
        + "{method=com.acme.Billing.m}", ALICE + " decided jakarta:DenyAll"), checks);
    assertTrue(events.isEmpty(), "nothing reached the enforcer's audit trail");
  }

  @Test
  void usesTheProcessPrincipalWhenNoContextIsBound() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = method(MethodSecurity.NONE, "billing:GetInvoice", "invoice/{0}", Map.of());
    as(null);
    calls.enter(id, new Object[] {"7", 0});
    assertEquals(BATCH, events.get(0).caller().principal().arn());
  }

  @Test
  void reportOnlyLetsADenyThroughAndAuditsIt() {
    CallEnforcer calls = enforcer(EnforcementMode.REPORT_ONLY);
    int id = method(MethodSecurity.NONE, "billing:DeleteInvoice", "invoice/{0}", Map.of());
    as(BOB);
    calls.enter(id, new Object[] {"7", 0});
    assertFalse(events.get(0).decision().isAllowed());
    assertEquals(EnforcementMode.REPORT_ONLY, events.get(0).mode());
  }

  @Test
  void contextKeyArgumentsReachConditions() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = method(MethodSecurity.NONE, "billing:Refund", "invoice/{0}", Map.of(1, "shop:Amount"));
    as(ALICE);
    calls.enter(id, new Object[] {"7", 20});
    assertThrows(AccessDeniedException.class, () -> calls.enter(id, new Object[] {"7", 500}));
  }

  @Test
  void rolesAreIamGroupsOrRoleSessions() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int admins = method(new MethodSecurity(MethodSecurity.Kind.ROLES_ALLOWED, List.of("admins")), null, null, Map.of());
    int batch = method(new MethodSecurity(MethodSecurity.Kind.ROLES_ALLOWED, List.of("batch")), null, null, Map.of());
    as(ALICE);
    calls.enter(admins, new Object[0]);
    assertThrows(AccessDeniedException.class, () -> calls.enter(batch, new Object[0]));
    as(BATCH);
    calls.enter(batch, new Object[0]);
    as(BOB);
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> calls.enter(admins, new Object[0]));
    assertTrue(e.getMessage().contains("jakarta:RolesAllowed"), e.getMessage());
    assertTrue(e.getMessage().endsWith("because the method is @RolesAllowed[admins] and the caller is neither a member"
        + " of an IAM group nor a session of an IAM role of these names"), e.getMessage());
    assertTrue(events.get(3).decision().error().isEmpty(), "a refusal, not a failed evaluation");
    assertEquals(List.of(DecisionType.ALLOW, DecisionType.IMPLICIT_DENY, DecisionType.ALLOW, DecisionType.IMPLICIT_DENY),
        events.stream().map(ev -> ev.decision().type()).toList());
  }

  @Test
  void denyAllDeniesEveryone() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = method(new MethodSecurity(MethodSecurity.Kind.DENY_ALL, List.of()), null, null, Map.of());
    as(ALICE);
    assertThrows(AccessDeniedException.class, () -> calls.enter(id, new Object[0]));
    assertEquals("the method is @DenyAll", events.get(0).decision().refusal().orElseThrow());
    assertTrue(events.get(0).decision().error().isEmpty(), "a refusal, not a failed evaluation");
    assertTrue(events.get(0).decision().message().endsWith("because the method is @DenyAll"));
  }

  @Test
  void failsClosedWhenTheResourceCannotBeFilled() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = method(MethodSecurity.NONE, "billing:GetInvoice", "invoice/{0}", Map.of());
    as(ALICE);
    assertThrows(AccessDeniedException.class, () -> calls.enter(id, new Object[] {null, 0}));
    assertTrue(events.get(0).decision().error().orElseThrow().startsWith("resource template:"));
  }

  @Test
  void failsClosedForABoundPrincipalThatIsNotAnArnAndForAnUnknownMethod() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = method(MethodSecurity.NONE, "billing:GetInvoice", "invoice/{0}", Map.of());
    as("alice");
    assertThrows(AccessDeniedException.class, () -> calls.enter(id, new Object[] {"7", 0}));
    assertThrows(AccessDeniedException.class, () -> calls.enter(999, new Object[0]));
    assertEquals(2, events.size());
    assertTrue(events.get(1).decision().error().orElseThrow().contains("no instrumented method has id 999"));
  }

  @Test
  void aRuleWithAProblemDeniesEveryCall() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = registry.register(new MethodRule("com.acme.Billing.broken", MethodSecurity.NONE, List.of(), Map.of(),
        "\"{nope}\" names no parameter", null));
    as(ALICE);
    assertThrows(AccessDeniedException.class, () -> calls.enter(id, new Object[0]));
  }

  @Test
  void deniesABoundSessionWhoseCredentialsDoNotVerifyAndAuditsWhy() {
    CallEnforcer calls = enforcer(EnforcementMode.ENFORCE);
    int id = method(MethodSecurity.NONE, "billing:GetInvoice",
        "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{id}", Map.of());
    bound = ContextWire.encode(CallContext.of(BATCH).withSessionCredentials("ASIAFORGED", "forged-token"));
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> calls.enter(id, new Object[] {"7", 1}));
    assertEquals(DecisionType.IMPLICIT_DENY, e.decision().orElseThrow().type());
    String error = events.get(events.size() - 1).decision().error().orElseThrow();
    assertTrue(error.contains("the session credentials ASIAFORGED of " + BATCH + " do not verify"), error);
    assertFalse(error.contains("forged-token"), error);
  }
}
