package io.gatehouse.internal.evaluation;

import io.gatehouse.policy.internal.match.ActionPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of one layer of policies (e.g. all identity-based policies of a principal),
 * indexed by action so that a decision only looks at statements that can apply to its action.
 * Immutable.
 *
 * <p>Statements whose action patterns are all exact ({@code shop:GetOrder}) are filed under those
 * actions; those whose patterns all have a literal service prefix ({@code shop:Get*}) under the
 * service; the rest ({@code *}, {@code s*:Get*}, any {@code NotAction}) apply to every action. Each
 * bucket is merged ahead of time with the broader buckets that also apply, keeping the statements'
 * document order, so that a lookup is one or two hash probes and a single array.
 */
final class StatementIndex {
  private static final BoundStatement[] NONE = new BoundStatement[0];

  private final Map<String, BoundStatement[]> byAction;
  private final Map<String, BoundStatement[]> byService;
  private final BoundStatement[] everyAction;
  private final int size;

  StatementIndex(List<BoundStatement> statements) {
    this.size = statements.size();
    Map<String, Set<BoundStatement>> actions = new LinkedHashMap<>();
    Map<String, Set<BoundStatement>> services = new LinkedHashMap<>();
    List<BoundStatement> global = new ArrayList<>();
    for (BoundStatement s : statements) {
      if (s.statement().source().notAction()) {
        global.add(s);
        continue;
      }
      boolean allHaveService = true;
      for (ActionPattern p : s.statement().actionPatterns()) {
        if (p.servicePrefix() == null) {
          allHaveService = false;
        }
      }
      if (!allHaveService) {
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
    Map<BoundStatement, Integer> order = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      order.putIfAbsent(statements.get(i), i);
    }
    this.everyAction = global.toArray(NONE);
    this.byService = new HashMap<>();
    for (Map.Entry<String, Set<BoundStatement>> e : services.entrySet()) {
      byService.put(e.getKey(), merge(order, e.getValue(), List.of(), global));
    }
    this.byAction = new HashMap<>();
    for (Map.Entry<String, Set<BoundStatement>> e : actions.entrySet()) {
      String service = e.getKey().substring(0, Math.max(0, e.getKey().indexOf(':')));
      Set<BoundStatement> sameService = services.getOrDefault(service, Set.of());
      byAction.put(e.getKey(), merge(order, e.getValue(), sameService, global));
    }
  }

  private static BoundStatement[] merge(
      Map<BoundStatement, Integer> order,
      Iterable<BoundStatement> a,
      Iterable<BoundStatement> b,
      Iterable<BoundStatement> c) {
    Set<BoundStatement> all = new LinkedHashSet<>();
    a.forEach(all::add);
    b.forEach(all::add);
    c.forEach(all::add);
    List<BoundStatement> sorted = new ArrayList<>(all);
    sorted.sort((x, y) -> Integer.compare(order.get(x), order.get(y)));
    return sorted.toArray(NONE);
  }

  /** The statements that may apply to an action; the caller still matches each one. */
  BoundStatement[] candidates(String lowerCaseAction, String lowerCaseService) {
    BoundStatement[] r = byAction.get(lowerCaseAction);
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
