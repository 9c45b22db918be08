package io.gatehouse.console;

import io.gatehouse.Authorizer;
import io.gatehouse.Enforcer;
import io.gatehouse.api.QueryApi;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.console.internal.ApiEndpoint;
import io.gatehouse.console.internal.AuditEndpoint;
import io.gatehouse.console.internal.Exchange;
import io.gatehouse.console.internal.SessionCodec;
import io.gatehouse.console.internal.SessionGuard;
import io.gatehouse.console.internal.SignInEndpoint;
import io.gatehouse.console.internal.SignInThrottle;
import io.gatehouse.console.internal.StaticResources;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.MfaCodeChecker;
import io.gatehouse.identity.PasswordAuthenticator;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.AccountStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gatehouse's web console: sign-in with an IAM user's password (and MFA code), then pages for users,
 * groups, roles, policies, the policy simulator and the audit trail. Every page reads and writes
 * through the IAM and STS API ({@link QueryApi}) as the signed-in user, so the account's own
 * policies decide what each user may see and change.
 *
 * <p>Mount it at a path of the application's choice with a trailing wildcard, by default {@value
 * #DEFAULT_PATH}{@code /*}:
 *
 * <pre>{@code
 * ConsoleServlet console = ConsoleServlet.builder(api, store).auditTrail(trail)
 *     .auditLogs(List.of(Path.of("audit"))).build();
 * context.addServlet(new ServletHolder(console), ConsoleServlet.DEFAULT_PATH + "/*");
 * }</pre>
 *
 * <p>The session is a signed cookie (HMAC-SHA256 under a random per-server key unless one is
 * configured; HttpOnly, SameSite=Strict, Secure over HTTPS) lasting {@link Builder#sessionDuration}.
 * Every request but sign-in and the static files must carry the session's CSRF token in a header.
 * Failed sign-ins are audited ({@code ConsoleLogin}) and throttled per user and client address,
 * answered 429 with {@code Retry-After}.
 */
public final class ConsoleServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where applications usually mount the console. */
  public static final String DEFAULT_PATH = "/gatehouse/console";

  private final transient StaticResources resources = new StaticResources();
  private final transient SignInEndpoint signIn;
  private final transient ApiEndpoint api;
  private final transient AuditEndpoint audit;

  private ConsoleServlet(Builder b) {
    SecureRandom random = b.random;
    byte[] key = b.sessionKey;
    if (key == null) {
      key = new byte[32];
      random.nextBytes(key);
    }
    SessionCodec codec = new SessionCodec(key, b.clock, b.sessionDuration, random);
    SessionGuard guard = new SessionGuard(codec, b.store::snapshot);
    ChangeEvents events = new ChangeEvents(b.auditTrail, b.clock);
    PasswordAuthenticator authenticator = new PasswordAuthenticator(b.store::snapshot, b.passwordHasher,
        new MfaCodeChecker(b.store, b.clock), events);
    this.signIn = new SignInEndpoint(authenticator, new SignInThrottle(b.clock, b.freeFailures, b.firstLockout, b.maxLockout),
        codec, guard, b.store::snapshot, events);
    this.api = new ApiEndpoint(b.api, guard);
    AccountAuthorizer authorizer = new AccountAuthorizer(b.store::snapshot, Authorizer.standard(),
        ResourcePolicyProvider.NONE, b.clock);
    this.audit = new AuditEndpoint(guard, new Enforcer(authorizer, b.auditTrail, EnforcementMode.ENFORCE, b.clock),
        b.auditLogs);
  }

  /** A builder for a console over the API and the store the API administers. */
  public static Builder builder(QueryApi api, AccountStore store) {
    return new Builder(api, store);
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = Objects.requireNonNullElse(req.getPathInfo(), "");
    String base = req.getContextPath() + req.getServletPath();
    if (path.isEmpty()) {
      resp.sendRedirect(base + "/");
      return;
    }
    securityHeaders(resp);
    Exchange x = new Exchange(req, resp);
    String route = req.getMethod() + " " + path;
    String cookiePath = base.isEmpty() ? "/" : base;
    switch (route) {
      case "GET /", "GET /index.html" -> serveStatic(x, "index.html");
      case "GET /session" -> signIn.session(x);
      case "POST /signin" -> signIn.signIn(x, cookiePath);
      case "POST /signout" -> signIn.signOut(x, cookiePath);
      case "POST /api" -> api.call(x);
      case "POST /validate" -> api.validate(x);
      case "POST /qr" -> api.qr(x);
      case "GET /audit/events" -> audit.events(x);
      case "GET /audit/event" -> audit.event(x);
      case "GET /audit/last-accessed" -> audit.lastAccessed(x);
      default -> {
        if (req.getMethod().equals("GET") && path.startsWith("/static/")) {
          serveStatic(x, path.substring("/static/".length()));
        } else {
          x.error(404, "NotFound", "No console resource " + req.getMethod() + " " + path + ".");
        }
      }
    }
  }

  private void serveStatic(Exchange x, String name) throws IOException {
    Optional<StaticResources.Resource> r = resources.find(name);
    if (r.isEmpty()) {
      x.error(404, "NotFound", "No console resource " + name + ".");
      return;
    }
    x.response().setHeader("Cache-Control", "no-cache");
    x.send(200, r.get().contentType(), r.get().bytes());
  }

  private static void securityHeaders(HttpServletResponse resp) {
    resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' blob: data:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "no-referrer");
    resp.setHeader("X-Frame-Options", "DENY");
    resp.setHeader("Cache-Control", "no-store");
  }

  /** Settings of a {@link ConsoleServlet}. */
  public static final class Builder {
    private final QueryApi api;
    private final AccountStore store;
    private AuditTrail auditTrail = AuditTrail.none();
    private List<Path> auditLogs = List.of();
    private Clock clock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();
    private PasswordHasher passwordHasher = new PasswordHasher();
    private Duration sessionDuration = Duration.ofHours(1);
    private byte[] sessionKey;
    private int freeFailures = 5;
    private Duration firstLockout = Duration.ofSeconds(1);
    private Duration maxLockout = Duration.ofMinutes(15);

    private Builder(QueryApi api, AccountStore store) {
      this.api = Objects.requireNonNull(api, "api");
      this.store = Objects.requireNonNull(store, "store");
    }

    /** Where sign-ins and audit-read decisions are recorded (use the API's trail). */
    public Builder auditTrail(AuditTrail value) {
      this.auditTrail = Objects.requireNonNull(value, "auditTrail");
      return this;
    }

    /**
     * The audit files the audit pages read: files, or directories standing for the {@code .log} and
     * {@code .log.gz} files in them (the audit trail's directory).
     */
    public Builder auditLogs(List<Path> value) {
      this.auditLogs = List.copyOf(value);
      return this;
    }

    /** The clock for sessions, MFA codes and throttling. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The source of session ids and of the session key when none is configured. */
    public Builder random(SecureRandom value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /** How passwords are hashed (the API's hasher). */
    public Builder passwordHasher(PasswordHasher value) {
      this.passwordHasher = Objects.requireNonNull(value, "passwordHasher");
      return this;
    }

    /** How long a sign-in lasts; one hour if not set, at most twelve hours. */
    public Builder sessionDuration(Duration value) {
      if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofHours(12)) > 0) {
        throw new IllegalArgumentException("sessionDuration must be between 1 second and 12 hours, found " + value);
      }
      this.sessionDuration = value;
      return this;
    }

    /**
     * The key (at least 32 bytes) that signs session cookies, so that sessions survive a restart or
     * are shared by several servers; a random key per server if not set.
     */
    public Builder sessionKey(byte[] value) {
      if (value.length < 32) {
        throw new IllegalArgumentException("the console session key must have at least 32 bytes, found "
            + value.length);
      }
      this.sessionKey = value.clone();
      return this;
    }

    /**
     * Failed sign-ins allowed per user and address before lockouts start, the first lockout and the
     * longest one (defaults: 5, 1 second, 15 minutes).
     */
    public Builder signInThrottle(int freeFailures, Duration firstLockout, Duration maxLockout) {
      if (freeFailures < 0 || firstLockout.isNegative() || maxLockout.compareTo(firstLockout) < 0) {
        throw new IllegalArgumentException("signInThrottle: expected freeFailures >= 0 and 0 <= firstLockout <= "
            + "maxLockout");
      }
      this.freeFailures = freeFailures;
      this.firstLockout = firstLockout;
      this.maxLockout = maxLockout;
      return this;
    }

    /** The console. */
    public ConsoleServlet build() {
      return new ConsoleServlet(this);
    }
  }
}
