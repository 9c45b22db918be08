package io.gatehouse.agent.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemplateConcatenationTest {
  private static TemplateConcatenation of(String... literals) {
    return TemplateConcatenation.of(literals).orElseThrow(() -> new AssertionError("no concatenation class"));
  }

  @Test
  void joinsOneToThreeValuesBetweenTheLiterals() {
    assertEquals("arn:shop:orders::1:order/7", of("arn:shop:orders::", ":order/", "").join("1", "7", null));
    assertEquals("[x]", of("[", "]").join("x", null, null));
    assertEquals("a-b-c", of("", "-", "-", "").join("a", "b", "c"));
    assertEquals("abc", of("", "", "", "").join("a", "b", "c"), "no literal at all");
  }

  @Test
  void literalsAreNeverReadAsRecipeTags() {
    assertEquals("\u0001x\u0002", of("\u0001", "\u0002").join("x", null, null));
    assertEquals("\u0002\u0001", of("", "").join("\u0002", null, null).concat("\u0001"));
  }

  @Test
  void eachTemplateHasItsOwnHiddenClass() {
    TemplateConcatenation a = of("a/", "");
    TemplateConcatenation b = of("b/", "");
    assertNotSame(a.getClass(), b.getClass());
    assertTrue(a.getClass().isHidden());
    assertEquals("a/1", a.join("1", null, null));
    assertEquals("b/1", b.join("1", null, null));
  }

  @Test
  void refusesShapesItDoesNotJoin() {
    assertThrows(IllegalArgumentException.class, () -> TemplateConcatenation.of(new String[] {"only"}));
    assertThrows(IllegalArgumentException.class, () -> TemplateConcatenation.of(new String[] {"", "", "", "", ""}));
  }
}
