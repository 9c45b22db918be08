package io.gatehouse.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems reported for documents that are well-formed JSON or YAML but not valid policies. */
class PolicyParserGrammarTest {

  @Test
  void refusesADocumentThatIsNotAnObject() {
    assertEquals(
        List.of("p.json:1:1: expected a policy object, found an array"),
        Problems.of("[\"Allow\"]", "p.json"));
    assertEquals(
        List.of("p.yaml:1:1: expected a policy object, found \"hello\""),
        Problems.of("hello\n", "p.yaml"));
  }

  @Test
  void refusesUnknownTopLevelKeysWithAHint() {
    assertEquals(
        List.of(
            "p.json:1:1: missing \"Statement\"",
            "p.json:1:27: Statment: unknown key \"Statment\"; did you mean \"Statement\"?"),
        Problems.of("{\"Version\": \"2012-10-17\", \"Statment\": []}", "p.json"));
    assertEquals(
        List.of(
            "p.yaml:1:1: missing \"Statement\"",
            "p.yaml:2:1: Statment: unknown key \"Statment\"; did you mean \"Statement\"?"),
        Problems.of("Version: 2012-10-17\nStatment: []\n", "p.yaml"));
  }

  @Test
  void refusesUnknownStatementKeysWithAHintWhenClose() {
    String json =
        """
        {"Statement": [{
          "Effect": "Allow",
          "Actions": "s3:GetObject",
          "Colour": "blue"
        }]}
        """;
    assertEquals(
        List.of(
            "p.json:1:16: Statement[0]: missing \"Action\" or \"NotAction\"",
            "p.json:3:3: Statement[0].Actions: unknown key \"Actions\"; did you mean \"Action\"?",
            "p.json:4:3: Statement[0].Colour: unknown key \"Colour\""),
        Problems.of(json, "p.json"));
  }

  @Test
  void keysAreCaseSensitive() {
    String yaml =
        """
        Statement:
          - effect: Allow
            Action: s3:GetObject
        """;
    assertEquals(
        List.of(
            "p.yaml:2:5: Statement[0].effect: unknown key \"effect\"; did you mean \"Effect\"?",
            "p.yaml:2:5: Statement[0]: missing \"Effect\""),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesAnUnknownVersion() {
    String json =
        "{\"Version\": \"2012-10-18\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}}";
    assertEquals(
        List.of(
            "p.json:1:13: Version: expected \"2012-10-17\" or \"2008-10-17\", found"
                + " \"2012-10-18\""),
        Problems.of(json, "p.json"));
    assertEquals(
        List.of(
            "p.yaml:1:10: Version: expected \"2012-10-17\" or \"2008-10-17\", found"
                + " \"2012-10-18\""),
        Problems.of("Version: 2012-10-18\nStatement: {Effect: Allow, Action: '*'}\n", "p.yaml"));
    assertEquals(
        List.of(
            "p.yaml:1:10: Version: expected \"2012-10-17\" or \"2008-10-17\", found number 2012"),
        Problems.of("Version: 2012\nStatement: {Effect: Allow, Action: '*'}\n", "p.yaml"));
  }

  @Test
  void refusesAMissingStatement() {
    assertEquals(
        List.of("p.json:1:1: missing \"Statement\""),
        Problems.of("{\"Version\": \"2012-10-17\"}", "p.json"));
  }

  @Test
  void refusesAStatementOfTheWrongShape() {
    assertEquals(
        List.of(
            "p.json:1:15: Statement: expected a statement object or an array of them, found"
                + " \"Allow\""),
        Problems.of("{\"Statement\": \"Allow\"}", "p.json"));
    assertEquals(
        List.of("p.yaml:1:12: Statement: expected at least one statement, found an empty array"),
        Problems.of("Statement: []\n", "p.yaml"));
    assertEquals(
        List.of("p.json:1:16: Statement[0]: expected a statement object, found null"),
        Problems.of("{\"Statement\": [null]}", "p.json"));
  }

  @Test
  void refusesAMissingOrWrongEffect() {
    String yaml =
        """
        Version: 2012-10-17
        Statement:
          - Action: shop:GetOrder
          - Effect: Alow
            Action: shop:GetOrder
          - Effect: allow
            Action: shop:GetOrder
          - Effect: [Allow]
            Action: shop:GetOrder
        """;
    assertEquals(
        List.of(
            "orders.yaml:3:5: Statement[0]: missing \"Effect\"",
            "orders.yaml:4:13: Statement[1].Effect: expected \"Allow\" or \"Deny\", found \"Alow\"",
            "orders.yaml:6:13: Statement[2].Effect: expected \"Allow\" or \"Deny\", found"
                + " \"allow\"",
            "orders.yaml:8:13: Statement[3].Effect: expected \"Allow\" or \"Deny\", found an"
                + " array"),
        Problems.of(yaml, "orders.yaml"));
  }

  @Test
  void refusesBothOrNeitherOfActionAndNotAction() {
    String json =
        """
        {"Statement": [
          {"Effect": "Allow", "Action": "s3:GetObject", "NotAction": "s3:PutObject"},
          {"Effect": "Allow", "Resource": "*"}
        ]}
        """;
    assertEquals(
        List.of(
            "p.json:2:49: Statement[0].NotAction: \"Action\" and \"NotAction\" cannot both be"
                + " given",
            "p.json:3:3: Statement[1]: missing \"Action\" or \"NotAction\""),
        Problems.of(json, "p.json"));
  }

  @Test
  void refusesBothResourceAndNotResourceAndBothPrincipalAndNotPrincipal() {
    String yaml =
        """
        Statement:
          Effect: Deny
          NotPrincipal: {AWS: "123456789012"}
          Principal: "*"
          Action: s3:*
          NotResource: arn:aws:s3:::private/*
          Resource: "*"
        """;
    assertEquals(
        List.of(
            "p.yaml:4:3: Statement.Principal: \"Principal\" and \"NotPrincipal\" cannot both be"
                + " given",
            "p.yaml:7:3: Statement.Resource: \"Resource\" and \"NotResource\" cannot both be"
                + " given"),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesActionsAndResourcesOfTheWrongShape() {
    String json =
        """
        {"Statement": [
          {"Effect": "Allow", "Action": {"s3": "GetObject"}, "Resource": 42},
          {"Effect": "Allow", "Action": [], "Resource": ["*", true]},
          {"Effect": "Allow", "NotAction": ["s3:GetObject", ["s3:PutObject"]], "NotResource": []}
        ]}
        """;
    assertEquals(
        List.of(
            "p.json:2:33: Statement[0].Action: expected a string or an array of strings, found an"
                + " object",
            "p.json:2:66: Statement[0].Resource: expected a string or an array of strings, found"
                + " number 42",
            "p.json:3:33: Statement[1].Action: expected at least one action, found an empty array",
            "p.json:3:55: Statement[1].Resource[1]: expected a string, found boolean true",
            "p.json:4:53: Statement[2].NotAction[1]: expected a string, found an array",
            "p.json:4:87: Statement[2].NotResource: expected at least one resource, found an empty"
                + " array"),
        Problems.of(json, "p.json"));
  }

  @Test
  void refusesActionsWithoutAService() {
    String yaml =
        """
        Statement:
          Effect: Allow
          Action:
            - shop:Get*
            - GetOrder
            - "shop:"
            - execute-api:Invoke
        """;
    assertEquals(
        List.of(
            "p.yaml:5:7: Statement.Action[1]: expected \"*\" or \"service:action\", found"
                + " \"GetOrder\"",
            "p.yaml:6:7: Statement.Action[2]: expected \"*\" or \"service:action\", found"
                + " \"shop:\""),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesMalformedArns() {
    String json =
        """
        {"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": [
          "orders/*",
          "arn:aws:s3",
          "arn::s3:::bucket",
          "arn:aws:s3:::",
          "arn:aws:s3:::bucket/${aws:username}",
          "arn:aws:iam::${aws:PrincipalAccount}:user/*",
          "arn:*:shop:*:*:order/*"
        ]}}
        """;
    assertEquals(
        List.of(
            "p.json:2:3: Statement.Resource[0]: malformed ARN \"orders/*\": expected \"*\" or"
                + " arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
            "p.json:3:3: Statement.Resource[1]: malformed ARN \"arn:aws:s3\": expected"
                + " arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
            "p.json:4:3: Statement.Resource[2]: malformed ARN \"arn::s3:::bucket\": the partition"
                + " is empty: expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
            "p.json:5:3: Statement.Resource[3]: malformed ARN \"arn:aws:s3:::\": the resource is"
                + " empty"),
        Problems.of(json, "p.json"));
  }

  @Test
  void acceptsAVariableDefaultWithItsSpaceInAResourceButNoOtherWhitespace() {
    String json =
        """
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": [
          "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'company-wide'}/*",
          "arn:aws:s3:::bucket/a b/${aws:username}"
        ]}}
        """;
    assertEquals(
        List.of(
            "p.json:3:3: Statement.Resource[1]: malformed ARN \"arn:aws:s3:::bucket/a b/${aws:username}\":"
                + " expected \"*\" or arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE"),
        Problems.of(json, "p.json"));
    // Version 2008-10-17 has no variables: both are resources with a space in them.
    assertEquals(2, Problems.of(json.replace("2012-10-17", "2008-10-17"), "p.json").size());
  }

  @Test
  void refusesBadPrincipals() {
    String yaml =
        """
        Statement:
          - Effect: Allow
            Principal: arn:aws:iam::123456789012:root
            Action: sts:AssumeRole
          - Effect: Allow
            Principal: {}
            Action: sts:AssumeRole
          - Effect: Allow
            Principal:
              Aws: "123456789012"
              Service: ""
            Action: sts:AssumeRole
          - Effect: Allow
            Principal:
              AWS:
                - "12345"
                - arn:aws:iam::123456789012:role/*
                - arn:aws:iam::123456789012:group/Admins
                - 123456789012
            Action: sts:AssumeRole
        """;
    String expected = "expected \"*\", an account id or an IAM or STS principal ARN, found ";
    assertEquals(
        List.of(
            "p.yaml:3:16: Statement[0].Principal: expected \"*\" or an object of principal types,"
                + " found \"arn:aws:iam::123456789012:root\"",
            "p.yaml:6:16: Statement[1].Principal: expected at least one principal type, found an"
                + " empty object",
            "p.yaml:10:7: Statement[2].Principal.Aws: unknown principal type \"Aws\"; did you mean"
                + " \"AWS\"?",
            "p.yaml:11:16: Statement[2].Principal.Service: expected a principal identifier, found"
                + " \"\"",
            "p.yaml:16:11: Statement[3].Principal.AWS[0]: " + expected + "\"12345\"",
            "p.yaml:17:11: Statement[3].Principal.AWS[1]: "
                + expected
                + "\"arn:aws:iam::123456789012:role/*\"",
            "p.yaml:18:11: Statement[3].Principal.AWS[2]: "
                + expected
                + "\"arn:aws:iam::123456789012:group/Admins\"",
            "p.yaml:19:11: Statement[3].Principal.AWS[3]: expected a string, found number"
                + " 123456789012"),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesDuplicateSids() {
    String json =
        """
        {"Statement": [
          {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject"},
          {"Sid": "Write", "Effect": "Allow", "Action": "s3:PutObject"},
          {"Sid": "Read", "Effect": "Deny", "Action": "s3:DeleteObject"}
        ]}
        """;
    assertEquals(
        List.of(
            "p.json:4:11: Statement[2].Sid: duplicate Sid \"Read\" (also used by Statement[0])"),
        Problems.of(json, "p.json"));
  }

  @Test
  void refusesDuplicateKeys() {
    String json =
        """
        {"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                       "Effect": "Deny"}}
        """;
    assertEquals(
        List.of("p.json:2:16: Statement.Effect: duplicate key \"Effect\""),
        Problems.of(json, "p.json"));
    String yaml =
        """
        Statement:
          Effect: Allow
          Action: s3:GetObject
          Effect: Deny
        """;
    assertEquals(
        List.of("p.yaml:4:3: Statement.Effect: duplicate key \"Effect\""),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesSidAndIdThatAreNotStrings() {
    String json =
        "{\"Id\": 7, \"Statement\": {\"Sid\": [\"a\"], \"Effect\": \"Allow\", \"Action\": \"*\"}}";
    assertEquals(
        List.of(
            "p.json:1:8: Id: expected a string, found number 7",
            "p.json:1:32: Statement.Sid: expected a string, found an array"),
        Problems.of(json, "p.json"));
    assertEquals(
        List.of("p.yaml:1:18: Statement.Sid: expected a string, found number 1"),
        Problems.of("Statement: {Sid: 1, Effect: Allow, Action: '*'}\n", "p.yaml"));
  }

  @Test
  void reportsEveryProblemTogetherInDocumentOrder() {
    String json =
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "A", "Effect": "Alow", "Action": "GetOrder", "Resource": "orders"},
            {"Sid": "A", "Effect": "Allow", "Action": "shop:GetOrder", "Extra": 1}
          ]
        }
        """;
    InvalidPolicyException e =
        assertThrows(
            InvalidPolicyException.class, () -> new PolicyParser().parse(json, "orders.json"));

    assertEquals(
        List.of(
            new PolicyProblem(
                "orders.json",
                4,
                28,
                "Statement[0].Effect",
                "expected \"Allow\" or \"Deny\", found \"Alow\""),
            new PolicyProblem(
                "orders.json",
                4,
                46,
                "Statement[0].Action",
                "expected \"*\" or \"service:action\", found \"GetOrder\""),
            new PolicyProblem(
                "orders.json",
                4,
                70,
                "Statement[0].Resource",
                "malformed ARN \"orders\": expected \"*\" or arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE"),
            new PolicyProblem(
                "orders.json",
                5,
                13,
                "Statement[1].Sid",
                "duplicate Sid \"A\" (also used by Statement[0])"),
            new PolicyProblem("orders.json", 5, 64, "Statement[1].Extra", "unknown key \"Extra\"")),
        e.problems());
    assertEquals(
        String.join("\n", e.problems().stream().map(PolicyProblem::toString).toList()),
        e.getMessage());
  }
}
