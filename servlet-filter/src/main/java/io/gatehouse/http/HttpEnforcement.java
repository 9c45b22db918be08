package io.gatehouse.http;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.Authorizer;
import io.gatehouse.Enforcer;
import io.gatehouse.EnforcerDecisionHandler;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.context.DecisionHandler;
import io.gatehouse.http.internal.Answers;
import io.gatehouse.http.internal.RequestPipeline;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.MfaCodeChecker;
import io.gatehouse.identity.PasswordAuthenticator;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.AccessKeyUsageRecorder;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.AccountStores;
import io.gatehouse.store.LiveAuthorizer;
import io.gatehouse.sts.SecurityTokenService;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * HTTP enforcement without any servlet type: one object built from a configuration, one method per
 * request. The servlet filter is a thin adapter over it, and an agent can call it from its own class
 * loader through an {@link HttpExchange} of its own.
 *
 * <pre>{@code
 * HttpEnforcement http = HttpEnforcement.open(Path.of("gatehouse.yaml"));
 * HttpOutcome outcome = http.handle(exchange);
 * if (outcome.proceeds()) { try (var scope = Gatehouse.bind(outcome.context().get())) { ... } }
 * else { send outcome.status(), outcome.headers(), outcome.body() }
 * }</pre>
 *
 * <p>Each request is authenticated (SigV4, Bearer OIDC, Basic, the container's user, or anonymous),
 * mapped to an IAM action and resource by its route, decided and audited (one event) through core's
 * {@link Enforcer}, and answered 401/403 as AWS would, or let through with its caller's context.
 * Each long-term access key that signs a request has its last use recorded in its account (see
 * {@link AccessKeyUsageRecorder}; {@code authentication.sigv4.lastUsedIntervalSeconds}).
 * Thread-safe.
 */
public final class HttpEnforcement implements AutoCloseable {
  private final RequestPipeline pipeline;
  private final Enforcer enforcer;
  private final SecurityTokenService sts;
  private final AuditTrail audit;
  private final AccessKeyUsageRecorder usage;
  private AutoCloseable owned = () -> { };

  /**
   * Builds enforcement over an account store and an audit trail.
   *
   * @throws IllegalArgumentException if the settings cannot be used with these accounts
   */
  public HttpEnforcement(HttpSettings settings, AccountStore store, AuditTrail audit, EnforcementMode mode,
      Clock clock) {
    // Each snapshot of the store is compiled before it takes over; one that does not compile leaves
    // the last good one in force.
    this(settings, store, LiveAuthorizer.over(store, Authorizer.standard(), ResourcePolicyProvider.NONE, clock,
        e -> System.err.println("gatehouse: the changed accounts are not in force: " + e.getMessage())),
        audit, mode, clock);
  }

  /**
   * Builds enforcement that decides with the compiled snapshot a {@link LiveAuthorizer} over the
   * store holds in force (shared with other enforcement points of the same store).
   *
   * @throws IllegalArgumentException if the settings cannot be used with these accounts
   */
  public HttpEnforcement(HttpSettings settings, AccountStore store, LiveAuthorizer live, AuditTrail audit,
      EnforcementMode mode, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.enforcer = new Enforcer(live::current, audit, mode, clock);
    AccountAuthorizer authorizer = new AccountAuthorizer(live::accounts, Authorizer.standard(),
        ResourcePolicyProvider.NONE, clock);
    ChangeEvents events = new ChangeEvents(audit, clock);
    this.sts = new SecurityTokenService(store, authorizer, clock, new SecureRandom(), events);
    AuthenticationSettings a = settings.authentication();
    this.usage = a.sigV4() && !a.lastUsedInterval().isZero()
        ? AccessKeyUsageRecorder.start(store, a.lastUsedInterval(), clock) : AccessKeyUsageRecorder.off();
    // Made only with Basic on: its decoy hash (for unknown users) costs a full password hash.
    this.pipeline = RequestPipeline.create(settings, enforcer, store, sts,
        () -> new PasswordAuthenticator(store::snapshot, new PasswordHasher(), new MfaCodeChecker(store, clock), events),
        usage, clock);
  }

  /**
   * Opens the account files (watched for edits) or the store, and the audit trail, that a
   * configuration names; {@link #close()} closes them.
   *
   * @throws IllegalArgumentException if an account file or the configuration cannot be used, with
   *     every problem as {@code file:line:column: path: message}
   */
  public static HttpEnforcement open(GatehouseConfig config) {
    Clock clock = Clock.systemUTC();
    StoreAndTrail opened = StoreAndTrail.open(config.common(),
        AccountStores.standard(HttpEnforcement.class.getClassLoader()), System.getenv(), clock);
    try {
      HttpEnforcement http = new HttpEnforcement(config.http(), opened.store(), opened.audit(), config.mode(), clock);
      http.owned = opened.store();
      return http;
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /**
   * Reads a {@code gatehouse.yaml} and opens what it names.
   *
   * @throws IllegalArgumentException if the file or an account file cannot be used, with every
   *     problem as {@code file:line:column: path: message}
   */
  public static HttpEnforcement open(Path configFile) {
    try {
      return open(new GatehouseConfigReader().read(configFile));
    } catch (io.gatehouse.policy.InvalidPolicyException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Decides one request. Never throws: a failure while deciding is a deny (audited with its cause),
   * a bad path a 400, an invalid credential a 401.
   */
  public HttpOutcome handle(HttpExchange exchange) {
    return pipeline.handle(exchange);
  }

  /**
   * The answer to an {@code AccessDeniedException} that code below the filter threw: a 403 with the
   * exception's AWS-shaped message (the deny itself was audited where it was decided).
   *
   * @param denied Gatehouse's {@link AccessDeniedException}, or any copy of it from another class loader
   */
  public HttpOutcome denied(RuntimeException denied) {
    if (denied instanceof AccessDeniedException a && a.decision().isPresent()) {
      return Answers.denied(a.decision().get());
    }
    return Answers.denied(String.valueOf(denied.getMessage()));
  }

  /**
   * A handler for {@code Gatehouse.isAllowed} and {@code Gatehouse.check} that decides with this
   * enforcement's accounts and audit trail, for code below the filter (install it with {@code
   * Gatehouse.install}).
   */
  public DecisionHandler decisionHandler() {
    return new EnforcerDecisionHandler(enforcer, Caller.anonymous(), sts);
  }

  /** The enforcement mode. */
  public EnforcementMode mode() {
    return enforcer.mode();
  }

  /**
   * Saves the access keys' last uses noted so far, then closes the audit trail, and the store if
   * {@link #open} opened it.
   */
  @Override
  public void close() {
    usage.close();
    try {
      owned.close();
    } catch (Exception e) {
      System.err.println("gatehouse: closing the account store: " + e);
    } finally {
      audit.close();
    }
  }
}
