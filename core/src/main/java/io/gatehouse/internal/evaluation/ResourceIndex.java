package io.gatehouse.internal.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that may apply to one action, indexed by resource: a statement whose every
 * {@code Resource} pattern has an index key (service and resource type, such as {@code shop:order})
 * is filed under those keys, since it matches no resource of another key; the rest ({@code *},
 * {@code NotResource}, no {@code Resource}, patterns that start with a wildcard or variable) may
 * apply to any resource. A lookup is one probe of a hash map with the request's key ({@link
 * io.gatehouse.AuthorizationRequest#resourceIndexKey()}). Immutable.
 */
final class ResourceIndex {
  private final Candidates anyResource;
  private final HashMap<String, Candidates> byKey;

  /**
   * @param statements in document order
   * @param actionKnown true if every statement is known to match every action that reaches this
   *     index
   */
  ResourceIndex(List<BoundStatement> statements, boolean actionKnown) {
    List<BoundStatement> always = new ArrayList<>();
    Map<String, List<BoundStatement>> keyed = new LinkedHashMap<>();
    for (BoundStatement s : statements) {
      String[] keys = s.statement().resourceIndexKeys();
      if (keys == null) {
        always.add(s);
        continue;
      }
      for (String key : keys) {
        keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    CandidateList alwaysList =
        always.isEmpty() ? CandidateList.EMPTY : new CandidateList(always, actionKnown, null);
    this.anyResource = new Candidates(CandidateList.EMPTY, alwaysList);
    this.byKey = new HashMap<>();
    keyed.forEach((key, list) ->
        byKey.put(key, new Candidates(new CandidateList(list, actionKnown, key), alwaysList)));
  }

  /**
   * The statements that may apply to a resource; the caller still matches each one.
   *
   * @param resourceKey the resource's {@link io.gatehouse.AuthorizationRequest#resourceIndexKey()}
   */
  Candidates candidates(String resourceKey) {
    Candidates c = byKey.isEmpty() ? null : byKey.get(resourceKey);
    return c != null ? c : anyResource;
  }
}
