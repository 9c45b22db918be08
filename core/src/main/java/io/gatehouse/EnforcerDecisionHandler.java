package io.gatehouse;

import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.DecisionHandler;
import io.gatehouse.context.Gatehouse;
import io.gatehouse.identity.Caller;
import io.gatehouse.sts.SecurityTokenService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides {@link Gatehouse#isAllowed} and {@link Gatehouse#check} with an {@link Enforcer}, for
 * applications that run without the agent:
 *
 * <pre>{@code
 * Gatehouse.install(new EnforcerDecisionHandler(enforcer, Caller.anonymous()));
 * }</pre>
 *
 * <p>Checks are audited with the enforcement point {@code programmatic}. A bound context whose
 * principal cannot be read is denied (audited as a failed decision); so is one that carries session
 * credentials, unless the handler was given the security token service that verifies them, in which
 * case the check is decided for the session (its session policies, tags and MFA). Thread-safe.
 */
public final class EnforcerDecisionHandler implements DecisionHandler {
  private final Enforcer enforcer;
  private final Caller unbound;
  private final SecurityTokenService sts;

  /**
   * Creates the handler.
   *
   * @param unbound the caller when no context is bound (a process principal, or anonymous)
   */
  public EnforcerDecisionHandler(Enforcer enforcer, Caller unbound) {
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
    this.unbound = Objects.requireNonNull(unbound, "unbound");
    this.sts = null;
  }

  /**
   * Creates a handler that also decides for bound role sessions, verifying their session
   * credentials with {@code sts}.
   *
   * @param unbound the caller when no context is bound (a process principal, or anonymous)
   */
  public EnforcerDecisionHandler(Enforcer enforcer, Caller unbound, SecurityTokenService sts) {
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
    this.unbound = Objects.requireNonNull(unbound, "unbound");
    this.sts = Objects.requireNonNull(sts, "sts");
  }

  @Override
  public boolean isAllowed(Optional<CallContext> caller, String action, String resource,
      Map<String, List<String>> keys) {
    Caller c;
    try {
      c = callerOf(caller);
    } catch (IllegalArgumentException e) {
      return enforcer.record(Caller.anonymous(), unreadable(caller.get(), action, resource, e),
          EnforcementPoint.PROGRAMMATIC, RequestInfo.none()).isAllowed();
    }
    return enforcer.decide(c, action, resource, ContextCaller.requestContext(caller.orElse(null), keys),
        EnforcementPoint.PROGRAMMATIC, RequestInfo.none()).isAllowed();
  }

  /**
   * {@inheritDoc}
   *
   * @throws AccessDeniedException if denied in enforce mode
   */
  @Override
  public void check(Optional<CallContext> caller, String action, String resource, Map<String, List<String>> keys) {
    Caller c;
    try {
      c = callerOf(caller);
    } catch (IllegalArgumentException e) {
      enforcer.enforce(Caller.anonymous(), unreadable(caller.get(), action, resource, e),
          EnforcementPoint.PROGRAMMATIC, RequestInfo.none());
      return;
    }
    enforcer.enforce(c, action, resource, ContextCaller.requestContext(caller.orElse(null), keys),
        EnforcementPoint.PROGRAMMATIC, RequestInfo.none());
  }

  /**
   * The caller a bound context names.
   *
   * @throws IllegalArgumentException if its principal cannot be read or its session credentials do
   *     not verify (or cannot be, without a security token service)
   */
  private Caller callerOf(Optional<CallContext> context) {
    if (context.isEmpty()) {
      return unbound;
    }
    return sts == null ? ContextCaller.caller(context.get()) : ContextCaller.caller(context.get(), sts);
  }

  private Decision unreadable(CallContext context, String action, String resource, IllegalArgumentException cause) {
    String why;
    if (context.sessionAccessKeyId().isPresent()) {
      why = sts == null
          ? "the bound context of " + context.principalArn() + " carries session credentials, which this handler "
              + "cannot verify (it has no SecurityTokenService): it is not decided for the principal alone"
          : String.valueOf(cause.getMessage());
    } else {
      why = "the bound principal \"" + context.principalArn() + "\" is not a principal ARN";
    }
    return Decision.failed(AuthorizationRequest.builder(Principal.anonymous()).action(action).resource(resource)
        .build(), why);
  }
}
