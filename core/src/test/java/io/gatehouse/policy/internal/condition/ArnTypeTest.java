package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.compile;
import static io.gatehouse.policy.internal.condition.ClauseFixture.holds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArnTypeTest {

  @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
  @CsvSource({
    "ArnLike, arn:aws:iam::*:role/*, arn:aws:iam::123456789012:role/AdminRole, true",
    "ArnLike, arn:aws:iam::*:role/*, arn:aws:iam::123456789012:user/User, false",
    "ArnEquals, arn:aws:iam::*:role/*, arn:aws:iam::123456789012:role/AdminRole, true",
    "ArnEquals, arn:aws:iam::123456789012:role/Admin, arn:aws:iam::123456789012:role/Admin, true",
    "ArnEquals, arn:aws:iam::123456789012:role/Admin, arn:aws:iam::123456789012:role/admin, false",
    "ArnLike, arn:aws:ec2:*:*:instance/i-?????, arn:aws:ec2:us-east-1:1:instance/i-12345, true",
    "ArnLike, arn:aws:someservice:*:111122223333:finance/*,"
        + " arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt,"
        + " false",
    "ArnLike, arn:aws:sns:*:*:topic, arn:aws:sns:us-east-1:1:topic, true",
    "ArnLike, arn:aws:s3:::bucket/*, not-an-arn, false",
    "ArnLike, arn:aws:s3:::bucket/*, arn:aws:s3, false",
    "ArnLike, *, arn:aws:s3:::bucket, false",
    "ArnNotLike, arn:aws:iam::*:role/*, arn:aws:iam::123456789012:user/User, true",
    "ArnNotLike, arn:aws:iam::*:role/*, arn:aws:iam::123456789012:role/R, false",
    "ArnNotLike, arn:aws:s3:::bucket/*, not-an-arn, true",
    "ArnNotEquals, arn:aws:iam::*:role/*, arn:aws:iam::123456789012:role/R, false",
    "ArnNotEquals, arn:aws:iam::*:role/*, arn:aws:iam::123456789012:user/U, true",
  })
  void matchesPartByPart(String operator, String policy, String request, boolean expected) {
    assertEquals(expected, holds(operator, policy, request));
  }

  @Test
  void variableInAccountPartResolvesPerRequest() {
    CompiledCondition condition =
        compile("ArnLike", "aws:PrincipalArn", "arn:aws:iam::${aws:PrincipalAccount}:role/*");
    RequestContext same =
        RequestContext.builder()
            .put("aws:PrincipalAccount", "111111111111")
            .put("aws:PrincipalArn", "arn:aws:iam::111111111111:role/R")
            .build();
    assertTrue(condition.test(same));
    RequestContext other =
        RequestContext.builder()
            .put("aws:PrincipalAccount", "222222222222")
            .put("aws:PrincipalArn", "arn:aws:iam::111111111111:role/R")
            .build();
    assertFalse(condition.test(other));
  }

  @Test
  void escapedStarIsLiteralInArnPattern() {
    CompiledCondition condition = compile("ArnLike", "k", "arn:aws:s3:::bucket/${*}");
    assertFalse(condition.test(ClauseFixture.context("k", "arn:aws:s3:::bucket/x")));
    assertTrue(condition.test(ClauseFixture.context("k", "arn:aws:s3:::bucket/*")));
  }
}
