package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcePatternTest {
  private static final String ORDER = "arn:aws:shop:us-east-1:111111111111:order/1001";

  private static boolean matches(String pattern, String resource) {
    return ResourcePattern.compile(pattern, true).matches(resource, RequestContext.empty());
  }

  private static RequestContext context(String key, String value) {
    return RequestContext.builder().put(key, value).build();
  }

  @Test
  void starAloneMatchesEverything() {
    ResourcePattern p = ResourcePattern.compile("*", true);
    assertTrue(p.matchesEverything());
    assertTrue(p.matches(ORDER, null));
    assertTrue(p.matches("", null));
    assertTrue(p.matches("not-an-arn", null));
  }

  @Test
  void exactArnMatchesCaseSensitively() {
    assertTrue(matches(ORDER, ORDER));
    assertFalse(
        matches(
            "arn:aws:shop:us-east-1:111111111111:order/ABC",
            "arn:aws:shop:us-east-1:111111111111:order/abc"));
    assertFalse(ResourcePattern.compile(ORDER, true).matchesEverything());
  }

  @Test
  void resourceWildcardsMatchWithinResourcePart() {
    assertTrue(
        matches(
            "arn:aws:shop:us-east-1:111111111111:order/*",
            "arn:aws:shop:us-east-1:111111111111:order/2024/1001"));
    assertTrue(matches("arn:aws:shop:us-east-1:111111111111:order/100?", ORDER));
    assertFalse(matches("arn:aws:shop:us-east-1:111111111111:order/public-*", ORDER));
  }

  @Test
  void regionStarCannotAbsorbColons() {
    assertFalse(
        matches(
            "arn:aws:shop:*:111111111111:order/*",
            "arn:aws:shop:us-east-1:111111111111:x:111111111111:order/1"));
    assertTrue(matches("arn:aws:shop:*:111111111111:order/*", ORDER));
  }

  @Test
  void resourceWithFewerThanSixPartsDoesNotMatchArnPattern() {
    assertFalse(matches("arn:aws:shop:*:*:*", "arn:aws:shop:us-east-1"));
    assertFalse(matches("arn:aws:shop:*:*:*", "order/1001"));
  }

  @Test
  void nonArnPatternIsGlobbedWhole() {
    assertTrue(matches("order/*", "order/a:b:c"));
    assertFalse(matches("order/*", "orders/1"));
    assertTrue(matches("*:order/*", "x:y:order/1"));
  }

  @Test
  void arnPrefixedPatternWithFewerPartsIsGlobbedWhole() {
    assertTrue(matches("arn:*", ORDER));
  }

  @Test
  void variableIsSubstitutedAtMatchTime() {
    ResourcePattern p =
        ResourcePattern.compile(
            "arn:aws:shop:us-east-1:111111111111:order/${aws:username}/*", true);
    assertFalse(p.matchesEverything());
    assertTrue(
        p.matches(
            "arn:aws:shop:us-east-1:111111111111:order/alice/1", context("aws:username", "alice")));
    assertFalse(
        p.matches(
            "arn:aws:shop:us-east-1:111111111111:order/bob/1", context("aws:username", "alice")));
    assertTrue(
        p.matches(
            "arn:aws:shop:us-east-1:111111111111:order/alice/1", context("AWS:UserName", "alice")));
  }

  @Test
  void unresolvableVariableMatchesNothing() {
    ResourcePattern p =
        ResourcePattern.compile(
            "arn:aws:shop:us-east-1:111111111111:order/${aws:PrincipalTag/team}/*", true);
    assertFalse(
        p.matches(
            "arn:aws:shop:us-east-1:111111111111:order/red/1", context("aws:username", "alice")));
    assertFalse(p.matches("arn:aws:shop:us-east-1:111111111111:order/red/1", null));
    RequestContext multi =
        RequestContext.builder().putAll("aws:PrincipalTag/team", List.of("red", "blue")).build();
    assertFalse(p.matches("arn:aws:shop:us-east-1:111111111111:order/red/1", multi));
  }

  @Test
  void defaultValueIsUsedForAbsentKey() {
    ResourcePattern p =
        ResourcePattern.compile("arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'shared'}/*", true);
    assertTrue(p.matches("arn:aws:s3:::bucket/shared/x", RequestContext.empty()));
    assertTrue(p.matches("arn:aws:s3:::bucket/red/x", context("aws:PrincipalTag/team", "red")));
  }

  @Test
  void resolvedValueIsLiteralText() {
    ResourcePattern p = ResourcePattern.compile("arn:aws:s3:::bucket/${aws:username}", true);
    assertFalse(p.matches("arn:aws:s3:::bucket/anyone", context("aws:username", "*")));
    assertTrue(p.matches("arn:aws:s3:::bucket/*", context("aws:username", "*")));
  }

  @Test
  void variableInAccountPartIsMatchedInThatPart() {
    ResourcePattern p =
        ResourcePattern.compile("arn:aws:iam::${aws:PrincipalAccount}:user/*", true);
    RequestContext account = context("aws:PrincipalAccount", "111111111111");
    assertTrue(p.matches("arn:aws:iam::111111111111:user/alice", account));
    assertFalse(p.matches("arn:aws:iam::222222222222:user/alice", account));
  }

  @Test
  void escapesAreLiteralCharacters() {
    ResourcePattern p = ResourcePattern.compile("arn:aws:s3:::bucket/${*}${?}${$}", true);
    assertTrue(p.matches("arn:aws:s3:::bucket/*?$", null));
    assertFalse(p.matches("arn:aws:s3:::bucket/ab$", null));
  }

  @Test
  void variablesDisabledKeepsTextLiteral() {
    ResourcePattern p =
        ResourcePattern.compile(
            "arn:aws:shop:us-east-1:111111111111:order/${aws:username}/*", false);
    assertFalse(
        p.matches(
            "arn:aws:shop:us-east-1:111111111111:order/alice/1", context("aws:username", "alice")));
    assertTrue(p.matches("arn:aws:shop:us-east-1:111111111111:order/${aws:username}/1", null));
  }

  @Test
  void badVariableSyntaxIsRejectedAtCompileTime() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ResourcePattern.compile("arn:aws:s3:::b/${aws:username", true));
    assertEquals("unterminated policy variable \"${aws:username\" (missing \"}\")", e.getMessage());
  }

  @Test
  void checkReportsMalformedArnsAndVariableSyntax() {
    assertNull(ResourcePattern.check("*", true));
    assertNull(ResourcePattern.check("order/*", true));
    assertNull(ResourcePattern.check("arn:aws:s3:::bucket/${aws:username}", true));
    assertNull(ResourcePattern.check("arn:${aws:partition}:s3:::bucket", true));
    assertEquals(
        "malformed ARN \"arn:aws:s3\": expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
        ResourcePattern.check("arn:aws:s3", true));
    assertEquals(
        "malformed ARN \"arn:aws:${aws:x}\": expected"
            + " arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
        ResourcePattern.check("arn:aws:${aws:x}", true));
    assertEquals(
        "empty policy variable name in \"${}\"", ResourcePattern.check("arn:aws:s3:::${}", true));
    assertNull(ResourcePattern.check("arn:aws:s3:::${}", false));
  }

  @Test
  void patternsWithoutVariablesMatchWithoutAllocating() {
    List<ResourcePattern> patterns =
        List.of(
            ResourcePattern.compile(ORDER, true),
            ResourcePattern.compile("arn:aws:shop:*:111111111111:order/*", true),
            ResourcePattern.compile("arn:aws:shop:us-east-1:111111111111:order/100?", true),
            ResourcePattern.compile("order/*", true),
            ResourcePattern.compile("*", true));
    int[] matched = {0};
    long allocated =
        AllocationMeter.bytesAllocatedBy(
            () -> {
              for (int i = 0; i < 10_000; i++) {
                for (int p = 0; p < patterns.size(); p++) {
                  if (patterns.get(p).matches(ORDER, null)) {
                    matched[0]++;
                  }
                }
              }
            });
    assertEquals(40_000, matched[0]);
    assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes");
  }

  @Test
  void toStringIsPatternAsWritten() {
    assertEquals("order/*", ResourcePattern.compile("order/*", true).toString());
  }
}
