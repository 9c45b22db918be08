package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionPatternTest {

  @Test
  void exactActionMatchesIgnoringCaseOfThePattern() {
    ActionPattern p = ActionPattern.compile("SHOP:getorder");
    assertTrue(p.matches("shop:getorder"));
    assertFalse(p.matches("shop:getorders"));
  }

  @Test
  void prefixWildcardMatches() {
    ActionPattern p = ActionPattern.compile("shop:Get*");
    assertTrue(p.matches("shop:getorder"));
    assertTrue(p.matches("shop:get"));
    assertFalse(p.matches("shop:putorder"));
    assertFalse(p.matches("other:getorder"));
  }

  @Test
  void infixWildcardsAndQuestionMarkMatch() {
    assertTrue(ActionPattern.compile("s3:*Object*").matches("s3:getobjectacl"));
    assertFalse(ActionPattern.compile("s3:*Object*").matches("s3:listbucket"));
    assertTrue(ActionPattern.compile("shop:Get?rder").matches("shop:getorder"));
  }

  @Test
  void starMatchesEveryAction() {
    ActionPattern p = ActionPattern.compile("*");
    assertTrue(p.matches("shop:getorder"));
    assertTrue(p.matchesEverything());
    assertNull(p.servicePrefix());
    assertNull(p.exactAction());
  }

  @Test
  void servicePrefixIsLowerCasedLiteralBeforeColon() {
    assertEquals("shop", ActionPattern.compile("Shop:Get*").servicePrefix());
    assertEquals("s3", ActionPattern.compile("s3:*").servicePrefix());
    assertNull(ActionPattern.compile("sh*:GetOrder").servicePrefix());
    assertNull(ActionPattern.compile("sh?p:GetOrder").servicePrefix());
    assertNull(ActionPattern.compile("shop").servicePrefix());
  }

  @Test
  void exactActionOnlyWithoutWildcards() {
    assertEquals("shop:getorder", ActionPattern.compile("Shop:GetOrder").exactAction());
    assertNull(ActionPattern.compile("shop:Get*").exactAction());
    assertNull(ActionPattern.compile("shop:Get?rder").exactAction());
  }

  @Test
  void matchesWithoutAllocating() {
    List<ActionPattern> patterns =
        List.of(
            ActionPattern.compile("shop:GetOrder"),
            ActionPattern.compile("shop:Get*"),
            ActionPattern.compile("shop:*Order"),
            ActionPattern.compile("shop:G?t*r"),
            ActionPattern.compile("*"));
    int[] matched = {0};
    long allocated =
        AllocationMeter.bytesAllocatedBy(
            () -> {
              for (int i = 0; i < 10_000; i++) {
                for (int p = 0; p < patterns.size(); p++) {
                  if (patterns.get(p).matches("shop:getorder")) {
                    matched[0]++;
                  }
                }
              }
            });
    assertEquals(50_000, matched[0]);
    assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes");
  }

  @Test
  void toStringIsPatternAsWritten() {
    assertEquals("Shop:Get*", ActionPattern.compile("Shop:Get*").toString());
  }
}
