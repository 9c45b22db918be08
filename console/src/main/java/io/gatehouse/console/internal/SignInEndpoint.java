package io.gatehouse.console.internal;

import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.PasswordAuthenticator;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sign-in, sign-out and "who am I": {@code POST signin} checks the user's password (and MFA code)
 * with core's {@link PasswordAuthenticator}, which audits every attempt as {@code ConsoleLogin},
 * under the {@link SignInThrottle}; on success it sets the session cookie and answers the CSRF token.
 * Sign-in requires the {@value #SIGNIN_HEADER} header, which a cross-site form cannot send, so that
 * another site cannot sign a browser in (login CSRF).
 */
public final class SignInEndpoint {
  /** The header a sign-in must carry. */
  public static final String SIGNIN_HEADER = "X-Gatehouse-Console";

  private final PasswordAuthenticator authenticator;
  private final SignInThrottle throttle;
  private final SessionCodec codec;
  private final SessionGuard guard;
  private final Supplier<Accounts> accounts;
  private final ChangeEvents events;

  /** The endpoint. */
  public SignInEndpoint(PasswordAuthenticator authenticator, SignInThrottle throttle, SessionCodec codec,
      SessionGuard guard, Supplier<Accounts> accounts, ChangeEvents events) {
    this.authenticator = Objects.requireNonNull(authenticator);
    this.throttle = Objects.requireNonNull(throttle);
    this.codec = Objects.requireNonNull(codec);
    this.guard = Objects.requireNonNull(guard);
    this.accounts = Objects.requireNonNull(accounts);
    this.events = Objects.requireNonNull(events);
  }

  /** {@code GET session}: the signed-in user and CSRF token, or 401 with the default account id. */
  public void session(Exchange x) throws IOException {
    Optional<ConsoleSession> s = guard.session(x);
    if (s.isEmpty()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("signedIn", false);
      defaultAccount().ifPresent(a -> out.put("accountId", a));
      x.json(401, out);
      return;
    }
    x.json(200, describe(s.get()));
  }

  /** {@code POST signin}: form fields {@code account}, {@code user}, {@code password}, {@code mfaCode}. */
  public void signIn(Exchange x, String cookiePath) throws IOException {
    if (x.request().getHeader(SIGNIN_HEADER) == null) {
      x.error(403, "MissingHeader", "Sign-in requests must carry the " + SIGNIN_HEADER + " header.");
      return;
    }
    String account = blankToNull(x.request().getParameter("account"));
    account = account == null ? defaultAccount().orElse("") : byAlias(account);
    String user = Objects.requireNonNullElse(x.request().getParameter("user"), "").strip();
    String password = Objects.requireNonNullElse(x.request().getParameter("password"), "");
    String mfaCode = blankToNull(x.request().getParameter("mfaCode"));
    String address = x.request().getRemoteAddr();
    // IAM user names are unique regardless of case: "Admin" must not escape the lockout of "admin".
    String userKey = account + "/" + user.toLowerCase(java.util.Locale.ROOT);
    Optional<Duration> wait = throttle.retryAfter(userKey, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      recordThrottled(account, user, x);
      x.response().setHeader("Retry-After", Long.toString(seconds));
      x.error(429, "Throttling", "Too many failed sign-ins. Try again in " + seconds + " seconds.");
      return;
    }
    PasswordAuthenticator.Result r = authenticator.signIn(account, user, password.toCharArray(), mfaCode, signInInfo(x));
    if (!r.succeeded()) {
      if (r.failure() == PasswordAuthenticator.Failure.MFA_REQUIRED) {
        x.json(401, Map.of("code", "MfaRequired", "message", "Enter the code from your MFA device.",
            "mfaRequired", true));
        return;
      }
      throttle.failed(userKey, address);
      x.error(401, "SignInFailed", r.failure() == PasswordAuthenticator.Failure.BAD_MFA_CODE
          ? "The MFA code is not valid." : "The account, user name or password is not valid.");
      return;
    }
    throttle.succeeded(userKey);
    Caller caller = r.caller().orElseThrow();
    ConsoleSession s = codec.open(caller.principal().arn(), caller.mfaAuthenticatedAt().orElse(null));
    setCookie(x, cookiePath, codec.encode(s), codec.lifetime().toSeconds());
    x.json(200, describe(s));
  }

  /** {@code POST signout}: ends the session (CSRF-protected) and clears the cookie. */
  public void signOut(Exchange x, String cookiePath) throws IOException {
    Optional<ConsoleSession> s = guard.require(x);
    if (s.isEmpty()) {
      return;
    }
    codec.signOut(s.get());
    setCookie(x, cookiePath, "", 0);
    x.json(200, Map.of("signedIn", false));
  }

  private Map<String, Object> describe(ConsoleSession s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("signedIn", true);
    out.put("arn", s.principalArn());
    out.put("accountId", s.principal().accountId());
    out.put("userName", s.principal().name());
    out.put("expires", s.expiresAt().toString());
    out.put("mfa", s.mfaAt() != null);
    out.put("csrfToken", codec.csrfToken(s));
    return out;
  }

  private void recordThrottled(String account, String user, Exchange x) {
    Caller who;
    try {
      who = Caller.asserted(io.gatehouse.Principal.fromArn("arn:aws:iam::" + account + ":user/" + user));
    } catch (IllegalArgumentException e) {
      who = Caller.anonymous();
    }
    events.record(who, "signin.amazonaws.com", "ConsoleLogin", Map.of("userName", user), List.of(), "Throttling",
        "Failed authentication (throttled: too many failed sign-ins)", signInInfo(x));
  }

  /** The request for the audit trail, without the form (it holds the password). */
  private static io.gatehouse.audit.RequestInfo signInInfo(Exchange x) {
    io.gatehouse.audit.RequestInfo i = x.info();
    return new io.gatehouse.audit.RequestInfo(i.requestId(), i.sourceIp(), i.userAgent(), Map.of());
  }

  /** The account to sign in to when the form names none: the only account administered. */
  private Optional<String> defaultAccount() {
    Collection<Account> all = accounts.get().all();
    return all.size() == 1 ? Optional.of(all.iterator().next().accountId()) : Optional.empty();
  }

  /** The account id of an alias, as AWS's sign-in page accepts either. */
  private String byAlias(String idOrAlias) {
    for (Account a : accounts.get().all()) {
      if (idOrAlias.equals(a.alias())) {
        return a.accountId();
      }
    }
    return idOrAlias;
  }

  private static void setCookie(Exchange x, String path, String value, long maxAge) {
    StringBuilder c = new StringBuilder(SessionGuard.COOKIE).append('=').append(value)
        .append("; Path=").append(path).append("; Max-Age=").append(maxAge)
        .append("; HttpOnly; SameSite=Strict");
    if (x.request().isSecure()) {
      c.append("; Secure");
    }
    x.response().addHeader("Set-Cookie", c.toString());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
