package io.gatehouse.policy.internal.condition;

/**
 * One base operator of the registry, such as {@code StringNotLike}.
 *
 * @param name the base name, e.g. {@code StringNotLike}
 * @param type what it compares and how it reads policy values
 * @param negated true for the {@code Not} operators: they hold when no request value matches any
 *     policy value, and (without qualifier or {@code IfExists}) when the key is absent
 * @param testsPresence true only for {@code Null}, which tests whether the key is present rather
 *     than its values, and takes no {@code IfExists} suffix
 */
record ConditionOperator(String name, ValueType type, boolean negated, boolean testsPresence) {

  /** True if {@code IfExists} may follow the name. */
  boolean allowsIfExists() {
    return !testsPresence;
  }
}
