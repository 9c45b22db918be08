package io.gatehouse.internal.evaluation;

import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import io.gatehouse.policy.PrincipalElement;
import java.util.List;

/**
 * Matches a statement's {@code Principal} or {@code NotPrincipal} element against the caller.
 * Immutable.
 */
final class PrincipalMatcher {
  private final boolean anyone;
  private final boolean negated;
  private final String[] accounts;
  private final String[] arns;
  private final String[] roles; // "ACCOUNT/NAME" of role ARNs
  private final String[] federated;

  PrincipalMatcher(PrincipalElement element, boolean negated) {
    this.negated = negated;
    List<String> aws = element.identifiers("AWS");
    boolean star = element.isAnyone() || aws.contains("*");
    this.anyone = star;
    java.util.List<String> acc = new java.util.ArrayList<>();
    java.util.List<String> arn = new java.util.ArrayList<>();
    java.util.List<String> role = new java.util.ArrayList<>();
    for (String id : aws) {
      if (id.equals("*")) {
        continue;
      }
      if (id.length() == 12 && id.chars().allMatch(Character::isDigit)) {
        acc.add(id);
        continue;
      }
      String[] parts = id.split(":", 6);
      if (parts.length == 6 && parts[2].equals("iam") && parts[5].equals("root")) {
        acc.add(parts[4]);
      } else if (parts.length == 6 && parts[2].equals("iam") && parts[5].startsWith("role/")) {
        role.add(parts[4] + "/" + parts[5].substring(parts[5].lastIndexOf('/') + 1));
      } else {
        arn.add(id);
      }
    }
    this.accounts = acc.toArray(String[]::new);
    this.arns = arn.toArray(String[]::new);
    this.roles = role.toArray(String[]::new);
    this.federated = element.identifiers("Federated").toArray(String[]::new);
  }

  /**
   * How the element names the caller. For {@code NotPrincipal}, the statement applies ({@link
   * GrantKind#DIRECT}) unless every identity of the caller is listed: the user or session itself,
   * its role, and its account, as AWS requires.
   */
  GrantKind match(Principal p) {
    if (negated) {
      return excludes(p) ? GrantKind.NONE : GrantKind.DIRECT;
    }
    if (anyone) {
      return GrantKind.DIRECT;
    }
    if (p.type() == PrincipalType.WEB_IDENTITY) {
      return contains(federated, p.arn()) ? GrantKind.DIRECT : GrantKind.NONE;
    }
    if (p.type() == PrincipalType.ANONYMOUS) {
      return GrantKind.NONE;
    }
    if (contains(arns, p.arn())) {
      return GrantKind.DIRECT;
    }
    if (p.type() == PrincipalType.ASSUMED_ROLE || p.type() == PrincipalType.ROLE) {
      if (contains(roles, roleKey(p))) {
        return p.type() == PrincipalType.ROLE ? GrantKind.DIRECT : GrantKind.ROLE;
      }
    }
    if (contains(accounts, p.accountId())) {
      return GrantKind.ACCOUNT;
    }
    return GrantKind.NONE;
  }

  private boolean excludes(Principal p) {
    if (anyone) {
      return true;
    }
    if (p.type() == PrincipalType.ANONYMOUS) {
      return false;
    }
    if (p.type() == PrincipalType.WEB_IDENTITY) {
      return contains(federated, p.arn());
    }
    boolean account = contains(accounts, p.accountId());
    switch (p.type()) {
      case ROOT:
        return account;
      case ASSUMED_ROLE:
        return account && contains(arns, p.arn()) && contains(roles, roleKey(p));
      case ROLE:
        return account && contains(roles, roleKey(p));
      default:
        return account && contains(arns, p.arn());
    }
  }

  private static String roleKey(Principal p) {
    return p.accountId() + "/" + p.name();
  }

  private static boolean contains(String[] values, String v) {
    for (String s : values) {
      if (s.equals(v)) {
        return true;
      }
    }
    return false;
  }
}
