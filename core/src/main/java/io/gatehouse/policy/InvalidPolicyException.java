package io.gatehouse.policy;

import java.util.List;

/**
 * Thrown when a policy document (or a document that contains policies) cannot be accepted. Nothing
 * of a rejected document is used: documents are accepted whole or not at all.
 *
 * <p>The message lists every problem found, one per line, each as {@code
 * file:line:column: path: message}.
 */
public final class InvalidPolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<PolicyProblem> problems;

  /**
   * Creates the exception for the given problems.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidPolicyException(List<PolicyProblem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception for a single problem. */
  public InvalidPolicyException(PolicyProblem problem) {
    this(List.of(problem));
  }

  /** Every problem found, in document order; never empty. */
  public List<PolicyProblem> problems() {
    return problems;
  }

  private static String render(List<PolicyProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPolicyException needs at least one problem");
    }
    StringBuilder b = new StringBuilder();
    for (PolicyProblem p : problems) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(p);
    }
    return b.toString();
  }
}
