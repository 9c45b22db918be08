package io.gatehouse.policy.internal.condition;

/** One policy value of a condition clause, compiled: tests one request value. */
@FunctionalInterface
interface ValueMatcher {
  /** A matcher that matches nothing, for policy values that can never match. */
  ValueMatcher NOTHING = requestValue -> false;

  /** True if the request value matches this policy value. Never throws. */
  boolean matches(String requestValue);

  /**
   * As {@link #matches(String)} for {@code values.get(index)}; types that read request values
   * (dates, numbers, addresses) use the reading the values keep.
   */
  default boolean matches(ContextValues values, int index) {
    return matches(values.get(index));
  }
}
