package io.gatehouse.agent.enforce;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.util.Objects;

/**
 * Where the {@link CallEnforcer} hands each check of an instrumented call: in the agent, an {@link
 * Enforcer} that decides, audits and enforces it at the enforcement point {@code agent} ({@link
 * #by(Enforcer)}). Apart from it, the agent's own work around the decision can be measured and
 * tested on its own.
 */
public interface CheckEnforcement {
  /**
   * Decides, audits and enforces a check.
   *
   * @throws AccessDeniedException if it is denied in enforce mode
   */
  void enforce(Caller caller, String action, String resource, RequestContext context, RequestInfo info);

  /**
   * Audits and enforces a decision the agent made itself (a refusal by {@code @DenyAll} or {@code
   * @RolesAllowed}, or a failure to decide).
   *
   * @throws AccessDeniedException if it is a deny in enforce mode
   */
  void enforce(Caller caller, Decision decision, RequestInfo info);

  /** Checks decided, audited and enforced by this enforcer, at the enforcement point {@code agent}. */
  static CheckEnforcement by(Enforcer enforcer) {
    Objects.requireNonNull(enforcer, "enforcer");
    return new CheckEnforcement() {
      @Override
      public void enforce(Caller caller, String action, String resource, RequestContext context, RequestInfo info) {
        enforcer.enforce(caller, action, resource, context, EnforcementPoint.AGENT, info);
      }

      @Override
      public void enforce(Caller caller, Decision decision, RequestInfo info) {
        enforcer.enforce(caller, decision, EnforcementPoint.AGENT, info);
      }
    };
  }
}
