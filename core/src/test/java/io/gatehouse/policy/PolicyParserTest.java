package io.gatehouse.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyParserTest {
  private final PolicyParser parser = new PolicyParser();

  private static final String ORDERS_JSON =
      """
      {
        "Version": "2012-10-17",
        "Id": "orders-policy",
        "Statement": [
          {
            "Sid": "ReadOrders",
            "Effect": "Allow",
            "Action": ["shop:Get*", "shop:List*"],
            "Resource": "arn:aws:shop:eu-west-1:123456789012:order/${aws:username}/*",
            "Condition": {
              "NumericLessThan": {"shop:Amount": 100},
              "Bool": {"aws:SecureTransport": true},
              "IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "192.168.1.0/24"]}
            }
          },
          {
            "Effect": "Deny",
            "NotAction": "shop:*",
            "NotResource": ["arn:aws:shop:*:*:catalog/*"]
          }
        ]
      }
      """;

  private static final String ORDERS_YAML =
      """
      Version: 2012-10-17
      Id: orders-policy
      Statement:
        - Sid: ReadOrders
          Effect: Allow
          Action:
            - shop:Get*
            - shop:List*
          Resource: arn:aws:shop:eu-west-1:123456789012:order/${aws:username}/*
          Condition:
            NumericLessThan: {shop:Amount: 100}
            Bool:
              aws:SecureTransport: true
            IpAddress:
              aws:SourceIp: [10.0.0.0/8, 192.168.1.0/24]
        - Effect: Deny
          NotAction: shop:*
          NotResource:
            - "arn:aws:shop:*:*:catalog/*"
      """;

  @Test
  void readsEveryPartOfAJsonPolicy() {
    PolicyDocument doc = parser.parse(ORDERS_JSON, "orders.json");

    assertEquals("orders.json", doc.name());
    assertEquals("2012-10-17", doc.version());
    assertTrue(doc.versionGiven());
    assertEquals("orders-policy", doc.id().orElseThrow());
    assertEquals(2, doc.statements().size());

    Statement read = doc.statements().get(0);
    assertEquals(0, read.index());
    assertEquals("ReadOrders", read.sid().orElseThrow());
    assertEquals(Effect.ALLOW, read.effect());
    assertEquals(List.of("shop:Get*", "shop:List*"), read.actions());
    assertFalse(read.notAction());
    assertEquals(
        List.of("arn:aws:shop:eu-west-1:123456789012:order/${aws:username}/*"), read.resources());
    assertTrue(read.hasResourceElement());
    assertEquals(
        List.of(
            new ConditionClause("NumericLessThan", "shop:Amount", List.of("100")),
            new ConditionClause("Bool", "aws:SecureTransport", List.of("true")),
            new ConditionClause(
                "IpAddress", "aws:SourceIp", List.of("10.0.0.0/8", "192.168.1.0/24"))),
        read.conditions());
    assertEquals(new SourceLocation("orders.json", 5, 5), read.location());

    Statement deny = doc.statements().get(1);
    assertEquals(1, deny.index());
    assertEquals(Effect.DENY, deny.effect());
    assertTrue(deny.notAction());
    assertEquals(List.of("shop:*"), deny.actions());
    assertTrue(deny.notResource());
    assertEquals(List.of("arn:aws:shop:*:*:catalog/*"), deny.resources());
    assertEquals(new SourceLocation("orders.json", 16, 5), deny.location());
  }

  @Test
  void jsonAndYamlOfTheSamePolicyGiveEqualModels() {
    PolicyDocument json = parser.parse(ORDERS_JSON, "orders.json");
    PolicyDocument yaml = parser.parse(ORDERS_YAML, "orders.yaml");

    assertEquals(PolicyModel.describe(json), PolicyModel.describe(yaml));
    assertEquals(new SourceLocation("orders.yaml", 4, 5), yaml.statements().get(0).location());
    assertEquals(new SourceLocation("orders.yaml", 16, 5), yaml.statements().get(1).location());
  }

  @Test
  void readsASingleStatementObjectAndSingleStrings() {
    PolicyDocument doc =
        parser.parse(
            """
            {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
            """,
            "one.json");

    Statement s = doc.statements().get(0);
    assertEquals(List.of("*"), s.actions());
    assertEquals(List.of("*"), s.resources());
    assertEquals("Statement[0]", s.label());
  }

  @Test
  void anAbsentVersionMeansTheOlderLanguage() {
    PolicyDocument doc =
        parser.parse("{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"s3:*\"}}", "p.json");

    assertFalse(doc.versionGiven());
    assertEquals(PolicyDocument.VERSION_2008_10_17, doc.version());
    assertFalse(doc.variablesEnabled());
    assertTrue(doc.id().isEmpty());
  }

  @Test
  void acceptsTheOlderVersionWhenGiven() {
    PolicyDocument doc =
        parser.parse(
            "{\"Version\": \"2008-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\":"
                + " \"*\"}}",
            "p.json");

    assertTrue(doc.versionGiven());
    assertEquals("2008-10-17", doc.version());
  }

  @Test
  void readsATrustPolicyWithoutResource() {
    PolicyDocument doc =
        parser.parse(
            """
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Principal:
                  Service: ec2.amazonaws.com
                Action: sts:AssumeRole
            """,
            "trust.yaml");

    Statement s = doc.statements().get(0);
    assertFalse(s.hasResourceElement());
    assertEquals(List.of(), s.resources());
    assertEquals(
        PrincipalElement.of(Map.of("Service", List.of("ec2.amazonaws.com"))),
        s.principal().orElseThrow());
  }

  @Test
  void readsEveryPrincipalForm() {
    PolicyDocument doc =
        parser.parse(
            """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"},
                {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject"},
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {
                  "AWS": [
                    "123456789012",
                    "arn:aws:iam::123456789012:root",
                    "arn:aws:iam::123456789012:user/division/alice",
                    "arn:aws-cn:iam::123456789012:role/OrdersReader",
                    "arn:aws:sts::123456789012:assumed-role/OrdersReader/alice@example.com",
                    "arn:aws:sts::123456789012:federated-user/bob"
                  ],
                  "Federated": ["cognito-identity.amazonaws.com",
                                "arn:aws:iam::123456789012:saml-provider/Corp"],
                  "Service": ["lambda.amazonaws.com", "ec2.amazonaws.com"],
                  "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
                }},
                {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:root"},
                 "Action": "*", "Resource": "*"}
              ]
            }
            """,
            "principals.json");

    List<Statement> s = doc.statements();
    assertTrue(s.get(0).principal().orElseThrow().isAnyone());
    assertEquals(List.of("*"), s.get(1).principal().orElseThrow().identifiers("AWS"));
    PrincipalElement all = s.get(2).principal().orElseThrow();
    assertEquals(
        List.of("AWS", "Federated", "Service", "CanonicalUser"),
        List.copyOf(all.byType().keySet()));
    assertEquals(6, all.identifiers("AWS").size());
    assertTrue(s.get(3).notPrincipal());
    assertEquals(
        List.of("arn:aws:iam::123456789012:root"),
        s.get(3).principal().orElseThrow().identifiers("AWS"));
  }

  @Test
  void keepsNumbersAndBooleansOfConditionsAsWritten() {
    PolicyDocument doc =
        parser.parse(
            """
            {"Statement": {"Effect": "Allow", "Action": "shop:Buy", "Resource": "*",
              "Condition": {
                "NumericEquals": {"shop:Amount": [1.50, -2, 1000]},
                "Bool": {"shop:Gift": false},
                "StringEquals": {"shop:Note": "true"}
              }}}
            """,
            "values.json");

    assertEquals(
        List.of(
            new ConditionClause("NumericEquals", "shop:Amount", List.of("1.50", "-2", "1000")),
            new ConditionClause("Bool", "shop:Gift", List.of("false")),
            new ConditionClause("StringEquals", "shop:Note", List.of("true"))),
        doc.statements().get(0).conditions());
  }

  @Test
  void keepsUnicodeText() {
    String json =
        """
        {"Statement": {"Sid": "Bestellungen", "Effect": "Allow", "Action": "shop:Get*",
          "Resource": "arn:aws:shop:::bücher/日本/\\u00e9",
          "Condition": {"StringEquals": {"shop:Owner": "Zoë 🙂"}}}}
        """;
    String yaml =
        """
        Statement:
          Sid: Bestellungen
          Effect: Allow
          Action: shop:Get*
          Resource: arn:aws:shop:::bücher/日本/é
          Condition: {StringEquals: {shop:Owner: Zoë 🙂}}
        """;

    PolicyDocument fromJson = parser.parse(json, "u.json");
    PolicyDocument fromYaml = parser.parse(yaml, "u.yaml");

    assertEquals(List.of("arn:aws:shop:::bücher/日本/é"), fromJson.statements().get(0).resources());
    assertEquals(List.of("Zoë 🙂"), fromJson.statements().get(0).conditions().get(0).values());
    assertEquals(PolicyModel.describe(fromJson), PolicyModel.describe(fromYaml));
  }

  @Test
  void choosesTheFormatByNameThenByFirstCharacter() {
    String yamlText = "Statement: {Effect: Allow, Action: s3:GetObject}\n";
    String jsonText = "  \n {\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"}}";

    assertEquals("p", parser.parse(jsonText, "p").name());
    assertEquals("p", parser.parse(yamlText, "p").name());
    assertEquals("P.YML", parser.parse(yamlText, "P.YML").name());
    // Valid JSON is also YAML; a .yaml name reads it as YAML.
    assertEquals(1, parser.parse(jsonText, "p.yaml").statements().size());
    // A .json name holds YAML text to JSON's grammar.
    InvalidPolicyException e =
        assertThrows(InvalidPolicyException.class, () -> parser.parse(yamlText, "p.json"));
    assertEquals(
        "p.json:1:1: expected a value, found \"Statement\"", e.problems().get(0).toString());
  }

  @Test
  void explicitFormatsIgnoreTheName() {
    String yamlText = "Statement: {Effect: Allow, Action: s3:GetObject}\n";

    assertEquals(1, parser.parseYaml(yamlText, "policy.json").statements().size());
    assertThrows(InvalidPolicyException.class, () -> parser.parseJson(yamlText, "policy.yaml"));
  }

  @Test
  void ignoresAByteOrderMark() {
    PolicyDocument doc =
        parser.parse(
            "\uFEFF{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}}", "bom.json");

    assertEquals(1, doc.statements().size());
  }

  @Test
  void readsFilesWithThePathAsSourceName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.yaml");
    Files.writeString(file, ORDERS_YAML, StandardCharsets.UTF_8);

    PolicyDocument doc = parser.parse(file);

    assertEquals(file.toString(), doc.name());
    assertEquals(new SourceLocation(file.toString(), 4, 5), doc.statements().get(0).location());
  }

  @Test
  void refusesFilesThatAreNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> parser.parse(file));

    assertEquals(file + ": file is not valid UTF-8", e.getMessage());
  }

  @Test
  void reportsUnreadableFilesAsIoErrors(@TempDir Path dir) {
    assertThrows(UncheckedIOException.class, () -> parser.parse(dir.resolve("missing.json")));
  }

  @Test
  void theStandardConditionSyntaxAcceptsOperatorsAndValues() {
    var syntax = PolicyParser.standardConditionSyntax();

    assertEquals(null, syntax.checkOperator("StringEquals"));
    assertEquals(null, syntax.checkValue("NumericLessThan", "10", true));
  }
}
