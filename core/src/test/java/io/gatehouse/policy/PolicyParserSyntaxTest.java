package io.gatehouse.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents that are not well-formed JSON or YAML: one problem, at the error, in plain words. */
class PolicyParserSyntaxTest {

  private static String only(String text, String sourceName) {
    List<String> problems = Problems.of(text, sourceName);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void jsonTrailingCommasAreRefused() {
    assertEquals(
        "p.json:1:26: expected a key in double quotes, found '}' (trailing commas are not allowed)",
        only("{\"Version\": \"2012-10-17\",}", "p.json"));
    assertEquals(
        "p.json:3:3: expected a value, found ']' (trailing commas are not allowed)",
        only("{\"Statement\": [\n  {\"Effect\": \"Allow\", \"Action\": \"*\"},\n  ]}", "p.json"));
  }

  @Test
  void jsonMissingCommasAreRefused() {
    String json =
        """
        {
          "Version": "2012-10-17"
          "Statement": []
        }
        """;
    assertEquals("p.json:3:3: expected ',' or '}', found '\"'", only(json, "p.json"));
    assertEquals(
        "p.json:1:42: expected ',' or ']', found '\"'",
        only("{\"Statement\": {\"Action\": [\"s3:GetObject\" \"s3:PutObject\"]}}", "p.json"));
  }

  @Test
  void jsonCommentsAreRefused() {
    assertEquals(
        "p.json:2:3: comments are not allowed in JSON",
        only("{\n  // allow reads\n  \"Statement\": []\n}", "p.json"));
  }

  @Test
  void jsonKeysMustBeInDoubleQuotes() {
    assertEquals(
        "p.json:1:2: expected a key in double quotes, found \"'\"",
        only("{'Statement': []}", "p.json"));
    assertEquals(
        "p.json:1:2: expected a key in double quotes, found 'S'",
        only("{Statement: []}", "p.json"));
    assertEquals("p.json:1:14: expected ':', found '['", only("{\"Statement\" []}", "p.json"));
  }

  @Test
  void jsonValuesMustBeJsonValues() {
    assertEquals(
        "p.json:1:44: expected a value, found \"tru\"",
        only("{\"Statement\": {\"Condition\": {\"Bool\": {\"a\": tru}}}}", "p.json"));
    assertEquals("p.json:1:7: expected a value, found \"NaN\"", only("{\"a\": NaN}", "p.json"));
    assertEquals(
        "p.json:1:8: invalid number: leading zeroes are not allowed",
        only("{\"a\": 007}", "p.json"));
    assertEquals(
        "p.json:1:11: control character U+000A must be escaped in a string",
        only("{\"Sid\": \"a\nb\"}", "p.json"));
  }

  @Test
  void jsonThatEndsEarlyIsRefused() {
    assertEquals(
        "p.json:2:1: unexpected end of document; expected ']'",
        only("{\"Statement\": [\n", "p.json"));
    assertEquals(
        "p.json:1:17: unexpected end of document inside a string",
        only("{\"Statement\": \"x", "p.json"));
  }

  @Test
  void jsonWithMismatchedBracketsIsRefused() {
    assertEquals("p.json:1:16: expected '}', found ']'", only("{\"Statement\": 1]", "p.json"));
  }

  @Test
  void contentAfterTheDocumentIsRefused() {
    assertEquals(
        "p.json:2:1: unexpected content after the document",
        only("{\"Statement\": []}\n{\"Statement\": []}", "p.json"));
    assertEquals(
        "p.json:1:19: unexpected content after the document",
        only("{\"Statement\": []} x", "p.json"));
  }

  @Test
  void anEmptyDocumentIsRefused() {
    assertEquals("p.json:1:1: document is empty", only("  \n", "p.json"));
    assertEquals("p.yaml:1:1: document is empty", only("# nothing yet\n", "p.yaml"));
  }

  @Test
  void yamlSyntaxErrorsAreReportedAtTheirMark() {
    assertEquals(
        "p.yaml:2:16: mapping values are not allowed here",
        only("Statement:\n  Effect: Allow: Deny\n", "p.yaml"));
    assertEquals(
        "p.yaml:3:1: expected ',' or ']', but got <stream end>",
        only("Statement:\n  Action: [s3:GetObject, s3:PutObject\n", "p.yaml"));
    assertEquals(
        "p.yaml:2:1: found a tab that cannot start any token; indent YAML with spaces",
        only("Statement:\n\tEffect: Allow\n", "p.yaml"));
  }

  @Test
  void yamlMustHoldOneDocument() {
    assertEquals(
        "p.yaml:2:1: expected a single document, found another",
        only("Statement: []\n---\nStatement: []\n", "p.yaml"));
  }

  @Test
  void yamlValuesStartingWithAStarMustBeQuoted() {
    assertEquals(
        "p.yaml:3:13: a value that starts with \"*\" or \"&\" must be quoted in YAML",
        only("Statement:\n  Effect: Allow\n  Resource: *\n  Action: s3:*\n", "p.yaml"));
    assertEquals(
        "p.yaml:2:11: undefined alias \"Object\" (a value that starts with \"*\" must be quoted in"
            + " YAML)",
        only("Statement:\n  Action: *Object\n", "p.yaml"));
  }
}
