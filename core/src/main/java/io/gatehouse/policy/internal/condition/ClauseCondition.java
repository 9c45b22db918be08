package io.gatehouse.policy.internal.condition;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.condition.OperatorName.SetQualifier;
import io.gatehouse.policy.internal.variables.VariableTemplate;
import java.util.List;

/**
 * A compiled clause: one operator, one key, its policy values (ORed). Immutable.
 *
 * <p>Values without policy variables are compiled once; values with variables are resolved and
 * compiled for each request that needs them. A value that cannot be resolved matches nothing; under
 * a negated operator (or {@code Null}) it makes the whole clause false instead of vacuously true,
 * since AWS treats a statement whose variables do not resolve as one that does not apply.
 */
final class ClauseCondition implements CompiledCondition {
  private static final String PRESENT = "false";
  private static final String ABSENT = "true";

  private final String text;
  private final ConditionOperator operator;
  private final boolean negated;
  private final boolean testsPresence;
  private final SetQualifier qualifier;
  private final boolean ifExists;
  private final String lowerCaseKey;

  /** Compiled values; null where {@link #templates} has a template. */
  private final ValueMatcher[] fixed;

  /** Values with policy variables, by position; null if the clause has none. */
  private final VariableTemplate[] templates;

  ClauseCondition(
      String text,
      ConditionOperator operator,
      OperatorName name,
      String lowerCaseKey,
      ValueMatcher[] fixed,
      VariableTemplate[] templates) {
    this.text = text;
    this.operator = operator;
    this.negated = operator.negated();
    this.testsPresence = operator.testsPresence();
    this.qualifier = name.qualifier();
    this.ifExists = name.ifExists();
    this.lowerCaseKey = lowerCaseKey;
    this.fixed = fixed;
    this.templates = templates;
  }

  @Override
  public boolean test(RequestContext context) {
    List<String> values = context == null ? null : context.valuesOfLowerCaseKey(lowerCaseKey);
    if (testsPresence) {
      // Null tests the key itself; a key with no values counts as absent.
      String presence = values == null || values.isEmpty() ? ABSENT : PRESENT;
      ValueMatcher[] bound = matchers(context);
      return bound != null && matchesAny(bound, presence);
    }
    ValueMatcher[] matchers = matchers(context);
    if (matchers == null) {
      return false;
    }
    if (values == null) {
      // AWS: a missing key fails a positive operator but satisfies a negated one; IfExists and
      // ForAllValues hold for it, ForAnyValue does not.
      return ifExists
          || qualifier == SetQualifier.FOR_ALL_VALUES
          || (qualifier == SetQualifier.NONE && negated);
    }
    switch (qualifier) {
      case FOR_ALL_VALUES:
        for (int i = 0; i < values.size(); i++) {
          if (matchesAny(matchers, values, i) == negated) {
            return false;
          }
        }
        return true;
      case FOR_ANY_VALUE:
        for (int i = 0; i < values.size(); i++) {
          if (matchesAny(matchers, values, i) != negated) {
            return true;
          }
        }
        return false;
      default:
        for (int i = 0; i < values.size(); i++) {
          if (matchesAny(matchers, values, i)) {
            return !negated;
          }
        }
        return negated;
    }
  }

  /**
   * The matchers of every value for this request (null entries for unresolvable values), or null
   * if an unresolvable value must make the clause false.
   */
  private ValueMatcher[] matchers(RequestContext context) {
    if (templates == null) {
      return fixed;
    }
    ValueMatcher[] bound = fixed.clone();
    for (int i = 0; i < templates.length; i++) {
      if (templates[i] != null) {
        bound[i] = operator.type().compile(templates[i], context);
        if (bound[i] == null && (negated || testsPresence)) {
          return null;
        }
      }
    }
    return bound;
  }

  /** True if any matcher matches request value {@code i}, read once for all of them. */
  private static boolean matchesAny(ValueMatcher[] matchers, List<String> values, int i) {
    if (!(values instanceof ContextValues read)) {
      return matchesAny(matchers, values.get(i));
    }
    for (ValueMatcher matcher : matchers) {
      if (matcher != null && matcher.matches(read, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(ValueMatcher[] matchers, String requestValue) {
    for (ValueMatcher matcher : matchers) {
      if (matcher != null && matcher.matches(requestValue)) {
        return true;
      }
    }
    return false;
  }

  /** The clause, for display: {@code "StringEquals": {"shop:Team": [...]}}. */
  @Override
  public String toString() {
    return text;
  }
}
