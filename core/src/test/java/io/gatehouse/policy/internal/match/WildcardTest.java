package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

  @ParameterizedTest(name = "\"{0}\" matches \"{1}\": {2}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "abc       | abc        | true",
        "abc       | abcd       | false",
        "abc       | ab         | false",
        "abc       | ABC        | false",
        "''        | ''         | true",
        "''        | a          | false",
        "*         | ''         | true",
        "*         | anything   | true",
        "**        | anything   | true",
        "a*        | a          | true",
        "a*        | abc        | true",
        "a*        | ba         | false",
        "*c        | abc        | true",
        "*c        | c          | true",
        "*c        | cb         | false",
        "a*c       | ac         | true",
        "a*c       | abbbc      | true",
        "a*c       | abcb       | false",
        "a**c      | abc        | true",
        "a***      | a          | true",
        "*a*       | bab        | true",
        "*a*       | bbb        | false",
        "?         | a          | true",
        "?         | ''         | false",
        "?         | ab         | false",
        "ab?       | abc        | true",
        "ab?       | ab         | false",
        "ab?       | abcd       | false",
        "??        | ab         | true",
        "a?c       | a:c        | true",
        "*?        | ''         | false",
        "*?        | a          | true",
        "?*        | a          | true",
        "*/*       | a/b/c      | true",
        "a*/c      | a/b/c      | true",
        "*:*       | a:b:c      | true",
        "*b*d      | abcbd      | true",
        "*b*d      | abcbde     | false",
        "mississ*ppi | mississippi | true",
        "*issip*   | mississippi | true",
        "*?ssip?   | mississippi | false",
        "*?ssip??  | mississippi | true",
      })
  void globMatchesCaseSensitively(String pattern, String text, boolean expected) {
    assertEquals(expected, Wildcard.compile(pattern, false).matches(text));
  }

  @Test
  void ignoreCaseLowerCasesBothSides() {
    Wildcard w = Wildcard.compile("Shop:Get*", true);
    assertTrue(w.matches("shop:getorder"));
    assertTrue(w.matches("SHOP:GETORDER"));
    assertFalse(w.matches("shop:putorder"));
    assertTrue(Wildcard.literal("FINANCE", true).matches("Finance"));
  }

  @Test
  void ignoreCaseHandlesNonAsciiTextLikeRootLowerCasing() {
    assertTrue(Wildcard.literal("\u00C9COLE", true).matches("\u00E9cole"));
    assertTrue(Wildcard.compile("\u00E9c*", true).matches("\u00C9COLE"));
    assertTrue(Wildcard.literal("\u212A", true).matches("K"));
    assertTrue(Wildcard.literal("\u0130", true).matches("i\u0307"));
    assertFalse(Wildcard.literal("i", true).matches("\u0130"));
  }

  @Test
  void ignoreCaseMatchesRegionOfMixedCaseText() {
    assertTrue(Wildcard.compile("*-east-?", true).matches("x:US-EAST-1:y", 2, 11));
  }

  @Test
  void literalTreatsStarAndQuestionMarkAsCharacters() {
    Wildcard w = Wildcard.literal("a*b?", false);
    assertTrue(w.matches("a*b?"));
    assertFalse(w.matches("axxbc"));
    assertFalse(w.hasWildcards());
    assertFalse(Wildcard.literal("*", false).matchesEverything());
    assertFalse(Wildcard.literal("*", false).matches("x"));
  }

  @Test
  void piecesMixLiteralAndWildcardText() {
    Wildcard w =
        Wildcard.ofPieces(
            List.of(
                Wildcard.Piece.pattern("home/"),
                Wildcard.Piece.literal("a*b"),
                Wildcard.Piece.pattern("/*")),
            false);
    assertTrue(w.matches("home/a*b/file"));
    assertFalse(w.matches("home/axxb/file"));
    assertTrue(w.hasWildcards());
  }

  @Test
  void literalPieceDoesNotJoinAdjacentStarsIntoOneRun() {
    Wildcard w =
        Wildcard.ofPieces(List.of(Wildcard.Piece.pattern("*"), Wildcard.Piece.literal("*")), false);
    assertTrue(w.matches("x*"));
    assertFalse(w.matches("x"));
    assertFalse(w.matchesEverything());
  }

  @Test
  void matchesEverythingOnlyForStars() {
    assertTrue(Wildcard.compile("*", false).matchesEverything());
    assertTrue(Wildcard.compile("***", false).matchesEverything());
    assertFalse(Wildcard.compile("*?", false).matchesEverything());
    assertFalse(Wildcard.compile("a*", false).matchesEverything());
  }

  @Test
  void hasWildcardsOnlyWithStarOrQuestionMark() {
    assertFalse(Wildcard.compile("abc", false).hasWildcards());
    assertTrue(Wildcard.compile("a?c", false).hasWildcards());
    assertTrue(Wildcard.compile("a*", false).hasWildcards());
  }

  @Test
  void matchesRegionWithoutSubstring() {
    Wildcard w = Wildcard.compile("us-*", false);
    String text = "arn:aws:s3:us-east-1:123";
    assertTrue(w.matches(text, 11, 20));
    assertFalse(w.matches(text, 0, 3));
    assertTrue(Wildcard.compile("", false).matches(text, 4, 4));
    assertTrue(Wildcard.compile("EAST", true).matches(text, 14, 18));
  }

  @Test
  void questionMarkMatchesOneCodePoint() {
    String emoji = "\uD83D\uDE00";
    assertTrue(Wildcard.compile("a?b", false).matches("a" + emoji + "b"));
    assertFalse(Wildcard.compile("a??b", false).matches("a" + emoji + "b"));
    assertTrue(Wildcard.compile("*?b", false).matches(emoji + "b"));
  }

  @Test
  void pathologicalPatternFinishesFast() {
    String text = "a".repeat(100_000);
    Wildcard w = Wildcard.compile("a*a*a*a*a*a*b", false);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(w.matches(text)));
    Wildcard many = Wildcard.compile("*a".repeat(50) + "*b", false);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(many.matches(text)));
    assertTrue(Wildcard.compile("a*a*a*a*a*a*", false).matches(text));
  }

  @Test
  void toStringShowsPatternAsWritten() {
    assertEquals("Shop:Get*", Wildcard.compile("Shop:Get*", true).toString());
  }
}
