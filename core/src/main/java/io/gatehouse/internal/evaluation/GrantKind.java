package io.gatehouse.internal.evaluation;

/**
 * How a resource-based policy's {@code Principal} names the caller; AWS treats the three
 * differently when the caller's account owns the resource.
 */
enum GrantKind {
  /** Not named. */
  NONE,
  /**
   * Named through its account (account id or root ARN): the account delegates to its identity-based
   * policies, so the grant adds nothing on its own within the account.
   */
  ACCOUNT,
  /**
   * A role session named through its role's ARN: the grant joins the role's identity-based
   * permissions and is limited, like them, by the boundary and the session policy.
   */
  ROLE,
  /**
   * Named directly (user ARN, session ARN, federated user ARN, or {@code *}): within the account
   * the grant suffices, unlimited by an implicit deny in a boundary or session policy.
   */
  DIRECT
}
