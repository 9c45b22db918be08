package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemListTest {

  @Test
  void sortsProblemsIntoDocumentOrderWithinEachSource() {
    ProblemList problems = new ProblemList();
    problems.add(new SourceLocation("b.json", 3, 1), NodePath.root().key("x"), "third");
    problems.add(new SourceLocation("a.json", 2, 5), NodePath.root(), "late");
    problems.add(new SourceLocation("b.json", 1, 9), NodePath.root(), "first");
    problems.add(new SourceLocation("a.json", 2, 1), NodePath.root(), "early");
    problems.addForDocument("b.json", "whole");

    assertEquals(
        List.of(
            "b.json: whole",
            "b.json:1:9: first",
            "b.json:3:1: x: third",
            "a.json:2:1: early",
            "a.json:2:5: late"),
        problems.toList().stream().map(Object::toString).toList());
  }

  @Test
  void throwsOnlyWhenThereAreProblems() {
    ProblemList problems = new ProblemList();
    problems.throwIfAny();

    problems.add(new SourceLocation("p.json", 1, 1), NodePath.root(), "bad");
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, problems::throwIfAny);
    assertEquals("p.json:1:1: bad", e.getMessage());
  }
}
