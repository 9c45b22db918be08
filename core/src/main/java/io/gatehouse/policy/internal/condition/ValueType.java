package io.gatehouse.policy.internal.condition;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.VariableTemplate;

/**
 * What a family of operators (string, numeric, date, ...) compares, and how it reads and compiles
 * policy values.
 */
interface ValueType {

  /**
   * Checks a policy value.
   *
   * @return null if acceptable, otherwise the problem, e.g. {@code expected a number, found "ten"}
   */
  String check(String value);

  /** Compiles a policy value that {@link #check} accepted. */
  ValueMatcher compile(String value);

  /**
   * Compiles a policy value written with policy variables for one request.
   *
   * <p>By default the resolved text is checked and compiled like any value; wildcard types override
   * this so that escapes and resolved values stay literal.
   *
   * @return the matcher, or null if the value cannot be resolved (or resolves to an invalid value)
   *     for this request and so matches nothing
   */
  default ValueMatcher compile(VariableTemplate template, RequestContext context) {
    String resolved = template.resolve(context);
    return resolved == null || check(resolved) != null ? null : compile(resolved);
  }
}
