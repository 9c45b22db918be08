package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternSyntaxTest {

  @Test
  void acceptsActionsWithAService() {
    for (String a : List.of("*", "shop:Get*", "s3:*Object*", "execute-api:Invoke", "iam:?et*")) {
      assertNull(PatternSyntax.checkAction(a), a);
    }
  }

  @Test
  void refusesActionsWithoutAServiceOrName() {
    for (String a : List.of("GetOrder", "shop:", ":Get", "shop:a:b", "shop: Get", "", "**")) {
      assertNotNull(PatternSyntax.checkAction(a), a);
    }
    assertEquals(
        "expected \"*\" or \"service:action\", found \"GetOrder\"",
        PatternSyntax.checkAction("GetOrder"));
  }

  @Test
  void acceptsArnsWithWildcardsAndVariables() {
    for (String r :
        List.of(
            "*",
            "arn:aws:s3:::bucket",
            "arn:aws:s3:::bucket/${aws:username}/*",
            "arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}",
            "arn:*:shop:*:*:order/*",
            "arn:aws:sns:eu-west-1:123456789012:topic:with:colons")) {
      assertNull(PatternSyntax.checkResource(r), r);
    }
  }

  @Test
  void refusesMalformedArns() {
    for (String r :
        List.of(
            "orders/*",
            "arn:aws:s3",
            "arn::s3:::b",
            "arn:aws::::b",
            "arn:aws:s3:::",
            "ARN:aws:s3:::b",
            "arn:aws:s3::: b",
            "")) {
      assertEquals("malformed ARN " + LocatedScalar.quote(r), PatternSyntax.checkResource(r), r);
    }
  }

  @Test
  void splitsArnsOutsideVariables() {
    assertEquals(
        List.of("arn", "aws", "iam", "", "${aws:PrincipalAccount}", "user/a:b"),
        PatternSyntax.arnParts("arn:aws:iam::${aws:PrincipalAccount}:user/a:b"));
  }
}
