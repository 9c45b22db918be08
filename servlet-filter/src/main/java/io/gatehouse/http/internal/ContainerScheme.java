package io.gatehouse.http.internal;

import io.gatehouse.Principal;
import io.gatehouse.http.HttpExchange;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.User;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The container's own authentication ({@code request.getUserPrincipal()}): the IAM user of the same
 * name in the configured account, vouched for by the application.
 */
final class ContainerScheme implements CredentialScheme {
  private final Supplier<Accounts> accounts;
  private final String accountId;

  ContainerScheme(Supplier<Accounts> accounts, String accountId) {
    this.accounts = accounts;
    this.accountId = accountId;
  }

  @Override
  public Optional<Authenticated> authenticate(HttpExchange exchange, Instant now) {
    Optional<String> name = exchange.containerUser();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    User user = accounts.get().account(accountId).flatMap(a -> a.user(name.get()))
        .orElseThrow(() -> HttpProblem.unauthorized("InvalidClientTokenId",
            "The container's user is not an IAM user of account " + accountId + ".", challenge()));
    return Optional.of(new Authenticated(Caller.asserted(Principal.fromArn(user.arn())), null));
  }

  @Override
  public String challenge() {
    return "Basic realm=\"gatehouse\"";
  }
}
