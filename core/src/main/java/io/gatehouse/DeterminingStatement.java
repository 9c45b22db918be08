package io.gatehouse;

import io.gatehouse.policy.Effect;
import io.gatehouse.policy.SourceLocation;

/**
 * A statement that decided a request: the allowing statements of an {@link DecisionType#ALLOW},
 * the denying statement of an {@link DecisionType#EXPLICIT_DENY}.
 *
 * @param policyType the role the policy played in the decision
 * @param level for SCPs and RCPs, the 0-based level of the organization (root first); otherwise -1
 * @param policyName the policy's name
 * @param statement the statement's {@code Sid}, or {@code Statement[i]} when it has none
 * @param effect the statement's effect
 * @param location where the statement was read from
 */
public record DeterminingStatement(
    PolicyType policyType,
    int level,
    String policyName,
    String statement,
    Effect effect,
    SourceLocation location) {

  @Override
  public String toString() {
    String where = level >= 0 ? policyType.description() + " level " + level : policyType.description();
    return effect + " by " + policyName + " / " + statement + " (" + where + ", " + location + ")";
  }
}
