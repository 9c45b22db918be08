package io.gatehouse.policy.internal.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.TemplateSegment.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSegmentTest {

  @Test
  void variableResolvesToSingleValue() {
    RequestContext context = RequestContext.builder().put("Aws:UserName", "a*").build();
    assertEquals("a*", new Variable("aws:username", null).resolve(context));
  }

  @Test
  void variableFallsBackToDefaultOrNull() {
    RequestContext context = RequestContext.builder().putAll("k", List.of("1", "2")).build();
    assertEquals("d", new Variable("k", "d").resolve(context));
    assertNull(new Variable("k", null).resolve(context));
    assertNull(new Variable("absent", null).resolve(RequestContext.empty()));
  }

  @Test
  void lowerCaseKeyUsesRootLocale() {
    assertEquals(
        "aws:principaltag/team", new Variable("aws:PrincipalTag/Team", null).lowerCaseKey());
  }
}
