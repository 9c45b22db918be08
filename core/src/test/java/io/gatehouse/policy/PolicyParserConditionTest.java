package io.gatehouse.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.policy.internal.ConditionSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code Condition} element: its shape is checked by the parser, its operators and values by a
 * {@link ConditionSyntax}, whose messages must come out at the right line, column and path.
 */
class PolicyParserConditionTest {

  /** A small stand-in for the operator registry, with its own messages. */
  private static final ConditionSyntax FAKE_OPERATORS =
      new ConditionSyntax() {
        private final Set<String> known =
            Set.of("StringEquals", "NumericLessThan", "IpAddress", "DateGreaterThan", "Bool");

        @Override
        public String checkOperator(String operator) {
          String base =
              operator.replaceFirst("^For(Any|All)Value:", "").replaceFirst("IfExists$", "");
          return known.contains(base) ? null : "unknown condition operator \"" + operator + "\"";
        }

        @Override
        public String checkValue(String operator, String value, boolean variablesEnabled) {
          if (variablesEnabled && value.contains("${")) {
            return null;
          }
          if (operator.startsWith("Numeric") && !value.matches("-?\\d+(\\.\\d+)?")) {
            return "expected a number, found \"" + value + "\"";
          }
          if (operator.startsWith("IpAddress")
              && !value.matches("\\d+\\.\\d+\\.\\d+\\.\\d+(/\\d+)?")) {
            return "invalid CIDR \"" + value + "\"";
          }
          if (operator.startsWith("Date") && !value.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
            return "expected a date, found \"" + value + "\"";
          }
          return null;
        }
      };

  private final PolicyParser parser = new PolicyParser(FAKE_OPERATORS);

  @Test
  void reportsAnUnknownOperatorAtItsKey() {
    String json =
        """
        {"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
          "Condition": {
            "StringEqual": {"aws:username": "alice"},
            "ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}
          }}}
        """;
    assertEquals(
        List.of(
            "p.json:3:5: Statement.Condition.StringEqual: unknown condition operator"
                + " \"StringEqual\""),
        Problems.of(parser, json, "p.json"));
  }

  @Test
  void reportsBadValuesAtTheValue() {
    String json =
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "shop:Buy",
          "Condition": {
            "NumericLessThan": {"shop:Amount": "ten"},
            "IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "10.0.0.300/33x", "192.168.0.1"]},
            "DateGreaterThan": {"aws:CurrentTime": "yesterday"},
            "NumericLessThanIfExists": {"shop:Weight": "${shop:MaxWeight}"}
          }}]}
        """;
    assertEquals(
        List.of(
            "p.json:3:40: Statement[0].Condition.NumericLessThan.shop:Amount: expected a number,"
                + " found \"ten\"",
            "p.json:4:50: Statement[0].Condition.IpAddress.aws:SourceIp[1]: invalid CIDR"
                + " \"10.0.0.300/33x\"",
            "p.json:5:44: Statement[0].Condition.DateGreaterThan.aws:CurrentTime: expected a date,"
                + " found \"yesterday\""),
        Problems.of(parser, json, "p.json"));
  }

  @Test
  void reportsBadValuesAtTheValueInYaml() {
    String yaml =
        """
        Statement:
          - Effect: Allow
            Action: shop:Buy
            Condition:
              NumericLessThan:
                shop:Amount: [10, ten]
              IpAddress:
                aws:SourceIp: not-an-ip
              DateGreaterThan:
                aws:CurrentTime: 2024-01-01
        """;
    assertEquals(
        List.of(
            "p.yaml:6:27: Statement[0].Condition.NumericLessThan.shop:Amount[1]: expected a number,"
                + " found \"ten\"",
            "p.yaml:8:23: Statement[0].Condition.IpAddress.aws:SourceIp: invalid CIDR"
                + " \"not-an-ip\""),
        Problems.of(parser, yaml, "p.yaml"));
  }

  @Test
  void variablesAreOnlyEnabledInTheCurrentVersion() {
    String policy =
        """
        {%s"Statement": {"Effect": "Allow", "Action": "shop:Buy",
          "Condition": {"NumericLessThan": {"shop:Amount": "${shop:Limit}"}}}}
        """;

    assertEquals(
        1,
        new PolicyParser(FAKE_OPERATORS)
            .parse(policy.formatted("\"Version\": \"2012-10-17\", "), "p.json")
            .statements()
            .size());
    assertEquals(
        List.of(
            "p.json:2:52: Statement.Condition.NumericLessThan.shop:Amount: expected a number,"
                + " found \"${shop:Limit}\""),
        Problems.of(parser, policy.formatted(""), "p.json"));
  }

  @Test
  void passesValuesAsWrittenAndSkipsValuesOfUnknownOperators() {
    List<String> checked = new ArrayList<>();
    ConditionSyntax recording =
        new ConditionSyntax() {
          @Override
          public String checkOperator(String operator) {
            return operator.equals("Nope") ? "unknown condition operator \"Nope\"" : null;
          }

          @Override
          public String checkValue(String operator, String value, boolean variablesEnabled) {
            checked.add(operator + " " + value + " " + variablesEnabled);
            return null;
          }
        };
    String json =
        """
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "shop:Buy",
          "Condition": {"NumericEquals": {"shop:Amount": [1.50, 2]}, "Bool": {"shop:Gift": true},
                        "Nope": {"shop:X": "y"}}}}
        """;

    assertEquals(
        List.of("p.json:3:17: Statement.Condition.Nope: unknown condition operator \"Nope\""),
        Problems.of(new PolicyParser(recording), json, "p.json"));
    assertEquals(
        List.of("NumericEquals 1.50 true", "NumericEquals 2 true", "Bool true true"), checked);
  }

  @Test
  void refusesConditionsOfTheWrongShape() {
    String json =
        """
        {"Statement": [
          {"Effect": "Allow", "Action": "s3:GetObject", "Condition": ["StringEquals"]},
          {"Effect": "Allow", "Action": "s3:GetObject", "Condition": {"StringEquals": "alice"}},
          {"Effect": "Allow", "Action": "s3:GetObject", "Condition": {"StringEquals": {
            "aws:username": {"is": "alice"},
            "aws:userid": null,
            "aws:PrincipalTag/team": [],
            "aws:TagKeys": ["a", ["b"], null]
          }}}
        ]}
        """;
    assertEquals(
        List.of(
            "p.json:2:62: Statement[0].Condition: expected an object of condition operators, found"
                + " an array",
            "p.json:3:79: Statement[1].Condition.StringEquals: expected an object of condition"
                + " keys, found \"alice\"",
            "p.json:5:21: Statement[2].Condition.StringEquals.aws:username: expected a string,"
                + " number, boolean or an array of them, found an object",
            "p.json:6:19: Statement[2].Condition.StringEquals.aws:userid: expected a string,"
                + " number, boolean or an array of them, found null",
            "p.json:7:30: Statement[2].Condition.StringEquals.aws:PrincipalTag/team: expected at"
                + " least one value, found an empty array",
            "p.json:8:26: Statement[2].Condition.StringEquals.aws:TagKeys[1]: expected a string,"
                + " number or boolean, found an array",
            "p.json:8:33: Statement[2].Condition.StringEquals.aws:TagKeys[2]: expected a string,"
                + " number or boolean, found null"),
        Problems.of(parser, json, "p.json"));
  }

  @Test
  void acceptsAnEmptyConditionBlock() {
    PolicyDocument doc =
        parser.parse(
            "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Condition\": {}}}",
            "p.json");

    assertEquals(List.of(), doc.statements().get(0).conditions());
  }
}
