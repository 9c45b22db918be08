package io.gatehouse.internal.evaluation;

import io.gatehouse.AuthorizationRequest;

/**
 * The statements of a layer that may apply to one action and one kind of resource: those filed
 * under the resource's key ({@link io.gatehouse.policy.internal.match.ResourcePattern#indexKey()})
 * and those that may apply to any resource. Decides, over both, which statement wins: the first in
 * document order, as a scan of the whole layer in order would find. Immutable.
 */
final class Candidates {
  private final CandidateList keyed;
  private final CandidateList always;

  Candidates(CandidateList keyed, CandidateList always) {
    this.keyed = keyed;
    this.always = always;
  }

  /** The first Deny statement (in document order) that applies to the request, or null. */
  BoundStatement firstDeny(AuthorizationRequest request, boolean resourcePolicy) {
    BoundStatement k = keyed.firstDeny(request, resourcePolicy, Integer.MAX_VALUE);
    BoundStatement a = always.firstDeny(request, resourcePolicy, limit(k));
    return a != null ? a : k;
  }

  /**
   * The Allow statement that decides for the layer, or null: the first that applies, and for a
   * resource-based policy the first of those that name the caller most strongly ({@link
   * GrantKind}).
   */
  BoundStatement allow(AuthorizationRequest request, boolean resourcePolicy) {
    if (resourcePolicy) {
      return always.strongestAllow(request, keyed.strongestAllow(request, null));
    }
    BoundStatement k = keyed.firstAllow(request, false, Integer.MAX_VALUE);
    BoundStatement a = always.firstAllow(request, false, limit(k));
    return a != null ? a : k;
  }

  private static int limit(BoundStatement found) {
    return found == null ? Integer.MAX_VALUE : found.position();
  }

  /** The statements filed under the resource's key. */
  CandidateList keyed() {
    return keyed;
  }

  /** The statements that may apply to any resource. */
  CandidateList always() {
    return always;
  }
}
