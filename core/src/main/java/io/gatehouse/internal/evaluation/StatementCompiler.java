package io.gatehouse.internal.evaluation;

import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyProblem;
import io.gatehouse.policy.Statement;
import io.gatehouse.policy.internal.condition.CompiledCondition;
import io.gatehouse.policy.internal.condition.ConditionOperators;
import io.gatehouse.policy.internal.match.ActionPattern;
import io.gatehouse.policy.internal.match.ResourcePattern;
import java.util.ArrayList;
import java.util.List;

/** Builds the matchers of every statement of a policy document, once. */
public final class StatementCompiler {
  private final ConditionOperators operators;

  /** A compiler with the standard condition operators. */
  public StatementCompiler() {
    this(new ConditionOperators());
  }

  /** A compiler with the given condition operators. */
  public StatementCompiler(ConditionOperators operators) {
    this.operators = operators;
  }

  /**
   * Compiles every statement of the document.
   *
   * @throws InvalidPolicyException if a statement cannot be compiled (only for documents that
   *     were not read through the validating parser)
   */
  public List<CompiledStatement> compile(PolicyDocument document) {
    List<CompiledStatement> out = new ArrayList<>(document.statements().size());
    List<PolicyProblem> problems = new ArrayList<>();
    boolean variables = document.variablesEnabled();
    for (Statement s : document.statements()) {
      try {
        out.add(compile(document.name(), s, variables));
      } catch (IllegalArgumentException e) {
        problems.add(new PolicyProblem(
            s.location().source(), s.location().line(), s.location().column(),
            "Statement[" + s.index() + "]", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems);
    }
    return List.copyOf(out);
  }

  private CompiledStatement compile(String policyName, Statement s, boolean variables) {
    ActionPattern[] actions = new ActionPattern[s.actions().size()];
    for (int i = 0; i < actions.length; i++) {
      actions[i] = ActionPattern.compile(s.actions().get(i));
    }
    ResourcePattern[] resources = new ResourcePattern[s.resources().size()];
    for (int i = 0; i < resources.length; i++) {
      resources[i] = ResourcePattern.compile(s.resources().get(i), variables);
    }
    PrincipalMatcher principal =
        s.principal().map(p -> new PrincipalMatcher(p, s.notPrincipal())).orElse(null);
    CompiledCondition[] conditions = new CompiledCondition[s.conditions().size()];
    for (int i = 0; i < conditions.length; i++) {
      ConditionClause clause = s.conditions().get(i);
      conditions[i] = operators.compile(clause, variables);
    }
    return new CompiledStatement(policyName, s, actions, resources, principal, conditions);
  }
}
