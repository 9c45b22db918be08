package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.OPERATORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.policy.ConditionClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionOperatorsTest {
  private static final Set<String> AWS_OPERATORS =
      Set.of(
          "StringEquals",
          "StringNotEquals",
          "StringEqualsIgnoreCase",
          "StringNotEqualsIgnoreCase",
          "StringLike",
          "StringNotLike",
          "NumericEquals",
          "NumericNotEquals",
          "NumericLessThan",
          "NumericLessThanEquals",
          "NumericGreaterThan",
          "NumericGreaterThanEquals",
          "DateEquals",
          "DateNotEquals",
          "DateLessThan",
          "DateLessThanEquals",
          "DateGreaterThan",
          "DateGreaterThanEquals",
          "Bool",
          "BinaryEquals",
          "IpAddress",
          "NotIpAddress",
          "ArnEquals",
          "ArnLike",
          "ArnNotEquals",
          "ArnNotLike",
          "Null");

  static Stream<String> everyValidName() {
    List<String> names = new ArrayList<>();
    for (String qualifier : List.of("", "ForAllValues:", "ForAnyValue:")) {
      for (String base : AWS_OPERATORS) {
        names.add(qualifier + base);
        if (!base.equals("Null")) {
          names.add(qualifier + base + "IfExists");
        }
      }
    }
    return names.stream();
  }

  @Test
  void registersEveryAwsOperator() {
    assertEquals(AWS_OPERATORS, OPERATORS.baseOperatorNames());
  }

  @ParameterizedTest
  @MethodSource("everyValidName")
  void acceptsEveryOperatorWithQualifiersAndIfExists(String operator) {
    assertNull(OPERATORS.checkOperator(operator));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEqual               | unknown condition operator \"StringEqual\"; did you mean"
            + " \"StringEquals\"?",
        "stringequals              | unknown condition operator \"stringequals\"; did you mean"
            + " \"StringEquals\"?",
        "STRINGLIKE                | unknown condition operator \"STRINGLIKE\"; did you mean"
            + " \"StringLike\"?",
        "NumericLessThen           | unknown condition operator \"NumericLessThen\"; did you mean"
            + " \"NumericLessThan\"?",
        "IpAdress                  | unknown condition operator \"IpAdress\"; did you mean"
            + " \"IpAddress\"?",
        "StringEqualsIfExist       | unknown condition operator \"StringEqualsIfExist\"; did you"
            + " mean \"StringEqualsIfExists\"?",
        "ForAnyValues:StringEquals | unknown condition operator \"ForAnyValues:StringEquals\"; did"
            + " you mean \"ForAnyValue:StringEquals\"?",
        "forallvalues:stringlike   | unknown condition operator \"forallvalues:stringlike\"; did"
            + " you mean \"ForAllValues:StringLike\"?",
        "DateLessThanEqual         | unknown condition operator \"DateLessThanEqual\"; did you mean"
            + " \"DateLessThanEquals\"?",
        "Bolo                      | unknown condition operator \"Bolo\"; did you mean \"Bool\"?",
        "NullIfExists              | unknown condition operator \"NullIfExists\"",
        "ForAllValues:NullIfExists | unknown condition operator \"ForAllValues:NullIfExists\"",
        "Regex                     | unknown condition operator \"Regex\"",
        "IfExists                  | unknown condition operator \"IfExists\"",
        "StringEqualsIfExistsIfExists | unknown condition operator"
            + " \"StringEqualsIfExistsIfExists\"",
        "ForAllValues:ForAnyValue:StringEquals | unknown condition operator"
            + " \"ForAllValues:ForAnyValue:StringEquals\"",
      })
  void rejectsUnknownOperatorsWithSuggestion(String operator, String problem) {
    assertEquals(problem, OPERATORS.checkOperator(operator));
  }

  @Test
  void rejectsEmptyOperator() {
    assertEquals("unknown condition operator \"\"", OPERATORS.checkOperator(""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NumericEquals           | ten        | expected a number, found \"ten\"",
        "NumericLessThanIfExists | 1e3        | expected a number, found \"1e3\"",
        "ForAnyValue:NumericGreaterThan | '' | expected a number, found \"\"",
        "Bool                    | yes        | expected true or false, found \"yes\"",
        "Null                    | 1          | expected true or false, found \"1\"",
        "BinaryEquals            | not*base64 | expected base-64 data, found \"not*base64\"",
        "IpAddress               | 10.0.0.0/33 | invalid IP address or CIDR block \"10.0.0.0/33\":"
            + " an IPv4 prefix length must be 0 to 32",
        "NotIpAddressIfExists    | localhost  | expected an IP address or CIDR block such as"
            + " \"203.0.113.0/24\" or \"2001:db8::/32\", found \"localhost\"",
        "DateEquals              | tomorrow   | expected an ISO 8601 date-time such as"
            + " \"2024-01-01T00:00:00Z\", \"2024-01-01T00:00:00.250+02:00\", \"2024-01-01T00:00Z\""
            + " or \"2024-01-01\", or epoch seconds such as \"1704067200\"; found \"tomorrow\"",
        "StringEqual             | x          | unknown condition operator \"StringEqual\"; did you"
            + " mean \"StringEquals\"?",
      })
  void checkValueNamesTheProblem(String operator, String value, String problem) {
    assertEquals(problem, OPERATORS.checkValue(operator, value, true));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals  | anything at all",
        "StringLike    | *?*",
        "ArnLike       | not an arn",
        "NumericEquals | -12.5",
        "DateLessThan  | 1704067200",
        "Bool          | TRUE",
        "Null          | False",
        "BinaryEquals  | QmluYXJ5",
        "IpAddress     | 2001:db8::/32",
      })
  void checkValueAcceptsValidValues(String operator, String value) {
    assertNull(OPERATORS.checkValue(operator, value, true));
  }

  @Test
  void valueWithVariableIsCheckedOnlyForTemplateSyntax() {
    assertNull(OPERATORS.checkValue("NumericEquals", "${shop:Limit}", true));
    assertNull(OPERATORS.checkValue("IpAddress", "${shop:Range, '10.0.0.0/8'}", true));
    assertEquals(
        "unterminated policy variable \"${shop:Limit\" (missing \"}\")",
        OPERATORS.checkValue("NumericEquals", "${shop:Limit", true));
    assertEquals(
        "empty policy variable name in \"${}\"",
        OPERATORS.checkValue("StringEquals", "a${}", true));
  }

  @Test
  void valueWithOnlyEscapesIsCheckedAsResolved() {
    assertEquals(
        "expected a number, found \"$5\"", OPERATORS.checkValue("NumericEquals", "${$}5", true));
  }

  @Test
  void valueWithVariablesDisabledIsCheckedAsWritten() {
    assertEquals(
        "expected a number, found \"${shop:Limit}\"",
        OPERATORS.checkValue("NumericEquals", "${shop:Limit}", false));
    assertNull(OPERATORS.checkValue("StringEquals", "${", false));
  }

  @Test
  void compileThrowsTheProblemForUnknownOperator() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OPERATORS.compile(new ConditionClause("StringEqual", "k", List.of("a")), true));
    assertEquals(
        "unknown condition operator \"StringEqual\"; did you mean \"StringEquals\"?",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"NumericEquals", "DateEquals", "Bool", "BinaryEquals", "IpAddress", "Null"})
  void compileThrowsTheProblemForInvalidValue(String operator) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OPERATORS.compile(new ConditionClause(operator, "k", List.of("ok?", "%%%")), true));
    assertEquals(OPERATORS.checkValue(operator, "ok?", true), e.getMessage());
  }

  @Test
  void compileThrowsForBadTemplate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OPERATORS.compile(
                    new ConditionClause("StringEquals", "k", List.of("${a, b}")), true));
    assertTrue(e.getMessage().startsWith("bad default value in policy variable \"${a, b}\""));
  }
}
