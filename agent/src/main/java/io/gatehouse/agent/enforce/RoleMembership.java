package io.gatehouse.agent.enforce;

import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Group;
import java.util.Optional;

/**
 * Answers {@code @RolesAllowed}: a principal has role {@code name} if it is a user in the IAM group
 * {@code name}, or a session of the IAM role {@code name}. IAM names compare without case, as IAM
 * keeps them unique.
 */
final class RoleMembership {
  private RoleMembership() {}

  static boolean hasRole(Principal principal, String role, Accounts accounts) {
    if (principal.type() == PrincipalType.ASSUMED_ROLE) {
      return principal.name().equalsIgnoreCase(role);
    }
    if (principal.type() != PrincipalType.USER) {
      return false;
    }
    Optional<Account> account = accounts.account(principal.accountId());
    return account.flatMap(a -> a.user(principal.name()))
        .map(u -> account.get().groupsOf(u).stream().map(Group::name).anyMatch(role::equalsIgnoreCase))
        .orElse(false);
  }
}
