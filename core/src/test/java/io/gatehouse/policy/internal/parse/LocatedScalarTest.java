package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.policy.SourceLocation;
import org.junit.jupiter.api.Test;

class LocatedScalarTest {
  private static final SourceLocation HERE = new SourceLocation("t", 1, 1);

  @Test
  void describesEachKindForMessages() {
    assertEquals("\"Alow\"", new LocatedScalar(HERE, ScalarKind.STRING, "Alow").describe());
    assertEquals("number 1.50", new LocatedScalar(HERE, ScalarKind.NUMBER, "1.50").describe());
    assertEquals("boolean true", new LocatedScalar(HERE, ScalarKind.BOOLEAN, "true").describe());
    assertEquals("null", new LocatedScalar(HERE, ScalarKind.NULL, "~").describe());
  }

  @Test
  void quotesStringsOnOneLine() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", LocatedScalar.quote("a\"b\\c\nd\u0001"));
    assertEquals("\"" + "x".repeat(80) + "...\"", LocatedScalar.quote("x".repeat(200)));
  }
}
