package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.policy.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {
  private final JsonTreeReader reader = new JsonTreeReader(ReadLimits.defaults());

  private static SourceLocation at(int line, int column) {
    return new SourceLocation("t.json", line, column);
  }

  @Test
  void keepsEntriesInOrderWithTheirLocations() {
    ProblemList problems = new ProblemList();
    LocatedObject root =
        (LocatedObject) reader.read("{\"b\": 1,\n \"a\": [true, null, \"x\"]}", "t.json", problems);

    assertTrue(problems.isEmpty());
    assertEquals(at(1, 1), root.location());
    assertEquals(List.of("b", "a"), root.entries().stream().map(LocatedObject.Entry::key).toList());
    assertEquals(at(2, 2), root.entry("a").keyLocation());
    LocatedArray a = (LocatedArray) root.get("a");
    assertEquals(at(2, 7), a.location());
    assertEquals(
        List.of(
            new LocatedScalar(at(2, 8), ScalarKind.BOOLEAN, "true"),
            new LocatedScalar(at(2, 14), ScalarKind.NULL, "null"),
            new LocatedScalar(at(2, 20), ScalarKind.STRING, "x")),
        a.elements());
    assertNull(root.get("c"));
  }

  @Test
  void keepsTheLiteralTextOfNumbers() {
    LocatedArray root =
        (LocatedArray)
            reader.read("[1.50, -0, 1E+3, 12345678901234567890123]", "t.json", new ProblemList());

    assertEquals(
        List.of("1.50", "-0", "1E+3", "12345678901234567890123"),
        root.elements().stream().map(n -> ((LocatedScalar) n).text()).toList());
    assertEquals(ScalarKind.NUMBER, ((LocatedScalar) root.elements().get(0)).kind());
  }

  @Test
  void reportsEachDuplicateKeyAtItsSecondOccurrenceAndKeepsTheFirst() {
    ProblemList problems = new ProblemList();
    LocatedObject root =
        (LocatedObject)
            reader.read("{\"a\": {\"x\": 1, \"x\": 2, \"x\": 3}, \"a\": 4}", "t.json", problems);

    assertEquals(
        List.of(
            "t.json:1:16: a.x: duplicate key \"x\"",
            "t.json:1:24: a.x: duplicate key \"x\"",
            "t.json:1:33: a: duplicate key \"a\""),
        problems.toList().stream().map(Object::toString).toList());
    assertEquals("1", ((LocatedScalar) ((LocatedObject) root.get("a")).get("x")).text());
  }

  @Test
  void aSyntaxErrorEndsTheRead() {
    ProblemList problems = new ProblemList();

    assertNull(reader.read("{\"a\": 1, \"a\": 2,}", "t.json", problems));
    assertEquals(
        List.of(
            "t.json:1:10: a: duplicate key \"a\"",
            "t.json:1:17: expected a key in double quotes, found '}' (trailing commas are not"
                + " allowed)"),
        problems.toList().stream().map(Object::toString).toList());
  }

  @Test
  void capsTheNumberOfElements() {
    ProblemList problems = new ProblemList();
    JsonTreeReader small = new JsonTreeReader(new ReadLimits(1000, 10, 5, 0));

    assertNull(small.read("[1, 2, 3, 4, 5]", "t.json", problems));
    assertEquals("t.json: document has more than 5 elements", problems.toList().get(0).toString());
  }

  @Test
  void acceptsNestingUpToTheLimit() {
    JsonTreeReader shallow = new JsonTreeReader(new ReadLimits(1000, 3, 100, 0));
    ProblemList problems = new ProblemList();

    shallow.read("[[[1]]]", "t.json", problems);
    assertTrue(problems.isEmpty());
    shallow.read("[[[[1]]]]", "t.json", problems);
    assertEquals(
        "t.json:1:4: document is nested deeper than 3 levels", problems.toList().get(0).toString());
  }
}
