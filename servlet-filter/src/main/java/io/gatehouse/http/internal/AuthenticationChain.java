package io.gatehouse.http.internal;

import io.gatehouse.http.HttpExchange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The configured schemes in their fixed order (SigV4, Bearer, Basic, container): the first whose
 * credential the request carries decides; a present but invalid credential is a 401, never a fall
 * through to the next scheme; with none, the caller is anonymous.
 */
final class AuthenticationChain {
  private final List<CredentialScheme> schemes;

  AuthenticationChain(List<CredentialScheme> schemes) {
    this.schemes = List.copyOf(schemes);
  }

  /**
   * Who the request comes from.
   *
   * @throws HttpProblem 401 if a credential is present but invalid
   */
  Authenticated authenticate(HttpExchange exchange, Instant now) {
    for (CredentialScheme s : schemes) {
      Optional<Authenticated> a = s.authenticate(exchange, now);
      if (a.isPresent()) {
        return a.get();
      }
    }
    return Authenticated.ANONYMOUS;
  }

  /** The challenges of every scheme, for a 401 to an anonymous caller. */
  List<String> challenges() {
    return schemes.stream().map(CredentialScheme::challenge).distinct().toList();
  }
}
