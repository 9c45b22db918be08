package io.gatehouse.internal.evaluation;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.policy.internal.match.ActionPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of one layer of policies (e.g. all identity-based policies of a principal),
 * indexed by action and then by resource, so that a decision only looks at statements that can
 * apply to its action and resource. Immutable.
 *
 * <p>Statements whose action patterns are all exact ({@code shop:GetOrder}) are filed under those
 * actions; those whose patterns all have a literal service prefix ({@code shop:Get*}) under the
 * service; the rest ({@code *}, {@code s*:Get*}, any {@code NotAction}) apply to every action. Each
 * bucket is merged ahead of time with the broader buckets that also apply, keeping the statements'
 * document order, and indexed by resource ({@link ResourceIndex}), so that a lookup is one or two
 * hash probes by action and one by resource. Only that one action reaches the bucket of an exact
 * action, so its statements are tested against the action when the index is built: the bucket
 * keeps those that match it, and a decision skips their action test.
 */
final class StatementIndex {
  private final Map<String, ResourceIndex> byAction;
  private final Map<String, ResourceIndex> byService;
  private final ResourceIndex everyAction;
  private final int size;

  StatementIndex(List<BoundStatement> statements) {
    this.size = statements.size();
    Map<String, Set<BoundStatement>> actions = new LinkedHashMap<>();
    Map<String, Set<BoundStatement>> services = new LinkedHashMap<>();
    List<BoundStatement> global = new ArrayList<>();
    for (BoundStatement s : statements) {
      if (s.statement().source().notAction() || !allHaveService(s)) {
        global.add(s);
        continue;
      }
      for (ActionPattern p : s.statement().actionPatterns()) {
        if (p.exactAction() != null) {
          actions.computeIfAbsent(p.exactAction(), k -> new LinkedHashSet<>()).add(s);
        } else {
          services.computeIfAbsent(p.servicePrefix(), k -> new LinkedHashSet<>()).add(s);
        }
      }
    }
    this.everyAction = new ResourceIndex(global, false);
    this.byService = new HashMap<>();
    for (Map.Entry<String, Set<BoundStatement>> e : services.entrySet()) {
      byService.put(
          e.getKey(), new ResourceIndex(merge(e.getValue(), Set.of(), global), false));
    }
    this.byAction = new HashMap<>();
    for (Map.Entry<String, Set<BoundStatement>> e : actions.entrySet()) {
      String action = e.getKey();
      String service = action.substring(0, Math.max(0, action.indexOf(':')));
      Set<BoundStatement> sameService = services.getOrDefault(service, Set.of());
      // Only this very action reaches the bucket, so its action test is settled here, once.
      List<BoundStatement> matching = new ArrayList<>();
      for (BoundStatement s : merge(e.getValue(), sameService, global)) {
        if (s.statement().matchesAction(action)) {
          matching.add(s);
        }
      }
      byAction.put(action, new ResourceIndex(matching, true));
    }
  }

  private static boolean allHaveService(BoundStatement s) {
    for (ActionPattern p : s.statement().actionPatterns()) {
      if (p.servicePrefix() == null) {
        return false;
      }
    }
    return true;
  }

  private static List<BoundStatement> merge(
      Set<BoundStatement> a, Set<BoundStatement> b, List<BoundStatement> c) {
    Set<BoundStatement> all = new HashSet<>(a);
    all.addAll(b);
    all.addAll(c);
    List<BoundStatement> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(BoundStatement::position));
    return sorted;
  }

  /** The statements that may apply to the request's action. */
  ResourceIndex forAction(AuthorizationRequest request) {
    ResourceIndex r = byAction.get(request.lowerCaseAction());
    if (r != null) {
      return r;
    }
    r = byService.get(request.lowerCaseService());
    return r != null ? r : everyAction;
  }

  /** The statements that may apply to an action; the caller still narrows them by resource. */
  ResourceIndex forAction(String lowerCaseAction, String lowerCaseService) {
    ResourceIndex r = byAction.get(lowerCaseAction);
    if (r != null) {
      return r;
    }
    r = byService.get(lowerCaseService);
    return r != null ? r : everyAction;
  }

  /** How many statements the layer holds. */
  int size() {
    return size;
  }

  /** True if the layer holds no statement at all. */
  boolean isEmpty() {
    return size == 0;
  }
}
