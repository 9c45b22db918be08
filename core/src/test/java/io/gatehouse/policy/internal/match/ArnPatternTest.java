package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArnPatternTest {

  @Test
  void matchesEachPartSeparately() {
    ArnPattern p = ArnPattern.compile("arn:aws:shop:*:111111111111:order/*");
    assertTrue(p.matches("arn:aws:shop:us-east-1:111111111111:order/1001"));
    assertTrue(p.matches("arn:aws:shop::111111111111:order/"));
    assertFalse(p.matches("arn:aws:shop:us-east-1:222222222222:order/1001"));
  }

  @Test
  void starInRegionCannotAbsorbColons() {
    ArnPattern p = ArnPattern.compile("arn:aws:shop:*:111111111111:order/*");
    assertFalse(p.matches("arn:aws:shop:us-east-1:111111111111:x:111111111111:order/1"));
    ArnPattern q = ArnPattern.compile("arn:aws:someservice:*:111122223333:finance/*");
    assertFalse(
        q.matches(
            "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt"));
  }

  @Test
  void resourcePartMayHoldColons() {
    ArnPattern p = ArnPattern.compile("arn:aws:logs:*:*:log-group:*");
    assertTrue(p.matches("arn:aws:logs:us-east-1:111111111111:log-group:app:log-stream:x"));
  }

  @Test
  void questionMarkStaysWithinOnePart() {
    ArnPattern p = ArnPattern.compile("arn:aws:ec2:*:*:instance/i-?????");
    assertTrue(p.matches("arn:aws:ec2:eu-west-1:111111111111:instance/i-12345"));
    assertFalse(p.matches("arn:aws:ec2:eu-west-1:111111111111:instance/i-1234"));
  }

  @Test
  void isCaseSensitive() {
    ArnPattern p = ArnPattern.compile("arn:aws:iam::*:role/Admin");
    assertFalse(p.matches("arn:aws:iam::111111111111:role/admin"));
    assertFalse(p.matches("ARN:aws:iam::111111111111:role/Admin"));
  }

  @Test
  void textWithFewerThanSixPartsNeverMatches() {
    ArnPattern p = ArnPattern.compile("arn:*:*:*:*:*");
    assertTrue(p.matches("arn:a:b:c:d:e"));
    assertFalse(p.matches("arn:a:b:c:d"));
    assertFalse(p.matches("not an arn"));
    assertFalse(p.matches(""));
  }

  @Test
  void compileReturnsNullForPatternWithFewerThanSixParts() {
    assertNull(ArnPattern.compile("*"));
    assertNull(ArnPattern.compile("arn:aws:s3"));
  }

  @Test
  void piecesSplitAtColonsOfLiteralPiecesToo() {
    ArnPattern p =
        ArnPattern.ofPieces(
            List.of(
                Wildcard.Piece.pattern("arn:aws:s3:::"),
                Wildcard.Piece.literal("b*"),
                Wildcard.Piece.pattern("/*")));
    assertTrue(p.matches("arn:aws:s3:::b*/key"));
    assertFalse(p.matches("arn:aws:s3:::bucket/key"));
    ArnPattern account =
        ArnPattern.ofPieces(
            List.of(
                Wildcard.Piece.literal("arn:aws"),
                Wildcard.Piece.pattern(":iam::"),
                Wildcard.Piece.literal("111111111111"),
                Wildcard.Piece.pattern(":user/*")));
    assertTrue(account.matches("arn:aws:iam::111111111111:user/alice"));
  }

  @Test
  void matchesAsThePartByPartScanDid() {
    Random r = new Random(0x7E57_0003L);
    int matched = 0;
    for (int round = 0; round < 50_000; round++) {
      String text = randomArnPattern(r);
      ArnPattern pattern = ArnPattern.compile(text);
      Wildcard[] parts = referenceParts(List.of(Wildcard.Piece.pattern(text)));
      assertEquals(parts == null, pattern == null, text);
      if (pattern == null) {
        continue;
      }
      String arn = r.nextInt(3) == 0 ? randomArn(r) : instance(r, text);
      boolean expected = referenceMatches(parts, arn);
      assertEquals(expected, pattern.matches(arn), () -> text + " vs " + arn);
      assertEquals(expected, pattern.matches(new StringBuilder(arn)), () -> text + " vs " + arn);
      matched += expected ? 1 : 0;
    }
    assertTrue(matched > 5_000, "matched " + matched);
  }

  private static final String[] PART_TOKENS = {"", "aws", "shop", "s3", "*", "?", "a*", "*b", "1",
      "us-east-1", "order/", "order/*", "team-?/*", ":", "x:y", "\uD83D\uDE00"};

  /** A pattern that is usually, not always, ARN-shaped. */
  static String randomArnPattern(Random r) {
    StringBuilder t = new StringBuilder(r.nextInt(8) == 0 ? "" : "arn");
    int parts = 4 + r.nextInt(4);
    for (int i = 0; i < parts; i++) {
      t.append(':');
      int n = r.nextInt(3);
      for (int j = 0; j < n; j++) {
        t.append(PART_TOKENS[r.nextInt(PART_TOKENS.length)]);
      }
    }
    return t.toString();
  }

  /** An ARN-like text. */
  static String randomArn(Random r) {
    String[] fills = {"", "aws", "shop", "s3", "a", "b", "1", "us-east-1", "order/", "team-1/x",
        ":", "\uD83D\uDE00", "\uDC00"};
    StringBuilder t = new StringBuilder(r.nextInt(8) == 0 ? "ARN" : "arn");
    int parts = 3 + r.nextInt(5);
    for (int i = 0; i < parts; i++) {
      t.append(':');
      int n = r.nextInt(3);
      for (int j = 0; j < n; j++) {
        t.append(fills[r.nextInt(fills.length)]);
      }
    }
    return t.toString();
  }

  /** The pattern's text with its wildcards filled in: an ARN it often matches. */
  private static String instance(Random r, String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        out.append(new String[] {"", "a", "b/c", "a:b", "\uD83D\uDE00"}[r.nextInt(5)]);
      } else if (c == '?') {
        out.append(r.nextBoolean() ? "q" : "\uD83D\uDE00");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The parts' globs as the pattern splits them, or null if it has fewer than six parts. */
  static Wildcard[] referenceParts(List<Wildcard.Piece> pieces) {
    List<List<Wildcard.Piece>> split = new ArrayList<>();
    List<Wildcard.Piece> current = new ArrayList<>();
    for (Wildcard.Piece piece : pieces) {
      String rest = piece.text();
      int colon;
      while (split.size() < 5 && (colon = rest.indexOf(':')) >= 0) {
        current.add(new Wildcard.Piece(rest.substring(0, colon), piece.literal()));
        split.add(current);
        current = new ArrayList<>();
        rest = rest.substring(colon + 1);
      }
      current.add(new Wildcard.Piece(rest, piece.literal()));
    }
    split.add(current);
    if (split.size() < 6) {
      return null;
    }
    Wildcard[] parts = new Wildcard[6];
    for (int i = 0; i < 6; i++) {
      parts[i] = Wildcard.ofPieces(split.get(i), false);
    }
    return parts;
  }

  /** The character-by-character scan of the ARN, over a StringBuilder (Wildcard's general path). */
  static boolean referenceMatches(Wildcard[] parts, String arn) {
    CharSequence text = new StringBuilder(arn);
    int start = 0;
    int part = 0;
    for (int i = 0; i < text.length() && part < 5; i++) {
      if (text.charAt(i) == ':') {
        if (!parts[part].matches(text, start, i)) {
          return false;
        }
        part++;
        start = i + 1;
      }
    }
    return part == 5 && parts[part].matches(text, start, text.length());
  }
}
