package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.policy.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTreeReaderTest {
  private final YamlTreeReader reader = new YamlTreeReader(ReadLimits.defaults());

  private static SourceLocation at(int line, int column) {
    return new SourceLocation("t.yaml", line, column);
  }

  @Test
  void keepsScalarsAsWrittenWithTheirKind() {
    ProblemList problems = new ProblemList();
    LocatedObject root =
        (LocatedObject)
            reader.read(
                """
                date: 2012-10-17
                flag: true
                yes: yes
                int: 0x1F
                float: 1.50
                quoted: "12"
                empty:
                tilde: ~
                text: s3:GetObject
                """,
                "t.yaml",
                problems);

    assertTrue(problems.isEmpty());
    assertEquals(new LocatedScalar(at(1, 7), ScalarKind.STRING, "2012-10-17"), root.get("date"));
    assertEquals(new LocatedScalar(at(2, 7), ScalarKind.BOOLEAN, "true"), root.get("flag"));
    assertEquals(new LocatedScalar(at(3, 6), ScalarKind.BOOLEAN, "yes"), root.get("yes"));
    assertEquals(new LocatedScalar(at(4, 6), ScalarKind.NUMBER, "0x1F"), root.get("int"));
    assertEquals(new LocatedScalar(at(5, 8), ScalarKind.NUMBER, "1.50"), root.get("float"));
    assertEquals(new LocatedScalar(at(6, 9), ScalarKind.STRING, "12"), root.get("quoted"));
    assertEquals(ScalarKind.NULL, ((LocatedScalar) root.get("empty")).kind());
    assertEquals(ScalarKind.NULL, ((LocatedScalar) root.get("tilde")).kind());
    assertEquals("s3:GetObject", ((LocatedScalar) root.get("text")).text());
  }

  @Test
  void convertsZeroBasedMarksToOneBasedLocations() {
    ProblemList problems = new ProblemList();
    LocatedObject root = (LocatedObject) reader.read("a:\n  - x\n  - {b: c}\n", "t.yaml", problems);

    assertEquals(at(1, 1), root.location());
    assertEquals(at(1, 1), root.entry("a").keyLocation());
    LocatedArray a = (LocatedArray) root.get("a");
    assertEquals(at(2, 3), a.location());
    assertEquals(at(2, 5), a.elements().get(0).location());
    LocatedObject b = (LocatedObject) a.elements().get(1);
    assertEquals(at(3, 5), b.location());
    assertEquals(at(3, 6), b.entry("b").keyLocation());
  }

  @Test
  void reportsDuplicateKeysWithTheirPath() {
    ProblemList problems = new ProblemList();
    reader.read("a:\n  - {b: 1, b: 2}\n", "t.yaml", problems);

    assertEquals(
        List.of("t.yaml:2:12: a[0].b: duplicate key \"b\""),
        problems.toList().stream().map(Object::toString).toList());
  }

  @Test
  void expandsAliasesAtEachUseWithTheAnchorsLocation() {
    ProblemList problems = new ProblemList();
    LocatedObject root = (LocatedObject) reader.read("a: &x [1, 2]\nb: *x\n", "t.yaml", problems);

    assertTrue(problems.isEmpty());
    assertEquals(root.get("a"), root.get("b"));
  }

  @Test
  void capsAliasesOfCollections() {
    YamlTreeReader strict = new YamlTreeReader(new ReadLimits(1000, 10, 100, 1));
    ProblemList problems = new ProblemList();

    strict.read("a: &x [1]\nb: *x\nc: *x\n", "t.yaml", problems);

    assertEquals(
        "t.yaml: document has more than 1 aliases of collections",
        problems.toList().get(0).toString());
  }
}
