package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSyntaxMessageTest {

  private static List<String> problems(String json) {
    ProblemList problems = new ProblemList();
    new JsonTreeReader(ReadLimits.defaults()).read(json, "t.json", problems);
    return problems.toList().stream().map(Object::toString).toList();
  }

  @Test
  void dropsJacksonsSourceAndCodeNoise() {
    assertEquals(
        "unexpected close marker '}'",
        JsonSyntaxMessage.of(
            "Unexpected close marker '}' (code 125) at [Source: REDACTED; line: 1, column: 1]",
            "",
            -1));
    assertEquals(
        "unrecognized character escape 'x'",
        JsonSyntaxMessage.of("Unrecognized character escape 'x' (code 120)", "", -1));
  }

  @Test
  void namesCharactersReadably() {
    assertEquals("'}'", JsonSyntaxMessage.describeChar('}'));
    assertEquals("\"'\"", JsonSyntaxMessage.describeChar('\''));
    assertEquals("U+0009", JsonSyntaxMessage.describeChar('\t'));
    assertEquals("U+FEFF", JsonSyntaxMessage.describeChar(0xFEFF));
  }

  @Test
  void hintsAtTrailingCommasOnlyAfterAComma() {
    assertEquals(
        List.of("t.json:2:1: expected a value, found ']' (trailing commas are not allowed)"),
        problems("[1,\n]"));
    assertEquals(List.of("t.json:1:7: expected a value, found '}'"), problems("{\"a\": }"));
  }

  @Test
  void explainsBadNumbers() {
    assertEquals(
        List.of("t.json:1:8: invalid number: expected digit (0-9) to follow minus sign, found '}'"),
        problems("{\"a\": -}"));
    assertEquals(
        List.of("t.json:1:7: number is longer than 1000 digits"),
        problems("{\"a\": " + "1".repeat(1500) + "}"));
  }
}
