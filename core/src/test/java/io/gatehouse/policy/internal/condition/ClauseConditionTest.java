package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.compile;
import static io.gatehouse.policy.internal.condition.ClauseFixture.context;
import static io.gatehouse.policy.internal.condition.ClauseFixture.contextWithValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.match.AllocationMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClauseConditionTest {
  /** Request states, in the order of the expectation strings below. */
  private static final List<RequestContext> STATES =
      List.of(
          RequestContext.empty(), // key absent
          contextWithValues("k", List.of()), // present, no values
          context("k", "a"), // one value, listed
          context("k", "x"), // one value, not listed
          contextWithValues("k", List.of("a", "b")), // several, all listed
          contextWithValues("k", List.of("a", "x")), // several, some listed
          contextWithValues("k", List.of("x", "y"))); // several, none listed

  private static final List<String> STATE_NAMES =
      List.of("absent", "empty", "[a]", "[x]", "[a,b]", "[a,x]", "[x,y]");

  /** Operator, then T/F per state, with policy values [a, b]. */
  static Stream<Arguments> setSemantics() {
    return Stream.of(
        Arguments.of("StringEquals", "FFTFTTF"),
        Arguments.of("StringNotEquals", "TTFTFFT"),
        Arguments.of("StringEqualsIfExists", "TFTFTTF"),
        Arguments.of("StringNotEqualsIfExists", "TTFTFFT"),
        Arguments.of("ForAllValues:StringEquals", "TTTFTFF"),
        Arguments.of("ForAnyValue:StringEquals", "FFTFTTF"),
        Arguments.of("ForAllValues:StringNotEquals", "TTFTFFT"),
        Arguments.of("ForAnyValue:StringNotEquals", "FFFTFTT"),
        Arguments.of("ForAllValues:StringEqualsIfExists", "TTTFTFF"),
        Arguments.of("ForAnyValue:StringEqualsIfExists", "TFTFTTF"),
        Arguments.of("ForAnyValue:StringNotEqualsIfExists", "TFFTFTT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setSemantics")
  void followsAwsSetSemantics(String operator, String expected) {
    CompiledCondition condition = compile(operator, "k", "a", "b");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < STATES.size(); i++) {
      boolean want = expected.charAt(i) == 'T';
      if (condition.test(STATES.get(i)) != want) {
        failures.add(STATE_NAMES.get(i) + " should be " + want);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void positiveOperatorIsFalseWhenKeyAbsent() {
    assertFalse(compile("StringEquals", "shop:Department", "finance").test(RequestContext.empty()));
    assertFalse(compile("NumericLessThan", "shop:Amount", "100").test(RequestContext.empty()));
  }

  @Test
  void negatedOperatorIsTrueWhenKeyAbsent() {
    for (String negated :
        List.of(
            "StringNotEquals",
            "StringNotEqualsIgnoreCase",
            "StringNotLike",
            "NumericNotEquals",
            "DateNotEquals",
            "ArnNotEquals",
            "ArnNotLike")) {
      assertTrue(compile(negated, "k", "1").test(RequestContext.empty()), negated);
    }
    assertTrue(compile("NotIpAddress", "aws:SourceIp", "10.0.0.0/8").test(RequestContext.empty()));
  }

  @Test
  void ifExistsIsTrueWhenKeyAbsentForEveryOperator() {
    for (String base : ClauseFixture.OPERATORS.baseOperatorNames()) {
      if (!base.equals("Null")) {
        String value =
            base.startsWith("Date")
                ? "2024-01-01"
                : base.contains("Ip")
                    ? "10.0.0.0/8"
                    : base.equals("Bool") ? "true" : base.equals("BinaryEquals") ? "AQ==" : "1";
        assertTrue(compile(base + "IfExists", "k", value).test(RequestContext.empty()), base);
      }
    }
  }

  @Test
  void keysAreMatchedIgnoringCase() {
    CompiledCondition condition = compile("StringEquals", "SHOP:CATEGORY", "books");
    assertTrue(condition.test(context("shop:Category", "books")));
    assertFalse(
        compile("StringEquals", "Shop:Category", "Books").test(context("shop:Category", "books")));
  }

  @Test
  void severalValuesAreOred() {
    assertTrue(
        compile("StringEquals", "shop:Department", "sales", "finance")
            .test(context("shop:Department", "finance")));
    assertTrue(
        compile("StringNotEquals", "shop:Department", "sales", "finance")
            .test(context("shop:Department", "hr")));
  }

  @Test
  void clauseWithNoPolicyValuesMatchesNothing() {
    assertFalse(compile("StringEquals", "k").test(context("k", "a")));
    assertTrue(compile("StringNotEquals", "k").test(context("k", "a")));
  }

  @Test
  void nullTrueHoldsWhenKeyAbsent() {
    CompiledCondition condition = compile("Null", "aws:TokenIssueTime", "true");
    assertTrue(condition.test(RequestContext.empty()));
    assertTrue(condition.test(contextWithValues("aws:TokenIssueTime", List.of())));
    assertFalse(condition.test(context("aws:TokenIssueTime", "2024-01-01T00:00:00Z")));
    assertFalse(condition.test(context("aws:TokenIssueTime", "")));
  }

  @Test
  void nullFalseHoldsWhenKeyPresent() {
    CompiledCondition condition = compile("Null", "k", "FALSE");
    assertFalse(condition.test(RequestContext.empty()));
    assertTrue(condition.test(context("K", "v")));
    assertTrue(condition.test(contextWithValues("k", List.of("a", "b"))));
  }

  @Test
  void nullWithBothValuesAlwaysHolds() {
    CompiledCondition condition = compile("Null", "k", "true", "false");
    assertTrue(condition.test(RequestContext.empty()));
    assertTrue(condition.test(context("k", "v")));
  }

  @Test
  void nullIgnoresSetQualifiers() {
    assertTrue(compile("ForAnyValue:Null", "k", "true").test(RequestContext.empty()));
    assertFalse(compile("ForAllValues:Null", "k", "false").test(RequestContext.empty()));
  }

  @Test
  void nullValueMayComeFromVariable() {
    CompiledCondition condition = compile("Null", "k", "${shop:Expect}");
    assertTrue(condition.test(context("shop:Expect", "true")));
    assertFalse(condition.test(context("shop:Expect", "maybe")));
    assertFalse(condition.test(RequestContext.empty()));
  }

  @Test
  void nullContextIsTreatedAsEmpty() {
    assertFalse(compile("StringEquals", "k", "a").test(null));
    assertTrue(compile("StringNotEquals", "k", "a").test(null));
    assertTrue(compile("Null", "k", "true").test(null));
    assertFalse(compile("StringEquals", "k", "${x}").test(null));
  }

  @Test
  void variableValueResolvesPerRequest() {
    CompiledCondition condition =
        compile("StringEquals", "shop:Team", "${aws:PrincipalTag/team}", "blue");
    RequestContext red =
        RequestContext.builder()
            .put("aws:PrincipalTag/team", "red")
            .put("shop:Team", "red")
            .build();
    assertTrue(condition.test(red));
    assertTrue(condition.test(context("shop:Team", "blue")));
    assertFalse(condition.test(context("shop:Team", "red")));
  }

  @Test
  void unresolvableVariableMatchesNothing() {
    assertFalse(
        compile("StringEquals", "shop:Team", "${aws:PrincipalTag/team}")
            .test(context("shop:Team", "red")));
  }

  @Test
  void unresolvableVariableMakesNegatedClauseFalseRatherThanVacuouslyTrue() {
    assertFalse(
        compile("StringNotEquals", "shop:Team", "${aws:PrincipalTag/team}")
            .test(context("shop:Team", "red")));
    assertFalse(
        compile("StringNotEqualsIfExists", "shop:Team", "${aws:PrincipalTag/team}", "blue")
            .test(RequestContext.empty()));
    RequestContext tagged =
        RequestContext.builder().put("aws:PrincipalTag/team", "blue").put("shop:Team", "red").build();
    assertTrue(compile("StringNotEquals", "shop:Team", "${aws:PrincipalTag/team}").test(tagged));
  }

  @Test
  void toStringShowsClause() {
    assertEquals(
        "\"StringEquals\": {\"shop:Team\": [\"a\", \"b\"]}",
        compile("StringEquals", "shop:Team", "a", "b").toString());
  }

  @Test
  void commonOperatorsTestWithoutAllocating() {
    List<CompiledCondition> conditions =
        List.of(
            compile("StringEquals", "shop:Department", "sales", "finance"),
            compile("StringLike", "shop:Team", "team-*"),
            compile("ForAllValues:StringEqualsIgnoreCase", "aws:TagKeys", "TEAM", "env"),
            compile("NumericLessThan", "shop:Amount", "100"),
            compile("DateGreaterThan", "aws:CurrentTime", "2024-01-01T00:00:00Z"),
            compile("IpAddress", "aws:SourceIp", "203.0.113.0/24"),
            compile("ArnLike", "aws:SourceArn", "arn:aws:shop:*:111111111111:order/*"),
            compile("Bool", "aws:SecureTransport", "true"),
            compile("Null", "aws:TokenIssueTime", "true"));
    RequestContext context =
        RequestContext.builder()
            .put("shop:Department", "finance")
            .put("shop:Team", "team-a")
            .putAll("aws:TagKeys", List.of("Team", "ENV"))
            .put("shop:Amount", "99")
            .put("aws:CurrentTime", "2024-06-01T12:00:00.250+02:00")
            .put("aws:SourceIp", "203.0.113.9")
            .put("aws:SourceArn", "arn:aws:shop:us-east-1:111111111111:order/1")
            .put("aws:SecureTransport", "true")
            .build();
    for (CompiledCondition condition : conditions) {
      assertTrue(condition.test(context), condition.toString());
    }
    int[] holding = {0};
    long allocated =
        AllocationMeter.bytesAllocatedBy(
            () -> {
              for (int i = 0; i < 10_000; i++) {
                for (int c = 0; c < conditions.size(); c++) {
                  if (conditions.get(c).test(context)) {
                    holding[0]++;
                  }
                }
              }
            });
    assertEquals(10_000 * conditions.size(), holding[0]);
    assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes");
  }
}
