package io.gatehouse.policy.internal.condition;

/**
 * The date operators' comparison, to the millisecond, of instants written in ISO 8601 or as epoch
 * seconds (see {@link DateTimeText}). A request value that is not a date matches nothing.
 */
final class DateType implements ValueType {
  private final Comparison comparison;

  DateType(Comparison comparison) {
    this.comparison = comparison;
  }

  @Override
  public String check(String value) {
    return DateTimeText.toEpochMillis(value) != DateTimeText.INVALID
        ? null
        : "expected an ISO 8601 date-time such as \"2024-01-01T00:00:00Z\","
            + " \"2024-01-01T00:00:00.250+02:00\", \"2024-01-01T00:00Z\" or \"2024-01-01\","
            + " or epoch seconds such as \"1704067200\"; found \""
            + value
            + "\"";
  }

  @Override
  public ValueMatcher compile(String value) {
    long expected = DateTimeText.toEpochMillis(value);
    return new ValueMatcher() {
      @Override
      public boolean matches(String requestValue) {
        return holds(DateTimeText.toEpochMillis(requestValue));
      }

      @Override
      public boolean matches(ContextValues values, int index) {
        return holds(values.instant(index));
      }

      private boolean holds(long actual) {
        return actual != DateTimeText.INVALID && comparison.holds(Long.compare(actual, expected));
      }
    };
  }
}
