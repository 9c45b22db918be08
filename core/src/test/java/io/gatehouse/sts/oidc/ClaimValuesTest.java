package io.gatehouse.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimValuesTest {

  @Test
  void readsNumericDates() {
    assertEquals(
        Instant.ofEpochSecond(1_700_000_000L),
        ClaimValues.numericDate(Map.of("exp", 1_700_000_000L), "exp"));
    assertEquals(
        Instant.ofEpochSecond(1_700_000_000L, 250_000_000),
        ClaimValues.numericDate(Map.of("exp", 1_700_000_000.25), "exp"));
    assertEquals(Instant.ofEpochSecond(-1), ClaimValues.numericDate(Map.of("exp", -1L), "exp"));
    assertNull(ClaimValues.numericDate(Map.of(), "exp"));
  }

  @Test
  void refusesDatesOutOfRangeOrOfAnotherType() {
    for (Object value :
        List.of(Long.MAX_VALUE, new BigInteger("99999999999999999999"), Double.MAX_VALUE)) {
      assertEquals(
          "the token's exp claim is out of range",
          assertThrows(
                  InvalidIdentityTokenException.class,
                  () -> ClaimValues.numericDate(Map.of("exp", value), "exp"))
              .getMessage());
    }
    for (Object value : List.of("1700000000", true, List.of(1L))) {
      assertEquals(
          "the token's exp claim is not a number of seconds",
          assertThrows(
                  InvalidIdentityTokenException.class,
                  () -> ClaimValues.numericDate(Map.of("exp", value), "exp"))
              .getMessage());
    }
  }

  @Test
  void readsStringOrStrings() {
    assertEquals(List.of("a"), ClaimValues.stringOrStrings(Map.of("aud", "a"), "aud"));
    assertEquals(
        List.of("a", "b"), ClaimValues.stringOrStrings(Map.of("aud", List.of("a", "b")), "aud"));
    assertEquals(List.of(), ClaimValues.stringOrStrings(Map.of(), "aud"));
    assertThrows(
        InvalidIdentityTokenException.class,
        () -> ClaimValues.stringOrStrings(Map.of("aud", true), "aud"));
  }
}
