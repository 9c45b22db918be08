package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.holds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTypeTest {

  @ParameterizedTest(name = "{2} {0} {1}: {3}")
  @CsvSource({
    "DateGreaterThan, 2024-01-01T00:00:00Z, 2024-06-01T12:00:00Z, true",
    "DateGreaterThan, 2024-01-01T00:00:00Z, 2024-01-01T00:00:00Z, false",
    "DateGreaterThan, 2024-01-01T00:00:00Z, 2023-12-31T23:59:59Z, false",
    "DateGreaterThanEquals, 2024-01-01T00:00:00Z, 2024-01-01T00:00:00Z, true",
    "DateGreaterThanEquals, 2024-01-01T00:00:00Z, 2023-12-31T23:59:59.999Z, false",
    "DateLessThan, 2024-01-01T00:00:00Z, 2023-12-31T23:59:59Z, true",
    "DateLessThan, 2024-01-01T00:00:00Z, 2024-01-01T00:00:00Z, false",
    "DateLessThanEquals, 2024-01-01T00:00:00Z, 2024-01-01T00:00:00Z, true",
    "DateLessThanEquals, 2024-01-01T00:00:00Z, 2024-01-01T00:00:00.001Z, false",
    "DateEquals, 1704067200, 2024-01-01T00:00:00Z, true",
    "DateEquals, 2024-01-01T00:00:00Z, 1704067200, true",
    "DateEquals, 2024-01-01, 2024-01-01T00:00:00Z, true",
    "DateEquals, 2024-01-01T00:00Z, 2024-01-01T00:00:00.000Z, true",
    "DateEquals, 2024-01-01T02:00:00+02:00, 2024-01-01T00:00:00Z, true",
    "DateEquals, 2024-01-01T00:00:00Z, 2024-01-01T00:00:00.5Z, false",
    "DateNotEquals, 2024-01-01T00:00:00Z, 2024-01-01T00:00:01Z, true",
    "DateNotEquals, 2024-01-01T00:00:00Z, 1704067200, false",
  })
  void comparesInstants(String operator, String policy, String request, boolean expected) {
    assertEquals(expected, holds(operator, policy, request));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "", "2024-13-01", "2024-01-01 00:00:00", "01/01/2024"})
  void requestValueThatIsNotADateDoesNotMatch(String request) {
    assertFalse(holds("DateLessThan", "2030-01-01", request));
    assertFalse(holds("DateGreaterThan", "1970-01-01", request));
    assertTrue(holds("DateNotEquals", "2030-01-01", request));
  }
}
