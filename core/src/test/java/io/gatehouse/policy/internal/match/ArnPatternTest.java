package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
