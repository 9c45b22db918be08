package io.gatehouse.policy;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Parses a document that must be refused and renders its problems as users see them. */
final class Problems {
  private Problems() {}

  static List<String> of(PolicyParser parser, String text, String sourceName) {
    InvalidPolicyException e =
        assertThrows(InvalidPolicyException.class, () -> parser.parse(text, sourceName));
    return e.problems().stream().map(PolicyProblem::toString).toList();
  }

  static List<String> of(String text, String sourceName) {
    return of(new PolicyParser(), text, sourceName);
  }
}
