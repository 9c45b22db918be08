package io.gatehouse.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
  private final PolicyParser parser = new PolicyParser();

  @Test
  void writesEveryElementCompactly() {
    String json = "{\"Version\":\"2012-10-17\",\"Id\":\"doc\",\"Statement\":[{\"Sid\":\"One\",\"Effect\":\"Deny\","
        + "\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::123456789012:root\",\"arn:aws:iam::123456789012:user/a\"]},"
        + "\"NotAction\":\"s3:*\",\"NotResource\":[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\"],"
        + "\"Condition\":{\"StringEquals\":{\"aws:username\":[\"a\",\"b\"],\"aws:PrincipalTag/team\":\"x\"},"
        + "\"Bool\":{\"aws:SecureTransport\":\"true\"}}}]}";
    assertEquals(json, PolicyJson.write(parser.parse(json, "p.json")));
  }

  @Test
  void writesTheCanonicalFormOfEquivalentText() {
    String yaml = "Statement:\n  Effect: Allow\n  Principal: \"*\"\n  Action: [\"sts:AssumeRole\"]\n"
        + "  Condition:\n    Bool:\n      aws:MultiFactorAuthPresent: true\n";
    PolicyDocument doc = parser.parse(yaml, "p.yaml");
    assertEquals("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\","
        + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}]}", PolicyJson.write(doc));
  }

  @Test
  void escapesStrings() {
    String json = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\","
        + "\"Condition\":{\"StringLike\":{\"s3:prefix\":\"a\\\"b\\\\c\\td\"}}}}";
    assertEquals("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\","
        + "\"Condition\":{\"StringLike\":{\"s3:prefix\":\"a\\\"b\\\\c\\td\"}}}]}",
        PolicyJson.write(parser.parse(json, "p.json")));
  }

  @Test
  void sizeIgnoresWhitespace() {
    assertEquals(7, PolicyJson.size(" {\n\t\"a\" : 1 }\r\n"));
  }
}
