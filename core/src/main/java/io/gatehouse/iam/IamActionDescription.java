package io.gatehouse.iam;

import java.util.List;
import java.util.Objects;

/**
 * What an IAM action is and which request parameters it takes, as {@link IamActions} runs it: for
 * command lines and endpoints that offer the actions by name.
 *
 * @param name AWS's action name, e.g. {@code CreateUser}
 * @param summary one sentence on what the action does
 * @param parameters the parameters the action reads, in AWS's order; others are ignored
 */
public record IamActionDescription(String name, String summary, List<IamParameter> parameters) {

  /** Creates the description; the parameters are copied. */
  public IamActionDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    parameters = List.copyOf(parameters);
  }

  /** True if the action pages its results ({@code Marker} / {@code MaxItems}). */
  public boolean isPaginated() {
    return parameters.stream().anyMatch(p -> p.name().equals("Marker"));
  }
}
