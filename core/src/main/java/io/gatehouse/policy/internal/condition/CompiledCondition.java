package io.gatehouse.policy.internal.condition;

import io.gatehouse.RequestContext;

/** One compiled condition clause (operator, key, values), ready to test requests. Immutable. */
public interface CompiledCondition {

  /** True if the clause holds for the request's context. Never throws for any context. */
  boolean test(RequestContext context);
}
