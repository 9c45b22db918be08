package io.gatehouse.internal.evaluation;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that may apply to a request, in document order, with the Deny statements apart from
 * the Allow statements: every Deny must be looked at, but the Allows only up to the first that
 * applies. Where the index already knows that every statement matches the request's action (the
 * bucket of an exact action), the action test is skipped. Immutable.
 */
final class CandidateList {
  static final CandidateList EMPTY = new CandidateList(List.of(), true);

  private final BoundStatement[] denies;
  private final BoundStatement[] allows;
  private final boolean actionKnown;

  /**
   * @param statements in document order
   * @param actionKnown true if every statement is known to match every action that reaches the
   *     list
   */
  CandidateList(List<BoundStatement> statements, boolean actionKnown) {
    List<BoundStatement> d = new ArrayList<>();
    List<BoundStatement> a = new ArrayList<>();
    for (BoundStatement s : statements) {
      (s.statement().isDeny() ? d : a).add(s);
    }
    denies = d.toArray(new BoundStatement[0]);
    allows = a.toArray(new BoundStatement[0]);
    this.actionKnown = actionKnown;
  }

  /** The first Deny before position {@code limit} that applies to the request, or null. */
  BoundStatement firstDeny(AuthorizationRequest request, boolean resourcePolicy, int limit) {
    return first(denies, request, resourcePolicy, limit);
  }

  /** The first Allow before position {@code limit} that applies to the request, or null. */
  BoundStatement firstAllow(AuthorizationRequest request, boolean resourcePolicy, int limit) {
    return first(allows, request, resourcePolicy, limit);
  }

  private BoundStatement first(BoundStatement[] statements, AuthorizationRequest request,
      boolean resourcePolicy, int limit) {
    Principal caller = request.principal();
    for (int i = 0; i < statements.length; i++) {
      BoundStatement b = statements[i];
      if (b.position() >= limit) {
        return null;
      }
      CompiledStatement s = b.statement();
      if (s.matches(request, actionKnown)
          && s.grantTo(caller, resourcePolicy) != GrantKind.NONE) {
        return b;
      }
    }
    return null;
  }

  /**
   * For a resource-based policy: the Allow that names the caller most strongly, the first one
   * among equals, compared with {@code best}; returns the better of the two.
   */
  BoundStatement strongestAllow(AuthorizationRequest request, BoundStatement best) {
    Principal caller = request.principal();
    GrantKind bestGrant = best == null ? GrantKind.NONE : best.statement().grantTo(caller, true);
    for (int i = 0; i < allows.length; i++) {
      BoundStatement b = allows[i];
      CompiledStatement s = b.statement();
      if (!s.matches(request, actionKnown)) {
        continue;
      }
      GrantKind grant = s.grantTo(caller, true);
      int order = grant.compareTo(bestGrant);
      if (grant != GrantKind.NONE
          && (best == null || order > 0 || (order == 0 && b.position() < best.position()))) {
        best = b;
        bestGrant = grant;
      }
    }
    return best;
  }

  /** How many statements the list holds. */
  int size() {
    return denies.length + allows.length;
  }

  /** The statements, Denies first, for tests. */
  List<BoundStatement> statements() {
    List<BoundStatement> all = new ArrayList<>(List.of(denies));
    all.addAll(List.of(allows));
    return all;
  }
}
