package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArnTest {

  @Test
  void parseSplitsAtFirstFiveColons() {
    Arn arn = Arn.parse("arn:aws:logs:us-east-1:111111111111:log-group:app:*");
    assertEquals(new Arn("aws", "logs", "us-east-1", "111111111111", "log-group:app:*"), arn);
  }

  @Test
  void parseKeepsEmptyParts() {
    Arn arn = Arn.parse("arn:aws:s3:::bucket/key");
    assertEquals("", arn.region());
    assertEquals("", arn.account());
    assertEquals("bucket/key", arn.resource());
  }

  @Test
  void parseReturnsNullForNonArns() {
    assertNull(Arn.parse("bucket/key"));
    assertNull(Arn.parse("arn:aws:s3"));
    assertNull(Arn.parse("ARN:aws:s3:::b"));
    assertNull(Arn.parse(null));
  }

  @Test
  void toStringRebuildsText() {
    String text = "arn:aws:iam::111111111111:user/alice";
    assertEquals(text, Arn.parse(text).toString());
  }

  @Test
  void checkArnAcceptsWellFormedArnsAndPatterns() {
    assertNull(Arn.checkArn("arn:aws:s3:::bucket/*"));
    assertNull(Arn.checkArn("arn:aws:shop:*:111111111111:order/*"));
    assertNull(Arn.checkArn("arn:*:*:*:*:*"));
  }

  @Test
  void checkArnExplainsMissingParts() {
    assertEquals(
        "malformed ARN \"arn:aws:s3\": expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
        Arn.checkArn("arn:aws:s3"));
    assertEquals(
        "malformed ARN \"bucket\": expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
        Arn.checkArn("bucket"));
  }

  @Test
  void checkArnRequiresPartitionAndService() {
    assertEquals(
        "malformed ARN \"arn::s3:::b\": the partition is empty:"
            + " expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
        Arn.checkArn("arn::s3:::b"));
    assertEquals(
        "malformed ARN \"arn:aws::::b\": the service is empty:"
            + " expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
        Arn.checkArn("arn:aws::::b"));
  }
}
