package io.gatehouse.console.internal;

import io.gatehouse.identity.Accounts;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the signed-in user of a request from the session cookie, and checks the CSRF header.
 * Answers 401 when there is no valid session (or its user no longer exists) and 403 when the CSRF
 * token is missing or wrong.
 */
public final class SessionGuard {
  /** The session cookie's name. */
  public static final String COOKIE = "gatehouse-console";

  private final SessionCodec codec;
  private final Supplier<Accounts> accounts;

  /** A guard over the codec, checking users against the current accounts. */
  public SessionGuard(SessionCodec codec, Supplier<Accounts> accounts) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
  }

  /** The request's session, if its cookie is valid and its user exists; nothing is answered. */
  public Optional<ConsoleSession> session(Exchange x) {
    Cookie[] cookies = x.request().getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        Optional<ConsoleSession> s = codec.decode(c.getValue()).filter(this::userExists);
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The session of a request that must be signed in and carry the CSRF token; empty after answering
   * 401 or 403.
   */
  public Optional<ConsoleSession> require(Exchange x) throws IOException {
    Optional<ConsoleSession> s = session(x);
    if (s.isEmpty()) {
      x.error(401, "NotSignedIn", "Sign in to use the console.");
      return Optional.empty();
    }
    if (!codec.csrfMatches(s.get(), x.request().getHeader(Exchange.CSRF_HEADER))) {
      x.error(403, "InvalidCsrfToken", "The request did not carry this session's CSRF token; reload the page.");
      return Optional.empty();
    }
    return s;
  }

  private boolean userExists(ConsoleSession s) {
    try {
      var p = s.principal();
      return accounts.get().account(p.accountId()).flatMap(a -> a.user(p.name())).isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
