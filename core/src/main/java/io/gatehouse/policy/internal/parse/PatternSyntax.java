package io.gatehouse.policy.internal.parse;

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
   * resource. Wildcards and {@code ${...}} variables may appear in any part.
   *
   * @return null if acceptable, otherwise the problem
   */
  static String checkResource(String resource) {
    if (resource.equals("*")) {
      return null;
    }
    List<String> parts = arnParts(resource);
    boolean ok =
        parts.size() == 6
            && parts.get(0).equals("arn")
            && !parts.get(1).isEmpty()
            && !parts.get(2).isEmpty()
            && !parts.get(5).isEmpty()
            && !hasWhitespace(resource);
    return ok ? null : "malformed ARN " + LocatedScalar.quote(resource);
  }

  /**
   * The colon-separated parts of an ARN, at most six: the sixth (the resource) keeps any further
   * colons. A colon inside a {@code ${...}} variable, as in {@code ${aws:username}}, separates
   * nothing.
   */
  static List<String> arnParts(String arn) {
    List<String> parts = new ArrayList<>(6);
    int start = 0;
    boolean inVariable = false;
    for (int i = 0; i < arn.length() && parts.size() < 5; i++) {
      char c = arn.charAt(i);
      if (c == '$' && i + 1 < arn.length() && arn.charAt(i + 1) == '{') {
        inVariable = true;
      } else if (c == '}') {
        inVariable = false;
      } else if (c == ':' && !inVariable) {
        parts.add(arn.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(arn.substring(start));
    return parts;
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
