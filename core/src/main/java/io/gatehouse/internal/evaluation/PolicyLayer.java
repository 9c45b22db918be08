package io.gatehouse.internal.evaluation;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.PolicyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies of one type (and, for SCPs and RCPs, one organization level) that apply to a
 * request, indexed by action and resource. Immutable.
 */
public final class PolicyLayer {
  private final PolicyType type;
  private final int level;
  private final List<BoundStatement> statements;
  private final StatementIndex index;

  /**
   * Builds a layer from compiled statements.
   *
   * @param level the organization level for SCPs and RCPs (0 = root), -1 for other types
   */
  public PolicyLayer(PolicyType type, int level, List<CompiledStatement> statements) {
    this.type = type;
    this.level = level;
    List<BoundStatement> bound = new ArrayList<>(statements.size());
    for (CompiledStatement s : statements) {
      bound.add(new BoundStatement(s, s.describe(type, level), bound.size()));
    }
    this.statements = List.copyOf(bound);
    this.index = new StatementIndex(bound);
  }

  /** The policy type of the layer. */
  public PolicyType type() {
    return type;
  }

  /** The organization level, -1 for non-organization policies. */
  public int level() {
    return level;
  }

  /** Every statement of the layer, in document order. */
  List<BoundStatement> statements() {
    return statements;
  }

  StatementIndex index() {
    return index;
  }

  /** The statements that may apply to the request's action and resource. */
  Candidates candidates(AuthorizationRequest request) {
    return index.forAction(request).candidates(request.resourceIndexKey());
  }

  /** How many statements the layer holds. */
  public int size() {
    return index.size();
  }
}
