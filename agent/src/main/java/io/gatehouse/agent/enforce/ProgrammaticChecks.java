package io.gatehouse.agent.enforce;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides {@code Gatehouse.isAllowed} and {@code Gatehouse.check} when the agent is running: for the
 * bound (or process) caller, with the bound keys and the check's own (which replace bound keys of the
 * same name), audited with the enforcement point {@code programmatic}. A bound principal that is not
 * an ARN is a deny. A deny is thrown as the caller's own {@code AccessDeniedException}. Thread-safe.
 */
public final class ProgrammaticChecks {
  private final Enforcer enforcer;
  private final BoundCaller callers;
  private final HostExceptions exceptions;

  /** Creates the checks. */
  public ProgrammaticChecks(Enforcer enforcer, BoundCaller callers, HostExceptions exceptions) {
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
    this.callers = Objects.requireNonNull(callers, "callers");
    this.exceptions = Objects.requireNonNull(exceptions, "exceptions");
  }

  /**
   * Decides and audits; with {@code enforce}, a deny in enforce mode throws.
   *
   * @param loader the class loader whose {@code AccessDeniedException} is thrown
   * @return true only if allowed
   */
  public boolean decide(ClassLoader loader, String action, String resource, Map<String, List<String>> keys,
      boolean enforce) {
    try {
      BoundCaller.Call call;
      try {
        call = callers.current();
      } catch (IllegalArgumentException e) {
        Decision failed = Decision.failed(AuthorizationRequest.builder(Principal.anonymous()).action(action)
            .resource(resource).build(), e.getMessage());
        return enforce ? enforcer.enforce(Caller.anonymous(), failed, EnforcementPoint.PROGRAMMATIC, RequestInfo.none())
            .isAllowed()
            : enforcer.record(Caller.anonymous(), failed, EnforcementPoint.PROGRAMMATIC, RequestInfo.none()).isAllowed();
      }
      RequestContext.Builder context = RequestContext.builder();
      call.keys().forEach(context::putAll);
      keys.forEach(context::putAll);
      Decision d = enforce
          ? enforcer.enforce(call.caller(), action, resource, context.build(), EnforcementPoint.PROGRAMMATIC,
              RequestInfo.none())
          : enforcer.decide(call.caller(), action, resource, context.build(), EnforcementPoint.PROGRAMMATIC,
              RequestInfo.none());
      return d.isAllowed();
    } catch (AccessDeniedException e) {
      throw exceptions.translate(e, loader);
    }
  }
}
