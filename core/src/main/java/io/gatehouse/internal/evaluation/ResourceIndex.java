package io.gatehouse.internal.evaluation;

import io.gatehouse.policy.internal.match.ResourceTypeTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that may apply to one action, indexed by resource: a statement whose every
 * {@code Resource} pattern has an index key (service and resource type, such as {@code shop:order})
 * is filed under those keys, since it matches no resource of another key; the rest ({@code *},
 * {@code NotResource}, no {@code Resource}, patterns that start with a wildcard or variable) may
 * apply to any resource. A lookup is one probe of a {@link ResourceTypeTable}. Immutable.
 */
final class ResourceIndex {
  private final Candidates anyResource;
  private final ResourceTypeTable<Candidates> byKey;

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
    Map<String, Candidates> byKey = new LinkedHashMap<>();
    keyed.forEach((key, list) ->
        byKey.put(key, new Candidates(new CandidateList(list, actionKnown, key), alwaysList)));
    this.byKey = byKey.isEmpty() ? null : new ResourceTypeTable<>(byKey);
  }

  /** The statements that may apply to the resource; the caller still matches each one. */
  Candidates candidates(String resource) {
    Candidates c = byKey == null ? null : byKey.get(resource);
    return c != null ? c : anyResource;
  }
}
