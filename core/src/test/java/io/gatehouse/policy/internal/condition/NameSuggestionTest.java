package io.gatehouse.policy.internal.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggestionTest {
  private static final List<String> NAMES =
      List.of("StringEquals", "StringNotEquals", "Bool", "Null");

  @Test
  void distanceCountsEditsAndTranspositions() {
    assertEquals(0, NameSuggestion.distance("abc", "abc"));
    assertEquals(1, NameSuggestion.distance("abc", "abcd"));
    assertEquals(1, NameSuggestion.distance("abc", "ab"));
    assertEquals(1, NameSuggestion.distance("abc", "abd"));
    assertEquals(1, NameSuggestion.distance("abc", "acb"));
    assertEquals(3, NameSuggestion.distance("", "abc"));
  }

  @Test
  void prefersCaseInsensitiveEquality() {
    assertEquals("Null", NameSuggestion.closest("NULL", NAMES));
  }

  @Test
  void suggestsWithinTwoEdits() {
    assertEquals("StringEquals", NameSuggestion.closest("StringEqual", NAMES));
    assertEquals("StringNotEquals", NameSuggestion.closest("StringNotEqual", NAMES));
    assertEquals("Bool", NameSuggestion.closest("Boool", NAMES));
  }

  @Test
  void suggestsNothingWhenFar() {
    assertNull(NameSuggestion.closest("Regex", NAMES));
    assertNull(NameSuggestion.closest("x".repeat(100_000), NAMES));
  }
}
