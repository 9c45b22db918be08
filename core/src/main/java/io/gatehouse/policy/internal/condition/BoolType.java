package io.gatehouse.policy.internal.condition;

/**
 * The {@code Bool} operator's comparison, also used for the {@code Null} operator's values: {@code
 * true} or {@code false} in any case. A request value that is neither matches nothing.
 */
final class BoolType implements ValueType {

  @Override
  public String check(String value) {
    return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
        ? null
        : "expected true or false, found \"" + value + "\"";
  }

  @Override
  public ValueMatcher compile(String value) {
    String expected = value.equalsIgnoreCase("true") ? "true" : "false";
    return expected::equalsIgnoreCase;
  }
}
