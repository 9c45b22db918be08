package io.gatehouse.policy.internal.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.policy.internal.condition.OperatorName.SetQualifier;
import org.junit.jupiter.api.Test;

class OperatorNameTest {

  @Test
  void takesQualifierBaseAndSuffixApart() {
    assertEquals(
        new OperatorName(SetQualifier.FOR_ANY_VALUE, "StringLike", true),
        OperatorName.parse("ForAnyValue:StringLikeIfExists"));
    assertEquals(
        new OperatorName(SetQualifier.FOR_ALL_VALUES, "StringEquals", false),
        OperatorName.parse("ForAllValues:StringEquals"));
    assertEquals(new OperatorName(SetQualifier.NONE, "Bool", false), OperatorName.parse("Bool"));
  }

  @Test
  void isCaseSensitive() {
    assertEquals(
        new OperatorName(SetQualifier.NONE, "forallvalues:StringEqualsifexists", false),
        OperatorName.parse("forallvalues:StringEqualsifexists"));
  }

  @Test
  void ifExistsAloneIsABaseName() {
    assertEquals(
        new OperatorName(SetQualifier.NONE, "IfExists", false), OperatorName.parse("IfExists"));
  }

  @Test
  void writtenRebuildsTheName() {
    assertEquals(
        "ForAnyValue:StringLikeIfExists",
        OperatorName.parse("ForAnyValue:StringLikeIfExists").written());
  }
}
