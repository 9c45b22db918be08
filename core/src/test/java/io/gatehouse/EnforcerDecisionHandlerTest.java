package io.gatehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.Gatehouse;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnforcerDecisionHandlerTest {
  private static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  private static final String ORDER = "arn:shop:orders::123456789012:order/7";
  private static final Accounts ACCOUNTS = Accounts.of(new AccountFiles().read("""
      AccountId: "123456789012"
      UserDetailList:
        - UserName: alice
          UserPolicyList:
            - PolicyName: orders
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: shop:GetOrder
                    Resource: arn:shop:orders::123456789012:order/*
                  - Effect: Allow
                    Action: shop:RefundOrder
                    Resource: "*"
                    Condition: { NumericLessThan: { shop:Amount: "100" } }
      """, "shop.yaml", null));

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

  private Enforcer enforcer(EnforcementMode mode) {
    return new Enforcer(AccountAuthorizer.of(ACCOUNTS), trail, mode, Clock.systemUTC());
  }

  @AfterEach
  void uninstall() {
    Gatehouse.install(null);
  }

  @Test
  void decidesForTheBoundPrincipalWithItsKeys() {
    Gatehouse.install(new EnforcerDecisionHandler(enforcer(EnforcementMode.ENFORCE), Caller.anonymous()));
    assertFalse(Gatehouse.isAllowed("shop:GetOrder", ORDER));
    Gatehouse.runAs(ALICE, () -> {
      assertTrue(Gatehouse.isAllowed("shop:GetOrder", ORDER));
      Gatehouse.check("shop:RefundOrder", ORDER, Map.of("shop:Amount", List.of("20")));
      AccessDeniedException e = assertThrows(AccessDeniedException.class,
          () -> Gatehouse.check("shop:RefundOrder", ORDER, Map.of("shop:Amount", List.of("500"))));
      assertEquals("User: " + ALICE + " is not authorized to perform: shop:RefundOrder on resource: " + ORDER
          + " because no identity-based policy allows the shop:RefundOrder action", e.getMessage());
      assertTrue(e.decision().isPresent());
    });
    assertEquals(4, events.size());
    assertTrue(events.stream().allMatch(ev -> ev.point() == EnforcementPoint.PROGRAMMATIC));
  }

  @Test
  void reportOnlyLetsADenyThroughButAuditsIt() {
    Gatehouse.install(new EnforcerDecisionHandler(enforcer(EnforcementMode.REPORT_ONLY), Caller.anonymous()));
    Gatehouse.check("shop:DeleteOrder", ORDER);
    assertEquals(1, events.size());
    assertFalse(events.get(0).decision().isAllowed());
    assertEquals(EnforcementMode.REPORT_ONLY, events.get(0).mode());
  }

  @Test
  void deniesABoundPrincipalThatIsNotAnArn() {
    Gatehouse.install(new EnforcerDecisionHandler(enforcer(EnforcementMode.ENFORCE), Caller.anonymous()));
    Gatehouse.runAs(CallContext.of("alice"), () -> {
      assertFalse(Gatehouse.isAllowed("shop:GetOrder", ORDER));
      assertThrows(AccessDeniedException.class, () -> Gatehouse.check("shop:GetOrder", ORDER));
    });
    assertEquals(2, events.size());
    assertTrue(events.get(0).decision().error().orElseThrow().contains("\"alice\""));
  }

  @Test
  void anAccessDeniedExceptionFromAnotherClassLoaderCarriesOnlyItsMessage() {
    AccessDeniedException e = new AccessDeniedException("User: x is not authorized");
    assertEquals("User: x is not authorized", e.getMessage());
    assertTrue(e.decision().isEmpty());
  }

  @Test
  void deniesABoundSessionItCannotVerifyRatherThanDecideForTheRoleAlone() {
    Gatehouse.install(new EnforcerDecisionHandler(enforcer(EnforcementMode.ENFORCE), Caller.anonymous()));
    CallContext session = CallContext.of(ALICE).withSessionCredentials("ASIAEXAMPLE", "secret-session-token");
    Gatehouse.runAs(session, () -> {
      assertFalse(Gatehouse.isAllowed("shop:GetOrder", ORDER), "alice alone would be allowed");
      assertThrows(AccessDeniedException.class, () -> Gatehouse.check("shop:GetOrder", ORDER));
    });
    assertEquals(2, events.size());
    String error = events.get(0).decision().error().orElseThrow();
    assertTrue(error.contains("carries session credentials"), error);
    assertFalse(error.contains("secret-session-token"), error);
  }
}
