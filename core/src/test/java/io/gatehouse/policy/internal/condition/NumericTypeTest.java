package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.compile;
import static io.gatehouse.policy.internal.condition.ClauseFixture.context;
import static io.gatehouse.policy.internal.condition.ClauseFixture.holds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericTypeTest {
  private static final String HUGE = "123456789012345678901234567890123456789";

  @ParameterizedTest(name = "{1} {0} {2}: {3}")
  @CsvSource({
    "NumericEquals, 10, 10, true",
    "NumericEquals, 10, 11, false",
    "NumericEquals, 1.5, 1.50, true",
    "NumericEquals, 10, 10.0, true",
    "NumericEquals, -3, -3, true",
    "NumericEquals, +3, 3, true",
    "NumericEquals, 0, -0, true",
    "NumericEquals, 007, 7, true",
    "NumericNotEquals, 10, 11, true",
    "NumericNotEquals, 10, 10, false",
    "NumericLessThan, 100, 99, true",
    "NumericLessThan, 100, 100, false",
    "NumericLessThan, 100, 101, false",
    "NumericLessThan, 0, -0.001, true",
    "NumericLessThan, -5, -6, true",
    "NumericLessThanEquals, 100, 100, true",
    "NumericLessThanEquals, 100, 100.0001, false",
    "NumericGreaterThan, 100, 101, true",
    "NumericGreaterThan, 100, 100, false",
    "NumericGreaterThan, 99.9, 100, true",
    "NumericGreaterThanEquals, 100, 100, true",
    "NumericGreaterThanEquals, 100, 99.999, false",
    "NumericLessThan, 999999999999999999, 999999999999999998, true",
    "NumericLessThan, 9223372036854775807, 9223372036854775808, false",
    "NumericGreaterThan, 9223372036854775807, 9223372036854775808, true",
    "NumericLessThan, " + HUGE + ", " + HUGE + "0, false",
    "NumericGreaterThan, " + HUGE + ", " + HUGE + "0, true",
    "NumericEquals, " + HUGE + ".5, " + HUGE + ".50, true",
    "NumericLessThan, 0.1, 0.09999999999999999999999, true",
  })
  void comparesByValue(String operator, String policy, String request, boolean expected) {
    assertEquals(expected, holds(operator, policy, request));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ten",
        "",
        "1e3",
        "0x10",
        "1.",
        ".5",
        "1,000",
        " 1",
        "NaN",
        "Infinity",
        "--1",
        "+"
      })
  void requestValueThatIsNotANumberDoesNotMatch(String request) {
    assertFalse(holds("NumericEquals", "10", request));
    assertFalse(holds("NumericLessThan", "10", request));
    assertFalse(holds("NumericGreaterThanEquals", "0", request));
    assertTrue(holds("NumericNotEquals", "10", request));
  }

  @Test
  void overlongRequestNumberDoesNotMatch() {
    String long1 = "1".repeat(NumberText.MAX_LENGTH + 1);
    assertFalse(holds("NumericGreaterThan", "0", long1));
  }

  @Test
  void multipleValuesAreOred() {
    CompiledCondition condition = compile("NumericEquals", "shop:Amount", "1", "2.5");
    assertTrue(condition.test(context("shop:Amount", "2.50")));
    assertFalse(condition.test(context("shop:Amount", "3")));
  }

  @Test
  void variableValueIsParsedPerRequest() {
    CompiledCondition condition = compile("NumericLessThanEquals", "shop:Amount", "${shop:Limit}");
    assertTrue(
        condition.test(
            RequestContext.builder().put("shop:Amount", "5").put("shop:Limit", "10").build()));
    assertFalse(
        condition.test(
            RequestContext.builder().put("shop:Amount", "50").put("shop:Limit", "10").build()));
    assertFalse(
        condition.test(
            RequestContext.builder().put("shop:Amount", "5").put("shop:Limit", "ten").build()));
    assertFalse(condition.test(context("shop:Amount", "5")));
  }
}
