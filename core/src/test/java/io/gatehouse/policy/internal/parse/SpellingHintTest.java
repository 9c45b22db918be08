package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpellingHintTest {

  @Test
  void suggestsTheClosestKnownKey() {
    assertEquals("Action", SpellingHint.closest("Actions", StatementReader.KEYS));
    assertEquals("NotAction", SpellingHint.closest("notaction", StatementReader.KEYS));
    assertEquals("Condition", SpellingHint.closest("Condtion", StatementReader.KEYS));
    assertEquals("Resource", SpellingHint.closest("Resources", StatementReader.KEYS));
    assertEquals("Statement", SpellingHint.closest("Statment", PolicyReader.KEYS));
    assertEquals("Sid", SpellingHint.closest("Sids", StatementReader.KEYS));
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertNull(SpellingHint.closest("Colour", StatementReader.KEYS));
    assertNull(SpellingHint.closest("Foo", PolicyReader.KEYS));
    assertEquals("", SpellingHint.didYouMean("Priority", StatementReader.KEYS));
  }

  @Test
  void rendersTheHint() {
    assertEquals(
        "; did you mean \"Effect\"?", SpellingHint.didYouMean("Efect", StatementReader.KEYS));
  }
}
