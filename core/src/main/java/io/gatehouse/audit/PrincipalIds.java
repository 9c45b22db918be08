package io.gatehouse.audit;

import io.gatehouse.Principal;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the unique ids ({@code AIDA...}, {@code AROA...}) that CloudTrail writes as a principal's
 * {@code principalId}. Callers carry their ARN but not always their id: a role session's id comes
 * with its session, a user's is looked up here.
 */
@FunctionalInterface
public interface PrincipalIds {
  /**
   * The unique id of a user, or of the role of a role or role session.
   *
   * @return the id, or empty if unknown (the event then has no {@code principalId})
   */
  Optional<String> uniqueId(Principal principal);

  /** Knows no id. */
  static PrincipalIds none() {
    return principal -> Optional.empty();
  }

  /** Looks ids up in the current account snapshot (for instance {@code store::snapshot}). */
  static PrincipalIds of(Supplier<Accounts> accounts) {
    Objects.requireNonNull(accounts, "accounts");
    return principal -> {
      Optional<Account> account = accounts.get().account(principal.accountId());
      return switch (principal.type()) {
        case USER -> account.flatMap(a -> a.user(principal.name())).map(User::userId);
        case ROLE, ASSUMED_ROLE -> account.flatMap(a -> a.role(principal.name())).map(Role::roleId);
        default -> Optional.empty();
      };
    };
  }
}
