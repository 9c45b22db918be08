package io.gatehouse.policy.internal.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request values read once per request ({@link ContextValues}) must compare exactly as the text
 * read again for every policy value did.
 */
class ContextValuesTest {
  private static final List<String> REQUEST_VALUES = List.of(
      "", "0", "42", "-7", "+3", "1.5", "250", "999999999999999999", "1e3", "abc", "10.20.30.40",
      "10.20.30", "256.1.1.1", "192.168.1.7", "2001:db8::1", "::ffff:10.0.0.1", "fe80::1%eth0",
      "2026-06-15T12:00:00Z", "2026-06-15", "2026-06-15T12:00:00.123+02:00", "1704067200",
      "2026-13-01T00:00:00Z", "2030-01-01T00:00:00Z");

  @Test
  void readingsCompareAsTheText() {
    List<ValueMatcher> matchers = new ArrayList<>();
    for (String type : List.of("DateLessThan", "DateEquals", "DateGreaterThanEquals")) {
      for (String v : List.of("2026-06-15T12:00:00Z", "2030-01-01", "1704067200")) {
        matchers.add(typeOf(type).compile(v));
      }
    }
    for (String type : List.of("NumericLessThan", "NumericEquals", "NumericGreaterThan")) {
      for (String v : List.of("250", "-7", "1.5", "1000000000000000000000")) {
        matchers.add(typeOf(type).compile(v));
      }
    }
    for (String v : List.of("10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32", "0.0.0.0/0", "::/0")) {
      matchers.add(typeOf("IpAddress").compile(v));
    }
    ContextValues all = ContextValues.copyOf(REQUEST_VALUES);
    for (ValueMatcher m : matchers) {
      for (int i = 0; i < REQUEST_VALUES.size(); i++) {
        String value = REQUEST_VALUES.get(i);
        assertEquals(m.matches(value), m.matches(all, i), value);
        assertEquals(m.matches(value), m.matches(ContextValues.of(value), 0), value);
      }
    }
  }

  private static ValueType typeOf(String operator) {
    switch (operator) {
      case "DateLessThan":
        return new DateType(Comparison.LESS_THAN);
      case "DateEquals":
        return new DateType(Comparison.EQUALS);
      case "DateGreaterThanEquals":
        return new DateType(Comparison.GREATER_THAN_EQUALS);
      case "NumericLessThan":
        return new NumericType(Comparison.LESS_THAN);
      case "NumericEquals":
        return new NumericType(Comparison.EQUALS);
      case "NumericGreaterThan":
        return new NumericType(Comparison.GREATER_THAN);
      default:
        return new IpAddressType();
    }
  }

  @Test
  void isAnImmutableListOfItsValues() {
    ContextValues values = ContextValues.copyOf(List.of("a", "b"));
    assertEquals(List.of("a", "b"), values);
    assertEquals(List.of("a", "b").hashCode(), values.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> values.add("c"));
    assertThrows(NullPointerException.class, () -> ContextValues.of(null));
    ContextValues one = ContextValues.of("a");
    assertEquals(List.of("a"), one);
    assertEquals(1, one.size());
    assertThrows(IndexOutOfBoundsException.class, () -> one.get(1));
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> ContextValues.copyOf(withNull));
  }
}
