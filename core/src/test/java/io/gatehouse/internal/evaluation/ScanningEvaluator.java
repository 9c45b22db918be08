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
 * The evaluation logic without any index: every statement of every layer is matched in document
 * order (action, resource and conditions in full), as {@link PolicyEvaluator} did before it
 * narrowed the statements by action and resource. The reference the indexed evaluator must agree
 * with.
 */
final class ScanningEvaluator {
  private static final BoundStatement[] NO_STATEMENTS = new BoundStatement[0];

  /** Decides a request. */
  Decision decide(AuthorizationRequest request, LayeredPolicies layers) {
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
      Principal principal = request.principal();
      for (BoundStatement b : layer.statements()) {
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
