package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.Effect;
import io.gatehouse.policy.PrincipalElement;
import io.gatehouse.policy.Statement;
import java.util.List;

/** Reads one statement of a policy, adding a problem for everything AWS would refuse in it. */
final class StatementReader {
  private final boolean variablesEnabled;
  /** The keys AWS accepts in a statement; case-sensitive. */
  static final List<String> KEYS =
      List.of(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");

  private final ValueReader values;
  private final PrincipalReader principals;
  private final ConditionReader conditions;

  StatementReader(ValueReader values, ConditionReader conditions, boolean variablesEnabled) {
    this.values = values;
    this.variablesEnabled = variablesEnabled;
    this.principals = new PrincipalReader(values);
    this.conditions = conditions;
  }

  /**
   * Reads a statement.
   *
   * @param index its 0-based position in the policy
   * @return the statement, or null if it had any problem
   */
  Statement read(LocatedNode node, NodePath path, int index) {
    int before = values.problems().size();
    LocatedObject object = values.object(node, path, "a statement object");
    if (object == null) {
      return null;
    }
    values.onlyKnownKeys(object, path, KEYS, "key");

    LocatedNode sidNode = object.get("Sid");
    String sid = sidNode == null ? null : values.string(sidNode, path.key("Sid"));
    Effect effect = effect(object, path);

    LocatedObject.Entry principal = values.either(object, path, "Principal", "NotPrincipal", false);
    PrincipalElement principalElement =
        principal == null ? null : principals.read(principal.value(), path.key(principal.key()));

    LocatedObject.Entry action = values.either(object, path, "Action", "NotAction", true);
    List<String> actions =
        action == null
            ? List.of()
            : values.strings(
                action.value(), path.key(action.key()), "action", PatternSyntax::checkAction);

    LocatedObject.Entry resource = values.either(object, path, "Resource", "NotResource", false);
    List<String> resources =
        resource == null
            ? List.of()
            : values.strings(
                resource.value(),
                path.key(resource.key()),
                "resource",
                r -> PatternSyntax.checkResource(r, variablesEnabled));

    LocatedNode conditionNode = object.get("Condition");
    List<ConditionClause> clauses =
        conditionNode == null ? List.of() : conditions.read(conditionNode, path.key("Condition"));

    if (values.problems().size() != before) {
      return null;
    }
    Statement.Builder b =
        Statement.builder(effect)
            .index(index)
            .sid(sid)
            .conditions(clauses)
            .location(object.location());
    if (principal != null) {
      if (principal.key().equals("Principal")) {
        b.principal(principalElement);
      } else {
        b.notPrincipal(principalElement);
      }
    }
    if (action.key().equals("Action")) {
      b.actions(actions);
    } else {
      b.notActions(actions);
    }
    if (resource != null) {
      if (resource.key().equals("Resource")) {
        b.resources(resources);
      } else {
        b.notResources(resources);
      }
    }
    return b.build();
  }

  private Effect effect(LocatedObject object, NodePath path) {
    LocatedNode node = object.get("Effect");
    if (node == null) {
      values.problem(object, path, "missing \"Effect\"");
      return null;
    }
    if (node instanceof LocatedScalar s && s.isString()) {
      for (Effect e : Effect.values()) {
        if (e.text().equals(s.text())) {
          return e;
        }
      }
    }
    values.problem(
        node, path.key("Effect"), "expected \"Allow\" or \"Deny\", found " + node.describe());
    return null;
  }
}
