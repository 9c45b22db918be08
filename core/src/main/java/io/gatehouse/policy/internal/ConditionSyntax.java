package io.gatehouse.policy.internal;

/**
 * What the policy reader needs to know of condition operators to validate a {@code Condition}
 * block while it still knows where each element stands in the text.
 */
public interface ConditionSyntax {

  /**
   * Checks an operator as written, with its qualifier and suffix (e.g. {@code
   * ForAnyValue:StringLikeIfExists}).
   *
   * @return null if the operator is known, otherwise the problem, e.g. {@code unknown condition
   *     operator "StringEqual"}
   */
  String checkOperator(String operator);

  /**
   * Checks one value of a known operator.
   *
   * @param operator the operator as written; {@link #checkOperator} accepted it
   * @param value the value as written (numbers and booleans in their text form)
   * @param variablesEnabled true if {@code ${...}} policy variables are substituted in this
   *     document; a value that contains a variable can only be checked once it is resolved
   * @return null if acceptable, otherwise the problem, e.g. {@code expected a number, found "ten"}
   */
  String checkValue(String operator, String value, boolean variablesEnabled);
}
