package io.gatehouse.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.policy.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyDocumentWriterTest {
  private final PolicyParser parser = new PolicyParser();
  private final PolicyDocumentWriter writer = new PolicyDocumentWriter();

  /** A document without its source locations, to compare a document with its written form. */
  static String describe(PolicyDocument d) {
    return "name="
        + d.name()
        + " version="
        + d.version()
        + (d.versionGiven() ? "" : " (default)")
        + " id="
        + d.id().orElse(null)
        + "\n"
        + d.statements().stream()
            .map(PolicyDocumentWriterTest::describe)
            .collect(Collectors.joining("\n"));
  }

  private static String describe(Statement s) {
    return s.index()
        + " sid="
        + s.sid().orElse(null)
        + " "
        + s.effect()
        + " principal="
        + s.principal().map(p -> p.isAnyone() ? "*" : p.byType().toString()).orElse(null)
        + (s.notPrincipal() ? " (not)" : "")
        + " actions="
        + s.actions()
        + (s.notAction() ? " (not)" : "")
        + " resources="
        + (s.hasResourceElement() ? s.resources() : "none")
        + (s.notResource() ? " (not)" : "")
        + " conditions="
        + s.conditions();
  }

  private void assertRoundTrip(PolicyDocument doc) {
    PolicyDocument again = parser.parseJson(writer.toJson(doc), doc.name());
    assertEquals(describe(doc), describe(again));
  }

  @Test
  void writesAwsJsonStructure() {
    PolicyDocument doc =
        parser.parseYaml(
            """
Version: "2012-10-17"
Id: example
Statement:
  - Sid: One
    Effect: Allow
    Action: [s3:GetObject]
    Resource: [arn:aws:s3:::a/*, arn:aws:s3:::b/*]
    Condition:
      StringEquals: {aws:username: alice, s3:prefix: [home/, shared/]}
      Bool: {aws:SecureTransport: true}
  - Effect: Deny
    NotPrincipal: {AWS: ["111122223333", "arn:aws:iam::111122223333:root"], Service: ec2.amazonaws.com}
    NotAction: iam:*
    NotResource: "*"
""",
            "p.yaml");
    assertEquals(
        "{\"Version\":\"2012-10-17\",\"Id\":\"example\",\"Statement\":["
            + "{\"Sid\":\"One\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":[\"arn:aws:s3:::a/*\",\"arn:aws:s3:::b/*\"],"
            + "\"Condition\":{\"StringEquals\":{\"aws:username\":\"alice\","
            + "\"s3:prefix\":[\"home/\",\"shared/\"]},\"Bool\":{\"aws:SecureTransport\":\"true\"}}},"
            + "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"111122223333\","
            + "\"arn:aws:iam::111122223333:root\"],\"Service\":\"ec2.amazonaws.com\"},"
            + "\"NotAction\":\"iam:*\",\"NotResource\":\"*\"}]}",
        writer.toJson(doc));
    assertRoundTrip(doc);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}",
        "{\"Version\": \"2008-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
            + " \"s3:*\", \"Resource\": \"arn:aws:s3:::${literal}\"}]}",
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
            + " \"*\", \"Action\": \"sts:AssumeRole\"}]}",
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"\", \"Effect\": \"Allow\","
            + " \"Principal\": {\"Federated\": \"arn:aws:iam::111122223333:oidc-provider/idp\"},"
            + " \"Action\": [\"sts:AssumeRoleWithWebIdentity\", \"sts:TagSession\"],"
            + " \"Condition\": {\"StringEquals\": {\"idp:aud\": \"app\"}, \"StringLike\":"
            + " {\"idp:sub\": [\"user-*\", \"svc-?\"]}}}]}",
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"*\","
            + " \"Resource\": \"*\", \"Condition\": {\"NumericGreaterThan\": {\"shop:Total\": 10},"
            + " \"ForAnyValue:StringEqualsIgnoreCase\": {\"aws:TagKeys\": [\"A\", \"b\"]},"
            + " \"DateLessThanIfExists\": {\"aws:CurrentTime\": \"2030-01-01T00:00:00Z\"},"
            + " \"IpAddress\": {\"aws:SourceIp\": [\"10.0.0.0/8\", \"2001:db8::/32\"]},"
            + " \"Null\": {\"aws:TokenIssueTime\": false}}}]}",
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
            + " {\"AWS\": \"*\", \"CanonicalUser\": \"79a59df900b949e55d96a1e698fbaced\"},"
            + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"}]}"
      })
  void parsingWhatItWritesGivesTheSameDocument(String json) {
    assertRoundTrip(parser.parseJson(json, "doc.json"));
  }

  @Test
  void keepsAnAbsentVersionAbsent() {
    PolicyDocument doc =
        parser.parseJson("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}}", "d.json");
    assertEquals("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\"}]}", writer.toJson(doc));
    assertTrue(writer.toTree(doc).get("Statement") instanceof List<?>);
  }

  @TestFactory
  Stream<DynamicTest> everyAwsManagedPolicyRoundTrips() throws Exception {
    Path corpus = Path.of(getClass().getResource("/aws-managed-policies").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 80);
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(), () -> assertRoundTrip(parser.parse(f))));
  }
}
