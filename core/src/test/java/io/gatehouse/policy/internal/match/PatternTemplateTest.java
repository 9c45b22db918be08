package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternTemplateTest {

  @Test
  void policyTextKeepsWildcardsAndResolvedValuesAreLiteral() {
    PatternTemplate t = PatternTemplate.parse("home/${aws:username}/*");
    RequestContext context = RequestContext.builder().put("aws:username", "a?c").build();
    assertEquals(
        List.of(
            Wildcard.Piece.pattern("home/"),
            Wildcard.Piece.literal("a?c"),
            Wildcard.Piece.pattern("/*")),
        t.pieces(context));
    assertTrue(t.hasVariables());
  }

  @Test
  void escapesBecomeLiteralPieces() {
    PatternTemplate t = PatternTemplate.parse("report${*}");
    assertFalse(t.hasVariables());
    assertEquals(
        List.of(Wildcard.Piece.pattern("report"), Wildcard.Piece.literal("*")),
        t.pieces(RequestContext.empty()));
  }

  @Test
  void unresolvableVariableGivesNull() {
    assertNull(PatternTemplate.parse("${aws:username}").pieces(RequestContext.empty()));
  }

  @Test
  void toStringIsTextAsWritten() {
    assertEquals("a/${aws:username}", PatternTemplate.parse("a/${aws:username}").toString());
  }
}
