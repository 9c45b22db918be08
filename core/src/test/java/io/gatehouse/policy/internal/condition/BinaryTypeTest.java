package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.holds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryTypeTest {

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource({
    "QmluYXJ5VmFsdWVJbkJhc2U2NA==, QmluYXJ5VmFsdWVJbkJhc2U2NA==, true",
    "QmluYXJ5VmFsdWVJbkJhc2U2NA==, QmluYXJ5VmFsdWVJbkJhc2U2NA, true",
    "QmluYXJ5VmFsdWVJbkJhc2U2NA, QmluYXJ5VmFsdWVJbkJhc2U2NA==, true",
    "QmluYXJ5VmFsdWVJbkJhc2U2NA==, QmluYXJ5VmFsdWVJbkJhc2U2NQ==, false",
    "QmluYXJ5VmFsdWVJbkJhc2U2NA==, qmluyxj5vmfsdwvjbkjhc2u2na==, false",
    "QmluYXJ5VmFsdWVJbkJhc2U2NA==, not*base64, false",
    "QmluYXJ5VmFsdWVJbkJhc2U2NA==, '', false",
    "'', '', true",
    "AAEC, AAEC, true",
    "AAEC, AAED, false",
  })
  void comparesDecodedBytes(String policy, String request, boolean expected) {
    assertEquals(expected, holds("BinaryEquals", policy, request));
  }

  @Test
  void checkRejectsInvalidBase64() {
    BinaryType type = new BinaryType();
    assertNull(type.check("QmluYXJ5"));
    assertEquals("expected base-64 data, found \"Qm=luYX\"", type.check("Qm=luYX"));
    assertEquals("expected base-64 data, found \"a\"", type.check("a"));
    assertEquals("expected base-64 data, found \"-_-_\"", type.check("-_-_"));
  }
}
