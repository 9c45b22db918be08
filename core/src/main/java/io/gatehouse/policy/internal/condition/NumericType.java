package io.gatehouse.policy.internal.condition;

import java.math.BigDecimal;

/**
 * The numeric operators' comparison: integers and decimals of any size, compared by value ({@code
 * 1.50} equals {@code 1.5}). A request value that is not a number matches nothing.
 */
final class NumericType implements ValueType {
  private final Comparison comparison;

  NumericType(Comparison comparison) {
    this.comparison = comparison;
  }

  @Override
  public String check(String value) {
    return NumberText.isNumber(value) ? null : "expected a number, found \"" + value + "\"";
  }

  @Override
  public ValueMatcher compile(String value) {
    BigDecimal expected = new BigDecimal(value);
    long expectedLong = NumberText.parseLong(value);
    return new ValueMatcher() {
      @Override
      public boolean matches(String requestValue) {
        return holds(requestValue, NumberText.parseLong(requestValue));
      }

      @Override
      public boolean matches(ContextValues values, int index) {
        return holds(values.get(index), values.integer(index));
      }

      /** Compares the request value, whose reading as a plain integer is {@code actualLong}. */
      private boolean holds(String requestValue, long actualLong) {
        if (expectedLong != NumberText.NOT_A_LONG && actualLong != NumberText.NOT_A_LONG) {
          return comparison.holds(Long.compare(actualLong, expectedLong));
        }
        BigDecimal actual = NumberText.parse(requestValue);
        return actual != null && comparison.holds(actual.compareTo(expected));
      }
    };
  }
}
