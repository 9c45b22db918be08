package io.gatehouse.cli;

import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.TemporarySession;
import io.gatehouse.policy.PolicyDocument;
import java.time.Instant;
import java.util.List;

/** Turns the principal given on the command line into the caller a simulation acts as. */
final class CallerOptions {
  private CallerOptions() {}

  /**
   * The caller for a simulated request: a role session with the given session policies, a user or
   * root vouched for by the operator, with MFA presented now if asked.
   */
  static Caller caller(String principalArn, boolean mfa, List<PolicyDocument> sessionPolicies, Instant now) {
    Principal p = principalArn.equals("*") || principalArn.equalsIgnoreCase("anonymous")
        ? Principal.anonymous() : Principal.fromArn(principalArn);
    if (p.type() == PrincipalType.ASSUMED_ROLE) {
      return Caller.withSession(new TemporarySession(p, "ASIASIMULATEDSESSION", p.name(), now, now.plusSeconds(3600),
          mfa ? now : null, sessionPolicies, List.of(), List.of(), null, false, null));
    }
    if (!sessionPolicies.isEmpty()) {
      throw new IllegalArgumentException("--session-policy applies to role sessions (assumed-role ARNs) only");
    }
    Caller c = Caller.asserted(p);
    return mfa ? c.withMfaAt(now) : c;
  }
}
