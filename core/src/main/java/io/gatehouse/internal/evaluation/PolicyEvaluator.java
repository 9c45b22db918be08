package io.gatehouse.internal.evaluation;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Decision;
import io.gatehouse.DeterminingStatement;
import io.gatehouse.PolicyType;
import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import java.util.ArrayList;
import java.util.List;

/**
 * AWS's policy evaluation logic over compiled layers. A pure function of its arguments: no I/O, no
 * clock, no shared mutable state; safe to call from any number of threads.
 *
 * <p>The order follows AWS's documentation ("Policy evaluation logic"):
 *
 * <ol>
 *   <li>An explicit deny in any applicable policy wins.
 *   <li>Every level of the resource's RCPs, and (for a signed-in principal) every level of the
 *       principal's SCPs, must allow.
 *   <li>Within one account, a resource-based policy that names the caller directly (user, session
 *       or {@code *}) allows on its own; one that names a role session through its role joins the
 *       identity-based permissions; one that names the account delegates to them.
 *   <li>Otherwise identity-based policies must allow (the account root has full access to its own
 *       account), the permissions boundary (if set) must allow, and the session policies (if any;
 *       a federated user session must have one) must allow.
 *   <li>Across accounts, both the caller's side (step 4) and the resource-based policy must allow.
 * </ol>
 */
public final class PolicyEvaluator {
  private static final BoundStatement[] NO_STATEMENTS = new BoundStatement[0];

  /** Decides a request. Never throws for a well-formed request and layers. */
  public Decision decide(AuthorizationRequest request, LayeredPolicies layers) {
    Principal principal = request.principal();
    // Callers outside any account (anonymous, web identity) have no identity-based policies and no
    // SCPs: only a resource-based policy that names them can allow.
    boolean anonymous = principal.type() == PrincipalType.ANONYMOUS
        || principal.type() == PrincipalType.WEB_IDENTITY;
    LayerScan scan = new LayerScan();

    // Organization levels: scanned first, both for denies and for the allow every level needs.
    List<PolicyLayer> rcps = layers.rcpLevels();
    BoundStatement[] rcpAllows = rcps.isEmpty() ? NO_STATEMENTS : new BoundStatement[rcps.size()];
    for (int i = 0; i < rcps.size(); i++) {
      if (scan.run(rcps.get(i), request, false)) {
        return Decision.explicitDeny(request, scan.deny.reason());
      }
      rcpAllows[i] = scan.allow;
    }
    List<PolicyLayer> scps = anonymous ? List.of() : layers.scpLevels();
    BoundStatement[] scpAllows = scps.isEmpty() ? NO_STATEMENTS : new BoundStatement[scps.size()];
    for (int i = 0; i < scps.size(); i++) {
      if (scan.run(scps.get(i), request, false)) {
        return Decision.explicitDeny(request, scan.deny.reason());
      }
      scpAllows[i] = scan.allow;
    }

    BoundStatement identityAllow = null;
    if (!anonymous && layers.identity() != null) {
      if (scan.run(layers.identity(), request, false)) {
        return Decision.explicitDeny(request, scan.deny.reason());
      }
      identityAllow = scan.allow;
    }
    BoundStatement boundaryAllow = null;
    if (!anonymous && layers.boundary() != null) {
      if (scan.run(layers.boundary(), request, false)) {
        return Decision.explicitDeny(request, scan.deny.reason());
      }
      boundaryAllow = scan.allow;
    }
    BoundStatement sessionAllow = null;
    if (!anonymous && layers.session() != null) {
      if (scan.run(layers.session(), request, false)) {
        return Decision.explicitDeny(request, scan.deny.reason());
      }
      sessionAllow = scan.allow;
    }
    BoundStatement resourceAllow = null;
    GrantKind grant = GrantKind.NONE;
    if (layers.resource() != null) {
      if (scan.run(layers.resource(), request, true)) {
        return Decision.explicitDeny(request, scan.deny.reason());
      }
      resourceAllow = scan.allow;
      grant = scan.grant;
    }

    for (int i = 0; i < rcpAllows.length; i++) {
      if (rcpAllows[i] == null) {
        return Decision.implicitDeny(request, PolicyType.RCP, i);
      }
    }
    for (int i = 0; i < scpAllows.length; i++) {
      if (scpAllows[i] == null) {
        return Decision.implicitDeny(request, PolicyType.SCP, i);
      }
    }

    List<DeterminingStatement> reasons = new ArrayList<>(4 + rcpAllows.length + scpAllows.length);
    addAll(reasons, rcpAllows);
    addAll(reasons, scpAllows);

    if (anonymous) {
      if (grant != GrantKind.DIRECT) {
        return Decision.implicitDeny(request, PolicyType.RESOURCE, -1);
      }
      reasons.add(resourceAllow.reason());
      return Decision.allow(request, reasons);
    }

    boolean root = principal.type() == PrincipalType.ROOT;
    boolean sameAccount = !request.isCrossAccount();
    if (sameAccount && grant == GrantKind.DIRECT) {
      reasons.add(resourceAllow.reason());
      return Decision.allow(request, reasons);
    }
    boolean identitySide = root || identityAllow != null || (sameAccount && grant == GrantKind.ROLE);
    if (!identitySide) {
      return Decision.implicitDeny(request, PolicyType.IDENTITY, -1);
    }
    if (layers.boundary() != null && boundaryAllow == null) {
      return Decision.implicitDeny(request, PolicyType.PERMISSIONS_BOUNDARY, -1);
    }
    if (principal.isSession()) {
      boolean sessionOk = layers.session() != null
          ? sessionAllow != null
          // A role session without session policies has its role's permissions; a federated user
          // session gets none without a session policy.
          : principal.type() == PrincipalType.ASSUMED_ROLE;
      if (!sessionOk) {
        return Decision.implicitDeny(request, PolicyType.SESSION, -1);
      }
    }
    if (!sameAccount && grant == GrantKind.NONE) {
      return Decision.implicitDeny(request, PolicyType.RESOURCE, -1);
    }
    if (identityAllow != null) {
      reasons.add(identityAllow.reason());
    }
    if (resourceAllow != null && grant != GrantKind.NONE) {
      reasons.add(resourceAllow.reason());
    }
    if (boundaryAllow != null) {
      reasons.add(boundaryAllow.reason());
    }
    if (sessionAllow != null) {
      reasons.add(sessionAllow.reason());
    }
    return Decision.allow(request, reasons);
  }

  private static void addAll(List<DeterminingStatement> out, BoundStatement[] statements) {
    for (BoundStatement s : statements) {
      out.add(s.reason());
    }
  }

  /** The outcome of scanning one layer: its first deny, first allow and, for resource policies, the strongest grant. */
  private static final class LayerScan {
    BoundStatement deny;
    BoundStatement allow;
    GrantKind grant;

    /** Scans a layer; true if a Deny statement applies. */
    boolean run(PolicyLayer layer, AuthorizationRequest request, boolean resourcePolicy) {
      deny = null;
      allow = null;
      grant = GrantKind.NONE;
      BoundStatement[] candidates =
          layer.index().candidates(request.lowerCaseAction(), request.lowerCaseService());
      Principal principal = request.principal();
      for (BoundStatement b : candidates) {
        CompiledStatement s = b.statement();
        if (!s.isDeny() && allow != null && !resourcePolicy) {
          continue; // one allow is enough; only denies can still change the outcome
        }
        if (!s.matches(request)) {
          continue;
        }
        GrantKind kind;
        if (s.hasPrincipal()) {
          kind = s.principalMatcher().match(principal);
        } else {
          // A resource-based policy statement without Principal grants nobody, but its Deny
          // still applies: when in doubt, deny.
          kind = resourcePolicy && !s.isDeny() ? GrantKind.NONE : GrantKind.DIRECT;
        }
        if (kind == GrantKind.NONE) {
          continue;
        }
        if (s.isDeny()) {
          deny = b;
          return true;
        }
        if (allow == null || kind.compareTo(grant) > 0) {
          allow = b;
          grant = kind;
        }
      }
      return false;
    }
  }
}
