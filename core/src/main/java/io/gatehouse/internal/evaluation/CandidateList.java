package io.gatehouse.internal.evaluation;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.match.ResourcePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements that may apply to a request, in document order, with the Deny statements apart from
 * the Allow statements: every Deny must be looked at, but the Allows only up to the first that
 * applies. Where the index already knows that every statement matches the request's action (the
 * bucket of an exact action), the action test is skipped. Immutable.
 *
 * <p>A list filed under a resource key ({@link ResourceIndex}) holds statements whose every
 * {@code Resource} pattern has a key. Only the patterns with the list's own key can match a
 * resource that reaches the list, so only those are tested; and a pattern that several statements
 * share is matched once per scan (its answer kept in a bit mask).
 */
final class CandidateList {
  static final CandidateList EMPTY = new CandidateList(List.of(), true, null);

  /** How many distinct patterns a scan remembers the answers of: the bits of a long. */
  private static final int REMEMBERED = Long.SIZE;

  private final BoundStatement[] denies;
  private final BoundStatement[] allows;
  private final boolean actionKnown;

  /** For a list filed under a key: its distinct patterns with that key; otherwise null. */
  private final ResourcePattern[] patterns;

  /** For a list filed under a key: per statement, the indexes of its patterns in the list. */
  private final int[][] denyPatterns;
  private final int[][] allowPatterns;

  /**
   * @param statements in document order
   * @param actionKnown true if every statement is known to match every action that reaches the
   *     list
   * @param key the resource key every resource that reaches the list has, or null if the list
   *     holds statements that may apply to any resource
   */
  CandidateList(List<BoundStatement> statements, boolean actionKnown, String key) {
    List<BoundStatement> d = new ArrayList<>();
    List<BoundStatement> a = new ArrayList<>();
    for (BoundStatement s : statements) {
      (s.statement().isDeny() ? d : a).add(s);
    }
    this.denies = d.toArray(new BoundStatement[0]);
    this.allows = a.toArray(new BoundStatement[0]);
    this.actionKnown = actionKnown;
    if (key == null) {
      this.patterns = null;
      this.denyPatterns = null;
      this.allowPatterns = null;
      return;
    }
    Map<ResourcePattern, Integer> distinct = new LinkedHashMap<>();
    this.denyPatterns = patternIndexes(denies, key, distinct);
    this.allowPatterns = patternIndexes(allows, key, distinct);
    this.patterns = distinct.keySet().toArray(new ResourcePattern[0]);
  }

  private static int[][] patternIndexes(
      BoundStatement[] statements, String key, Map<ResourcePattern, Integer> distinct) {
    int[][] indexes = new int[statements.length][];
    for (int i = 0; i < statements.length; i++) {
      List<Integer> own = new ArrayList<>();
      for (ResourcePattern p : statements[i].statement().resourcePatterns()) {
        if (key.equals(p.indexKey())) {
          Integer index = distinct.computeIfAbsent(p, k -> distinct.size());
          if (!own.contains(index)) {
            own.add(index);
          }
        }
      }
      indexes[i] = own.stream().mapToInt(Integer::intValue).toArray();
    }
    return indexes;
  }

  /** The first Deny before position {@code limit} that applies to the request, or null. */
  BoundStatement firstDeny(AuthorizationRequest request, boolean resourcePolicy, int limit) {
    return first(denies, denyPatterns, request, resourcePolicy, limit);
  }

  /** The first Allow before position {@code limit} that applies to the request, or null. */
  BoundStatement firstAllow(AuthorizationRequest request, boolean resourcePolicy, int limit) {
    return first(allows, allowPatterns, request, resourcePolicy, limit);
  }

  private BoundStatement first(BoundStatement[] statements, int[][] own,
      AuthorizationRequest request, boolean resourcePolicy, int limit) {
    Principal caller = request.principal();
    String resource = request.resource();
    RequestContext context = request.context();
    long tested = 0;
    long matched = 0;
    for (int i = 0; i < statements.length; i++) {
      BoundStatement b = statements[i];
      if (b.position() >= limit) {
        return null;
      }
      CompiledStatement s = b.statement();
      if (!actionKnown && !s.matchesAction(request.lowerCaseAction())) {
        continue;
      }
      if (own == null) {
        if (!s.matchesResource(request)) {
          continue;
        }
      } else {
        boolean any = false;
        for (int index : own[i]) {
          long bit = index < REMEMBERED ? 1L << index : 0;
          boolean hit;
          if ((tested & bit) != 0) {
            hit = (matched & bit) != 0;
          } else {
            hit = patterns[index].matches(resource, context);
            tested |= bit;
            matched |= hit ? bit : 0;
          }
          if (hit) {
            any = true;
            break;
          }
        }
        if (!any) {
          continue;
        }
      }
      if (s.conditionsHold(request) && s.grantTo(caller, resourcePolicy) != GrantKind.NONE) {
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
    for (BoundStatement b : allows) {
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
