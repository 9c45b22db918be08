package io.gatehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class StandardAuthorizerTest {
  private final AuthorizationRequest request = AuthorizationRequest.of(
      Principal.fromArn("arn:aws:iam::111111111111:root"), "shop:GetOrder", "arn:aws:shop:::order/1");

  @Test
  void failsClosedWhenEvaluationThrows() {
    PolicySet broken = mock(PolicySet.class);
    when(broken.layers()).thenThrow(new IllegalStateException("index corrupted"));
    Decision d = Authorizer.standard().decide(request, broken);
    assertFalse(d.isAllowed());
    assertEquals(DecisionType.IMPLICIT_DENY, d.type());
    assertEquals("IllegalStateException: index corrupted", d.error().orElseThrow());
    assertTrue(d.message().endsWith("because the request could not be evaluated: IllegalStateException: index corrupted"),
        d::message);
  }

  @Test
  void refusesNullArguments() {
    assertThrows(NullPointerException.class, () -> Authorizer.standard().decide(null, PolicySet.empty()));
    assertThrows(NullPointerException.class, () -> Authorizer.standard().decide(request, null));
  }
}
