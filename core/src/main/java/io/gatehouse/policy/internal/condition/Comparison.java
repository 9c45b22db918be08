package io.gatehouse.policy.internal.condition;

/** How a request value must compare with a policy value (numeric and date operators). */
enum Comparison {
  EQUALS,
  LESS_THAN,
  LESS_THAN_EQUALS,
  GREATER_THAN,
  GREATER_THAN_EQUALS;

  /**
   * True if the comparison holds.
   *
   * @param order the request value compared with the policy value: negative, zero or positive
   */
  boolean holds(int order) {
    switch (this) {
      case EQUALS:
        return order == 0;
      case LESS_THAN:
        return order < 0;
      case LESS_THAN_EQUALS:
        return order <= 0;
      case GREATER_THAN:
        return order > 0;
      default:
        return order >= 0;
    }
  }
}
