package io.gatehouse.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or oversized documents are refused quickly, and YAML never builds Java objects. */
class PolicyParserLimitsTest {
  private static final Duration QUICKLY = Duration.ofSeconds(2);

  @Test
  void refusesJavaTypeTags() {
    String yaml =
        """
        Statement: !!javax.script.ScriptEngineManager [
          !!java.net.URLClassLoader [[!!java.net.URL ["http://example.com/"]]]
        ]
        """;
    assertEquals(
        List.of(
            "p.yaml:1:12: Statement: YAML tag \"!!javax.script.ScriptEngineManager\" is not"
                + " allowed",
            "p.yaml:2:3: Statement[0]: YAML tag \"!!java.net.URLClassLoader\" is not allowed",
            "p.yaml:2:3: Statement[0]: expected a statement object, found an array",
            "p.yaml:2:31: Statement[0][0][0]: YAML tag \"!!java.net.URL\" is not allowed"),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesLocalAndNonPlainTags() {
    String yaml =
        """
        Statement:
          Sid: !shell id
          Effect: !!binary QWxsb3c=
          Action: !!str s3:GetObject
          Resource: !!set {arn:aws:s3:::a/*: null}
        """;
    assertEquals(
        List.of(
            "p.yaml:2:8: Statement.Sid: YAML tag \"!shell\" is not allowed",
            "p.yaml:3:11: Statement.Effect: YAML tag \"!!binary\" is not allowed",
            "p.yaml:3:11: Statement.Effect: expected \"Allow\" or \"Deny\", found \"QWxsb3c=\"",
            "p.yaml:5:13: Statement.Resource: YAML tag \"!!set\" is not allowed",
            "p.yaml:5:13: Statement.Resource: expected a string or an array of strings, found an"
                + " object"),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesABillionLaughsQuickly() {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 9; k++) {
        yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }

    List<String> problems =
        assertTimeoutPreemptively(QUICKLY, () -> Problems.of(yaml.toString(), "lol.yaml"));

    assertEquals(List.of("lol.yaml: document has more than 50 aliases of collections"), problems);
  }

  @Test
  void capsAliasExpansionBelowTheAliasLimit() {
    // 3 aliases per level over 15 levels: 45 aliases, but 3^15 (14 million) elements expanded.
    StringBuilder yaml = new StringBuilder("l0: &l0 [x, x, x]\n");
    for (int i = 1; i <= 15; i++) {
      String prev = "*l" + (i - 1);
      yaml.append("l")
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [")
          .append(prev)
          .append(", ")
          .append(prev)
          .append(", ")
          .append(prev)
          .append("]\n");
    }

    List<String> problems =
        assertTimeoutPreemptively(QUICKLY, () -> Problems.of(yaml.toString(), "wide.yaml"));

    assertEquals(
        List.of(
            "wide.yaml: document expands to more than 250000 elements (counting each alias use)"),
        problems);
  }

  @Test
  void refusesAnAliasInsideItself() {
    assertEquals(
        List.of("p.yaml:1:12: Statement[0]: alias refers to a collection that contains it"),
        Problems.of("Statement: &s [*s]\n", "p.yaml"));
  }

  @Test
  void refusesMergeKeysAndKeysThatAreNotStrings() {
    String yaml =
        """
        Base: &base {Effect: Allow}
        Statement:
          <<: *base
          ? [Action]
          : s3:GetObject
          ~: x
        """;
    assertEquals(
        List.of(
            "p.yaml:1:1: Base: unknown key \"Base\"",
            "p.yaml:3:3: Statement: YAML merge keys (\"<<\") are not supported",
            "p.yaml:3:3: Statement: missing \"Effect\"",
            "p.yaml:3:3: Statement: missing \"Action\" or \"NotAction\"",
            "p.yaml:4:5: Statement: expected a string key, found an array",
            "p.yaml:6:3: Statement: expected a string key, found null"),
        Problems.of(yaml, "p.yaml"));
  }

  @Test
  void refusesOversizedDocuments() {
    String big = "{\"Statement\": []," + " ".repeat(1 << 20) + "}";
    assertEquals(
        List.of("big.json: document is longer than 1048576 characters"),
        Problems.of(big, "big.json"));
    assertEquals(
        List.of("big.yaml: document is longer than 1048576 characters"),
        Problems.of(big, "big.yaml"));
  }

  @Test
  void refusesOversizedFilesWithoutReadingThemWhole(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.json");
    Files.writeString(file, "{\"Statement\": []," + " ".repeat(2 << 20) + "}");

    InvalidPolicyException e =
        assertThrows(InvalidPolicyException.class, () -> new PolicyParser().parse(file));

    assertEquals(file + ": file is larger than 1048576 bytes", e.getMessage());
  }

  @Test
  void refusesDeeplyNestedDocuments() {
    String json = "{\"Statement\": " + "[".repeat(100) + "]".repeat(100) + "}";
    assertEquals(
        List.of("deep.json:1:78: document is nested deeper than 64 levels"),
        Problems.of(json, "deep.json"));
    String yaml = "Statement: " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertEquals(
        List.of("deep.yaml: document is nested deeper than 64 levels"),
        Problems.of(yaml, "deep.yaml"));
  }

  @Test
  void refusesNestingThatAliasesMakeDeep() {
    String yaml =
        "a: &a "
            + "[".repeat(40)
            + "]".repeat(40)
            + "\nStatement: "
            + "[".repeat(40)
            + "*a"
            + "]".repeat(40)
            + "\n";
    // The alias use 40 levels down puts the anchor's 24th level at depth 64 (the anchor's 1:30).
    assertEquals(
        List.of(
            "deep.yaml:1:30: Statement"
                + "[0]".repeat(63)
                + ": document is nested deeper than 64 levels"),
        Problems.of(yaml, "deep.yaml"));
  }
}
