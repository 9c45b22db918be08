package io.gatehouse.policy.internal.match;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.TemplateSegment;
import java.util.List;

/**
 * A policy variable ready to resolve on the decision path: its key lower-cased once, so that a
 * lookup is one map probe and allocates nothing. Resolves as {@link TemplateSegment.Variable#resolve}
 * does. Immutable.
 */
final class PolicyVariable {
  private final String lowerCaseKey;
  private final String defaultValue;

  PolicyVariable(TemplateSegment.Variable variable) {
    this.lowerCaseKey = variable.lowerCaseKey();
    this.defaultValue = variable.defaultValue();
  }

  /**
   * The key's single value, otherwise the default value, otherwise null (unresolvable).
   *
   * @param context the request's context; null resolves every variable to its default
   */
  String resolve(RequestContext context) {
    List<String> values = context == null ? null : context.valuesOfLowerCaseKey(lowerCaseKey);
    if (values != null && values.size() == 1) {
      return values.get(0);
    }
    return defaultValue;
  }
}
