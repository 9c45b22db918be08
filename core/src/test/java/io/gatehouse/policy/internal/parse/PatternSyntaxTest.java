package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      assertNull(PatternSyntax.checkResource(r, true), r);
    }
  }

  @Test
  void refusesMalformedArns() {
    String expected = ": expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE";
    String notArn = ": expected \"*\" or arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE";
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("orders/*", notArn);
    cases.put("ARN:aws:s3:::b", notArn);
    cases.put("arn:aws:s3::: b", notArn);
    cases.put("", notArn);
    cases.put("arn:aws:s3", expected);
    cases.put("arn::s3:::b", ": the partition is empty" + expected);
    cases.put("arn:aws::::b", ": the service is empty" + expected);
    cases.put("arn:aws:s3:::", ": the resource is empty");
    cases.forEach(
        (r, why) ->
            assertEquals(
                "malformed ARN " + LocatedScalar.quote(r) + why,
                PatternSyntax.checkResource(r, true),
                r));
  }

  @Test
  void checksVariableSyntaxOnlyWhenVariablesAreEnabled() {
    assertNotNull(PatternSyntax.checkResource("arn:aws:s3:::b/${aws:username", true));
    assertNull(PatternSyntax.checkResource("arn:aws:s3:::b/${aws:username", false));
  }
}
