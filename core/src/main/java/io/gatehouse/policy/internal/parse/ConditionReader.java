package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.internal.ConditionSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code Condition} element: an object from operator to an object from condition key to a
 * value or an array of values. Values may be strings, numbers or booleans (kept as written);
 * operators and values are checked by the {@link ConditionSyntax} while their locations are known.
 */
final class ConditionReader {
  private final ValueReader values;
  private final ConditionSyntax syntax;
  private final boolean variablesEnabled;

  ConditionReader(ValueReader values, ConditionSyntax syntax, boolean variablesEnabled) {
    this.values = values;
    this.syntax = syntax;
    this.variablesEnabled = variablesEnabled;
  }

  /** The clauses in document order; problems are added for every bad part. */
  List<ConditionClause> read(LocatedNode node, NodePath path) {
    List<ConditionClause> clauses = new ArrayList<>();
    LocatedObject operators = values.object(node, path, "an object of condition operators");
    if (operators == null) {
      return clauses;
    }
    for (LocatedObject.Entry op : operators.entries()) {
      NodePath opPath = path.key(op.key());
      String opProblem = syntax.checkOperator(op.key());
      if (opProblem != null) {
        values.problems().add(op.keyLocation(), opPath, opProblem);
      }
      LocatedObject keys = values.object(op.value(), opPath, "an object of condition keys");
      if (keys == null) {
        continue;
      }
      for (LocatedObject.Entry key : keys.entries()) {
        List<String> clauseValues =
            clauseValues(op.key(), opProblem == null, key.value(), opPath.key(key.key()));
        clauses.add(new ConditionClause(op.key(), key.key(), clauseValues));
      }
    }
    return clauses;
  }

  private List<String> clauseValues(
      String operator, boolean operatorKnown, LocatedNode node, NodePath path) {
    List<String> out = new ArrayList<>();
    if (node instanceof LocatedArray a) {
      if (a.elements().isEmpty()) {
        values.problem(node, path, "expected at least one value, found an empty array");
      }
      for (int i = 0; i < a.elements().size(); i++) {
        value(operator, operatorKnown, a.elements().get(i), path.index(i), out);
      }
    } else if (node instanceof LocatedScalar s && s.kind() != ScalarKind.NULL) {
      value(operator, operatorKnown, s, path, out);
    } else {
      values.problem(
          node,
          path,
          "expected a string, number, boolean or an array of them, found " + node.describe());
    }
    return out;
  }

  private void value(
      String operator, boolean operatorKnown, LocatedNode node, NodePath path, List<String> out) {
    if (!(node instanceof LocatedScalar s) || s.kind() == ScalarKind.NULL) {
      values.problem(node, path, "expected a string, number or boolean, found " + node.describe());
      return;
    }
    if (operatorKnown) {
      String problem = syntax.checkValue(operator, s.text(), variablesEnabled);
      if (problem != null) {
        values.problem(node, path, problem);
      }
    }
    out.add(s.text());
  }
}
