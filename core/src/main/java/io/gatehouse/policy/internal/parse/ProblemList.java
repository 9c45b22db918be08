package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyProblem;
import io.gatehouse.policy.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found while reading one or more documents. Readers add to it and carry on, so one
 * run reports every problem; the caller then throws them together with {@link #throwIfAny()}. Not
 * thread-safe: one list per read.
 */
public final class ProblemList {
  private final List<PolicyProblem> problems = new ArrayList<>();

  /** Adds a problem about the element at {@code location} and {@code path}. */
  public void add(SourceLocation location, NodePath path, String message) {
    problems.add(
        new PolicyProblem(
            location.source(), location.line(), location.column(), path.toString(), message));
  }

  /** Adds a problem about a whole document that has no position, such as its size. */
  public void addForDocument(String source, String message) {
    problems.add(new PolicyProblem(source, 0, 0, "", message));
  }

  /** The number of problems so far; readers compare it before and after reading a part. */
  public int size() {
    return problems.size();
  }

  /** True if no problem was found. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * The problems in document order: grouped by source in the order sources first appear, and by
   * line and column within a source. Checks that run after a part has been read (a missing key, a
   * repeated Sid) add their problems late; sorting puts them where they stand.
   */
  public List<PolicyProblem> toList() {
    Map<String, List<PolicyProblem>> bySource = new LinkedHashMap<>();
    for (PolicyProblem p : problems) {
      bySource.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p);
    }
    List<PolicyProblem> sorted = new ArrayList<>(problems.size());
    Comparator<PolicyProblem> order =
        Comparator.comparingInt(PolicyProblem::line).thenComparingInt(PolicyProblem::column);
    for (List<PolicyProblem> group : bySource.values()) {
      group.sort(order);
      sorted.addAll(group);
    }
    return List.copyOf(sorted);
  }

  /**
   * Throws every problem found, if any.
   *
   * @throws InvalidPolicyException if the list is not empty
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(toList());
    }
  }
}
