package io.gatehouse;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.audit.internal.EventIds;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one path every enforcement point takes: decide with the caller's policies, audit the
 * decision (exactly one event), then allow or deny. Enforcement points differ only in how they
 * know the caller and how they answer a deny. Thread-safe.
 *
 * <p>Any failure while deciding is a deny that is audited with its cause. If auditing itself
 * fails, the call is denied too (an unaudited allow would be a hole), unless the trail was
 * configured to continue.
 */
public final class Enforcer {
  private final Supplier<AccountAuthorizer> authorizer;
  private final AuditTrail audit;
  private final EnforcementMode mode;
  private final Clock clock;
  private final EventIds eventIds = new EventIds(new SecureRandom());

  /**
   * Creates an enforcer.
   *
   * @param mode {@link EnforcementMode#REPORT_ONLY} lets denied calls proceed (audited as such)
   */
  public Enforcer(AccountAuthorizer authorizer, AuditTrail audit, EnforcementMode mode, Clock clock) {
    this(constant(Objects.requireNonNull(authorizer, "authorizer")), audit, mode, clock);
  }

  /**
   * Creates an enforcer that asks for the authorizer in force at each decision, such as {@code
   * LiveAuthorizer::current} over a store that reloads.
   *
   * @param mode {@link EnforcementMode#REPORT_ONLY} lets denied calls proceed (audited as such)
   */
  public Enforcer(Supplier<AccountAuthorizer> authorizer, AuditTrail audit, EnforcementMode mode, Clock clock) {
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private static Supplier<AccountAuthorizer> constant(AccountAuthorizer authorizer) {
    return () -> authorizer;
  }

  /** The enforcement mode. */
  public EnforcementMode mode() {
    return mode;
  }

  /**
   * Decides and audits, whatever the mode; the caller of this method acts on the decision itself.
   *
   * @return the decision; never null, never throws for a non-null request
   */
  public Decision decide(Caller caller, String action, String resource, RequestContext context, EnforcementPoint point,
      RequestInfo info) {
    Decision decision;
    try {
      decision = authorizer.get().decide(caller, action, resource, context);
    } catch (RuntimeException e) {
      decision = Decision.failed(AuthorizationRequest.builder(caller.principal()).action(action).resource(resource)
          .context(context).build(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return audited(caller, decision, point, info);
  }

  /**
   * Audits a decision the enforcement point made itself, without the authorizer (a method the
   * application marked {@code @DenyAll}, a resource that could not be worked out, which is a failed
   * decision), exactly as the authorizer's decisions are audited.
   *
   * @return the decision, or a failed one if the audit trail could not record it
   */
  public Decision record(Caller caller, Decision decision, EnforcementPoint point, RequestInfo info) {
    return audited(caller, Objects.requireNonNull(decision, "decision"), point, info);
  }

  /**
   * Audits and enforces a decision the enforcement point made itself (see {@link #record}).
   *
   * @throws AccessDeniedException if it is a deny in enforce mode
   */
  public Decision enforce(Caller caller, Decision decision, EnforcementPoint point, RequestInfo info) {
    return enforced(record(caller, decision, point, info));
  }

  private Decision audited(Caller caller, Decision decision, EnforcementPoint point, RequestInfo info) {
    if (decision.isAllowed() && !audit.recordsAllows()) {
      return decision;
    }
    String id = eventIds.next();
    RequestInfo request = info.requestId() != null ? info
        : new RequestInfo(id, info.sourceIp(), info.userAgent(), info.requestParameters());
    try {
      audit.decision(new DecisionEvent(clock.instant(), id, caller, decision, point, mode, request));
    } catch (RuntimeException e) {
      // The trail refused the event (it fails closed when its destination is unusable): no call
      // proceeds unaudited.
      return Decision.failed(decision.request(), "the audit trail could not record the decision: "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return decision;
  }

  /**
   * Decides, audits and enforces: returns if the call may proceed (allowed, or denied in
   * report-only mode), throws otherwise.
   *
   * @throws AccessDeniedException if denied in enforce mode
   */
  public Decision enforce(Caller caller, String action, String resource, RequestContext context, EnforcementPoint point,
      RequestInfo info) {
    return enforced(decide(caller, action, resource, context, point, info));
  }

  private Decision enforced(Decision d) {
    if (!d.isAllowed() && mode == EnforcementMode.ENFORCE) {
      throw new AccessDeniedException(d);
    }
    return d;
  }
}
