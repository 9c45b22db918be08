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

    // Organization levels: scanned first, both for denies and for the allow every level needs.
    List<PolicyLayer> rcps = layers.rcpLevels();
    BoundStatement[] rcpAllows = rcps.isEmpty() ? NO_STATEMENTS : new BoundStatement[rcps.size()];
    for (int i = 0; i < rcps.size(); i++) {
      BoundStatement found = scan(rcps.get(i), request, false);
      if (isDeny(found)) {
        return Decision.explicitDeny(request, found.reason());
      }
      rcpAllows[i] = found;
    }
    List<PolicyLayer> scps = anonymous ? List.of() : layers.scpLevels();
    BoundStatement[] scpAllows = scps.isEmpty() ? NO_STATEMENTS : new BoundStatement[scps.size()];
    for (int i = 0; i < scps.size(); i++) {
      BoundStatement found = scan(scps.get(i), request, false);
      if (isDeny(found)) {
        return Decision.explicitDeny(request, found.reason());
      }
      scpAllows[i] = found;
    }

    BoundStatement identityAllow = null;
    if (!anonymous && layers.identity() != null) {
      identityAllow = scan(layers.identity(), request, false);
      if (isDeny(identityAllow)) {
        return Decision.explicitDeny(request, identityAllow.reason());
      }
    }
    BoundStatement boundaryAllow = null;
    if (!anonymous && layers.boundary() != null) {
      boundaryAllow = scan(layers.boundary(), request, false);
      if (isDeny(boundaryAllow)) {
        return Decision.explicitDeny(request, boundaryAllow.reason());
      }
    }
    BoundStatement sessionAllow = null;
    if (!anonymous && layers.session() != null) {
      sessionAllow = scan(layers.session(), request, false);
      if (isDeny(sessionAllow)) {
        return Decision.explicitDeny(request, sessionAllow.reason());
      }
    }
    BoundStatement resourceAllow = null;
    GrantKind grant = GrantKind.NONE;
    if (layers.resource() != null) {
      resourceAllow = scan(layers.resource(), request, true);
      if (isDeny(resourceAllow)) {
        return Decision.explicitDeny(request, resourceAllow.reason());
      }
      if (resourceAllow != null) {
        grant = resourceAllow.statement().grantTo(principal, true);
      }
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

    if (anonymous) {
      if (grant != GrantKind.DIRECT) {
        return Decision.implicitDeny(request, PolicyType.RESOURCE, -1);
      }
      return Decision.allow(request, reasons(rcpAllows, scpAllows, resourceAllow, null, null, null));
    }

    boolean root = principal.type() == PrincipalType.ROOT;
    boolean sameAccount = !request.isCrossAccount();
    if (sameAccount && grant == GrantKind.DIRECT) {
      return Decision.allow(request, reasons(rcpAllows, scpAllows, resourceAllow, null, null, null));
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
    return Decision.allow(request, reasons(rcpAllows, scpAllows,
        identityAllow, grant != GrantKind.NONE ? resourceAllow : null, boundaryAllow, sessionAllow));
  }

  /**
   * The statement that decides for one layer: its first Deny that applies if there is one,
   * otherwise the Allow that decides (see {@link Candidates#allow}), otherwise null.
   */
  private static BoundStatement scan(
      PolicyLayer layer, AuthorizationRequest request, boolean resourcePolicy) {
    Candidates candidates = layer.candidates(request);
    BoundStatement deny = candidates.firstDeny(request, resourcePolicy);
    return deny != null ? deny : candidates.allow(request, resourcePolicy);
  }

  /**
   * The statements an allow names, in order: one per organization level, then the others that are
   * not null. The usual allow by a single statement gets that statement's list, made once.
   */
  private static List<DeterminingStatement> reasons(BoundStatement[] rcpAllows,
      BoundStatement[] scpAllows, BoundStatement a, BoundStatement b, BoundStatement c,
      BoundStatement d) {
    if (rcpAllows.length + scpAllows.length == 0 && count(a, b, c, d) == 1) {
      return (a != null ? a : b != null ? b : c != null ? c : d).reasons();
    }
    List<DeterminingStatement> out = new ArrayList<>(4 + rcpAllows.length + scpAllows.length);
    for (BoundStatement s : rcpAllows) {
      out.add(s.reason());
    }
    for (BoundStatement s : scpAllows) {
      out.add(s.reason());
    }
    for (BoundStatement s : new BoundStatement[] {a, b, c, d}) {
      if (s != null) {
        out.add(s.reason());
      }
    }
    return out;
  }

  private static int count(BoundStatement a, BoundStatement b, BoundStatement c, BoundStatement d) {
    return (a != null ? 1 : 0) + (b != null ? 1 : 0) + (c != null ? 1 : 0) + (d != null ? 1 : 0);
  }

  private static boolean isDeny(BoundStatement found) {
    return found != null && found.statement().isDeny();
  }
}
