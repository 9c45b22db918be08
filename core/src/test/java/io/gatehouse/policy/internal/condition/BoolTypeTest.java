package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.compile;
import static io.gatehouse.policy.internal.condition.ClauseFixture.holds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoolTypeTest {

  @ParameterizedTest(name = "Bool {0} vs {1}: {2}")
  @CsvSource({
    "true, true, true",
    "true, TRUE, true",
    "TRUE, true, true",
    "True, tRuE, true",
    "true, false, false",
    "false, false, true",
    "false, False, true",
    "false, true, false",
    "true, yes, false",
    "false, yes, false",
    "true, 1, false",
    "false, '', false",
  })
  void comparesBooleansIgnoringCase(String policy, String request, boolean expected) {
    assertEquals(expected, holds("Bool", policy, request));
  }

  @Test
  void boolIsFalseWhenKeyAbsent() {
    assertFalse(compile("Bool", "aws:MultiFactorAuthPresent", "true").test(RequestContext.empty()));
  }

  @Test
  void boolIfExistsIsTrueWhenKeyAbsent() {
    assertTrue(
        compile("BoolIfExists", "aws:MultiFactorAuthPresent", "false")
            .test(RequestContext.empty()));
  }

  @Test
  void checkAcceptsOnlyTrueAndFalse() {
    BoolType type = new BoolType();
    assertEquals(null, type.check("tRUE"));
    assertEquals("expected true or false, found \"yes\"", type.check("yes"));
    assertEquals("expected true or false, found \"\"", type.check(""));
  }
}
