package io.gatehouse;

import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.DecisionHandler;
import io.gatehouse.context.Gatehouse;
import io.gatehouse.identity.Caller;
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
 * principal cannot be read, or that carries session credentials (which this handler cannot verify),
 * is denied (audited as a failed decision). Thread-safe.
 */
public final class EnforcerDecisionHandler implements DecisionHandler {
  private final Enforcer enforcer;
  private final Caller unbound;

  /**
   * Creates the handler.
   *
   * @param unbound the caller when no context is bound (a process principal, or anonymous)
   */
  public EnforcerDecisionHandler(Enforcer enforcer, Caller unbound) {
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
    this.unbound = Objects.requireNonNull(unbound, "unbound");
  }

  @Override
  public boolean isAllowed(Optional<CallContext> caller, String action, String resource,
      Map<String, List<String>> keys) {
    Caller c = callerOf(caller);
    if (c == null) {
      return enforcer.record(Caller.anonymous(), unreadable(caller.get(), action, resource),
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
    Caller c = callerOf(caller);
    if (c == null) {
      enforcer.enforce(Caller.anonymous(), unreadable(caller.get(), action, resource), EnforcementPoint.PROGRAMMATIC,
          RequestInfo.none());
      return;
    }
    enforcer.enforce(c, action, resource, ContextCaller.requestContext(caller.orElse(null), keys),
        EnforcementPoint.PROGRAMMATIC, RequestInfo.none());
  }

  /** The caller, or null if the bound principal cannot be read. */
  private Caller callerOf(Optional<CallContext> context) {
    if (context.isEmpty()) {
      return unbound;
    }
    try {
      return ContextCaller.caller(context.get());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Decision unreadable(CallContext context, String action, String resource) {
    String why = context.sessionAccessKeyId().isPresent()
        ? "the bound context of " + context.principalArn() + " carries session credentials, which this handler "
            + "cannot verify (it has no SecurityTokenService): it is not decided for the principal alone"
        : "the bound principal \"" + context.principalArn() + "\" is not a principal ARN";
    return Decision.failed(AuthorizationRequest.builder(Principal.anonymous()).action(action).resource(resource)
        .build(), why);
  }
}
