package io.gatehouse.store;

import io.gatehouse.policy.PolicyProblem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change found in the store's backing storage (an edited account file, a row written by another
 * instance) that was not put in force because it is invalid; the last good snapshot stays.
 *
 * @param time when it was refused
 * @param source what was read: a file or folder, or the database's account
 * @param problems every problem, each naming file, line, column and path where known
 */
public record RefusedChange(Instant time, String source, List<PolicyProblem> problems) {
  /** Checks and copies the parts. */
  public RefusedChange {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(source, "source");
    problems = List.copyOf(problems);
  }

  /** Every problem, one a line, as {@code file:line:column: path: message}. */
  public String message() {
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
