package io.gatehouse.policy.internal.condition;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.ConditionClause;
import java.util.List;

/** Builds clauses and contexts for condition tests. */
final class ClauseFixture {
  static final ConditionOperators OPERATORS = new ConditionOperators();

  private ClauseFixture() {}

  /** Compiles a clause of a 2012-10-17 document (variables enabled). */
  static CompiledCondition compile(String operator, String key, String... values) {
    return OPERATORS.compile(new ConditionClause(operator, key, List.of(values)), true);
  }

  /** True if the clause holds for a context where {@code key} has one value. */
  static boolean holds(String operator, String policyValue, String requestValue) {
    return compile(operator, "k", policyValue).test(context("k", requestValue));
  }

  /** A context with one single-valued key. */
  static RequestContext context(String key, String value) {
    return RequestContext.builder().put(key, value).build();
  }

  /** A context with one multivalued key. */
  static RequestContext contextWithValues(String key, List<String> values) {
    return RequestContext.builder().putAll(key, values).build();
  }
}
