package io.gatehouse.policy.internal.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "10", "-3", "+3", "1.5", "-0.25", "007", "123456789012345678901234567890"})
  void acceptsIntegersAndDecimals(String text) {
    assertTrue(NumberText.isNumber(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "ten", "1e3", "1E3", "1.", ".5", "-", "+", "1.2.3", " 1", "1 ", "0x1F", "NaN", "\u0661"
      })
  void rejectsEverythingElse(String text) {
    assertFalse(NumberText.isNumber(text));
  }

  @Test
  void parseGivesBigDecimalOrNull() {
    assertEquals(new BigDecimal("-2.50"), NumberText.parse("-2.50"));
    assertNull(NumberText.parse("x"));
  }

  @Test
  void parseLongHandlesPlainIntegersOnly() {
    assertEquals(42, NumberText.parseLong("42"));
    assertEquals(-42, NumberText.parseLong("-42"));
    assertEquals(42, NumberText.parseLong("+42"));
    assertEquals(999_999_999_999_999_999L, NumberText.parseLong("999999999999999999"));
    assertEquals(NumberText.NOT_A_LONG, NumberText.parseLong("9999999999999999999"));
    assertEquals(NumberText.NOT_A_LONG, NumberText.parseLong("1.5"));
    assertEquals(NumberText.NOT_A_LONG, NumberText.parseLong(""));
    assertEquals(NumberText.NOT_A_LONG, NumberText.parseLong("-"));
  }
}
