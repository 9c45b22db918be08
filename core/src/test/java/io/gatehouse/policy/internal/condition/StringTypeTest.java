package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.OPERATORS;
import static io.gatehouse.policy.internal.condition.ClauseFixture.compile;
import static io.gatehouse.policy.internal.condition.ClauseFixture.context;
import static io.gatehouse.policy.internal.condition.ClauseFixture.holds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.ConditionClause;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringTypeTest {

  @ParameterizedTest(name = "{0} \"{1}\" vs \"{2}\": {3}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "StringEquals              | finance | finance | true",
        "StringEquals              | Finance | finance | false",
        "StringEquals              | fin*    | finance | false",
        "StringEquals              | fin*    | fin*    | true",
        "StringEquals              | ''      | ''      | true",
        "StringNotEquals           | Finance | finance | true",
        "StringNotEquals           | finance | finance | false",
        "StringEqualsIgnoreCase    | FINANCE | finance | true",
        "StringEqualsIgnoreCase    | FINANCE | Finance | true",
        "StringEqualsIgnoreCase    | FINANCE | sales   | false",
        "StringEqualsIgnoreCase    | f?nance | finance | false",
        "StringNotEqualsIgnoreCase | FINANCE | finance | false",
        "StringNotEqualsIgnoreCase | FINANCE | sales   | true",
        "StringLike                | team-?  | team-a  | true",
        "StringLike                | team-?  | team-ab | false",
        "StringLike                | team-*  | team-   | true",
        "StringLike                | Team-*  | team-a  | false",
        "StringLike                | *       | ''      | true",
        "StringLike                | home/*/docs | home/a/b/docs | true",
        "StringNotLike             | team-*  | team-a  | false",
        "StringNotLike             | team-*  | crew-a  | true",
      })
  void comparesAsTheOperatorSays(String operator, String policy, String request, boolean expected) {
    assertEquals(expected, holds(operator, policy, request));
  }

  @Test
  void variableResolvesToTheTagValue() {
    CompiledCondition condition = compile("StringEquals", "shop:Team", "${aws:PrincipalTag/team}");
    RequestContext context =
        RequestContext.builder()
            .put("aws:PrincipalTag/team", "red")
            .put("shop:Team", "red")
            .build();
    assertTrue(condition.test(context));
  }

  @Test
  void escapedStarIsNotAWildcard() {
    CompiledCondition condition = compile("StringLike", "shop:ReportName", "report${*}");
    assertFalse(condition.test(context("shop:ReportName", "report-2024")));
    assertTrue(condition.test(context("shop:ReportName", "report*")));
  }

  @Test
  void escapedQuestionMarkIsNotAWildcard() {
    CompiledCondition condition = compile("StringLike", "k", "why${?}");
    assertFalse(condition.test(context("k", "whyx")));
    assertTrue(condition.test(context("k", "why?")));
  }

  @Test
  void escapedDollarIsADollar() {
    assertTrue(holds("StringEquals", "price${$}", "price$"));
    assertFalse(holds("StringEquals", "price${$}", "price${$}"));
  }

  @Test
  void defaultValueAppliesWhenKeyAbsent() {
    CompiledCondition condition =
        compile("StringEquals", "shop:Team", "${aws:PrincipalTag/team, 'none'}");
    assertTrue(condition.test(context("shop:Team", "none")));
  }

  @Test
  void resolvedValueIsLiteralInLike() {
    CompiledCondition condition = compile("StringLike", "k", "${aws:username}/*");
    RequestContext starUser =
        RequestContext.builder().put("aws:username", "*").put("k", "bob/x").build();
    assertFalse(condition.test(starUser));
    RequestContext literalStar =
        RequestContext.builder().put("aws:username", "*").put("k", "*/x").build();
    assertTrue(condition.test(literalStar));
  }

  @Test
  void policyTextAroundVariableKeepsItsWildcards() {
    CompiledCondition condition = compile("StringLike", "s3:prefix", "home/${aws:username}/*");
    RequestContext context =
        RequestContext.builder()
            .put("aws:username", "alice")
            .put("s3:prefix", "home/alice/docs/x")
            .build();
    assertTrue(condition.test(context));
  }

  @Test
  void ignoreCaseAppliesToResolvedValue() {
    CompiledCondition condition = compile("StringEqualsIgnoreCase", "k", "${aws:username}");
    RequestContext context =
        RequestContext.builder().put("aws:username", "Alice").put("k", "ALICE").build();
    assertTrue(condition.test(context));
  }

  @Test
  void variablesDisabledKeepTextLiteral() {
    CompiledCondition equals =
        OPERATORS.compile(
            new ConditionClause("StringEquals", "k", List.of("${aws:username}")), false);
    assertTrue(
        equals.test(
            RequestContext.builder().put("k", "${aws:username}").put("aws:username", "a").build()));
    assertFalse(
        equals.test(RequestContext.builder().put("k", "a").put("aws:username", "a").build()));
    CompiledCondition like =
        OPERATORS.compile(new ConditionClause("StringLike", "k", List.of("report${*}")), false);
    assertTrue(like.test(context("k", "report${2024}")));
  }
}
