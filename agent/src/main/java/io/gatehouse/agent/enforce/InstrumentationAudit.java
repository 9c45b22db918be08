package io.gatehouse.agent.enforce;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.util.Map;
import java.util.Objects;

/**
 * Audits a class the agent could not instrument: a failed decision of the action {@value #ACTION} on
 * the class ({@code arn:gatehouse:java:::class/NAME}), with the cause, so that the failure is in the
 * audit trail with the decisions. Thread-safe.
 */
public final class InstrumentationAudit {
  /** The action audited. */
  public static final String ACTION = "gatehouse:InstrumentClass";

  private final Enforcer enforcer;

  /** Creates the audit. */
  public InstrumentationAudit(Enforcer enforcer) {
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
  }

  /** Records that the class could not be instrumented, and why. */
  public void notInstrumented(String className, String message) {
    AuthorizationRequest request = AuthorizationRequest.builder(Principal.anonymous()).action(ACTION)
        .resource("arn:gatehouse:java:::class/" + className).build();
    enforcer.record(Caller.anonymous(), Decision.failed(request, message), EnforcementPoint.AGENT,
        new RequestInfo(null, null, null, Map.of("class", className)));
  }
}
