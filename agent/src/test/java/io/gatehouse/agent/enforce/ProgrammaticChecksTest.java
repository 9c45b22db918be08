package io.gatehouse.agent.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.Enforcer;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.internal.ContextWire;
import io.gatehouse.identity.AccountAuthorizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgrammaticChecksTest {
  private final List<DecisionEvent> events = new ArrayList<>();
  private Map<String, Object> bound;
  private final ProgrammaticChecks checks = new ProgrammaticChecks(
      new Enforcer(AccountAuthorizer.of(CallEnforcerTest.ACCOUNTS), new AuditTrail() {
        @Override
        public void decision(DecisionEvent event) {
          events.add(event);
        }

        @Override
        public void change(ChangeEvent event) {}

        @Override
        public void close() {}
      }, EnforcementMode.ENFORCE, Clock.systemUTC()),
      new BoundCaller(() -> bound, Optional.empty(), CallEnforcerTest.sts(CallEnforcerTest.ACCOUNTS), Clock.systemUTC()),
      new HostExceptions());

  @Test
  void decidesForTheBoundCallerWithItsKeysAndTheChecksOwn() {
    bound = ContextWire.encode(CallContext.of(CallEnforcerTest.ALICE));
    ClassLoader loader = getClass().getClassLoader();
    assertTrue(checks.decide(loader, "billing:Refund", "*", Map.of("shop:Amount", List.of("5")), true));
    assertFalse(checks.decide(loader, "billing:Refund", "*", Map.of("shop:Amount", List.of("500")), false));
    assertThrows(AccessDeniedException.class,
        () -> checks.decide(loader, "billing:Refund", "*", Map.of("shop:Amount", List.of("500")), true));
    assertEquals(3, events.size());
    assertTrue(events.stream().allMatch(e -> e.point() == EnforcementPoint.PROGRAMMATIC));
  }

  @Test
  void deniesAnonymousWhenNothingIsBoundAndABoundPrincipalThatIsNotAnArn() {
    assertFalse(checks.decide(null, "billing:GetInvoice", "*", Map.of(), false));
    bound = ContextWire.encode(CallContext.of("alice"));
    assertThrows(AccessDeniedException.class, () -> checks.decide(null, "billing:GetInvoice", "*", Map.of(), true));
    assertEquals("Anonymous", events.get(0).decision().message().substring(6, 15));
  }
}
