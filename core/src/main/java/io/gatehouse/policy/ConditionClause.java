package io.gatehouse.policy;

import java.util.List;
import java.util.Objects;

/**
 * One operator/key pair of a statement's {@code Condition} block, e.g. {@code "StringEquals":
 * {"aws:username": ["alice", "bob"]}} is the clause (StringEquals, aws:username, [alice, bob]).
 *
 * <p>All clauses of a statement must hold (AND); the values of one clause are alternatives (OR).
 *
 * @param operator the operator as written, with its qualifier and suffix, e.g. {@code
 *     ForAnyValue:StringLikeIfExists}
 * @param key the condition key as written; keys are matched case-insensitively
 * @param values the values as written (numbers and booleans in their text form)
 */
public record ConditionClause(String operator, String key, List<String> values) {

  /** Creates a clause; the values list is copied. */
  public ConditionClause {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
  }
}
