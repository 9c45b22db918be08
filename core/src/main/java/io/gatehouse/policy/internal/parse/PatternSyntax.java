package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.internal.match.Arn;
import io.gatehouse.policy.internal.match.ResourcePattern;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of {@code Action} and {@code Resource} entries. Only the shape is checked here;
 * whether a service or action exists is not the policy language's concern.
 */
final class PatternSyntax {
  private PatternSyntax() {}

  /**
   * Checks an {@code Action}/{@code NotAction} entry: {@code *} or {@code service:action}, where
   * both parts are non-empty and may hold wildcards, e.g. {@code s3:*Object*}.
   *
   * @return null if acceptable, otherwise the problem
   */
  static String checkAction(String action) {
    if (action.equals("*")) {
      return null;
    }
    int colon = action.indexOf(':');
    boolean ok =
        colon > 0
            && colon < action.length() - 1
            && action.indexOf(':', colon + 1) < 0
            && !hasWhitespace(action);
    return ok ? null : "expected \"*\" or \"service:action\", found " + LocatedScalar.quote(action);
  }

  /**
   * Checks a {@code Resource}/{@code NotResource} entry: {@code *} or an ARN {@code
   * arn:partition:service:region:account:resource} with a non-empty partition, service and
   * resource. Wildcards may appear in any part, and {@code ${...}} variables too when the document
   * enables them (their syntax is checked then).
   *
   * @return null if acceptable, otherwise the problem
   */
  static String checkResource(String resource, boolean variablesEnabled) {
    if (resource.equals("*")) {
      return null;
    }
    // A variable's default may follow a comma and space, as AWS writes it: ${aws:PrincipalTag/team, 'none'}.
    if (!resource.startsWith(Arn.PREFIX)
        || hasWhitespace(variablesEnabled ? resource.replaceAll("\\$\\{[^}]*}", "") : resource)) {
      return "malformed ARN " + LocatedScalar.quote(resource)
          + ": expected \"*\" or arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE";
    }
    String problem = ResourcePattern.check(resource, variablesEnabled);
    if (problem != null) {
      return problem;
    }
    if (resource.endsWith(":") && Arn.parse(resource) != null && Arn.parse(resource).resource().isEmpty()) {
      return "malformed ARN " + LocatedScalar.quote(resource) + ": the resource is empty";
    }
    return null;
  }

  private static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) || Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
