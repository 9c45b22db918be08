package io.gatehouse.internal.evaluation;

import io.gatehouse.PolicyType;
import java.util.List;

/**
 * Every layer of policies that applies to a request, ready for {@link PolicyEvaluator}. Immutable.
 *
 * @param identity the identity-based policies (may be empty)
 * @param boundary the permissions boundary, or null if none is set
 * @param session the session policies, or null if the session has none
 * @param resource the resource-based policy, or null if the resource has none
 * @param scpLevels one layer per organization level for the principal's account; empty if the
 *     account is not in an organization
 * @param rcpLevels one layer per organization level for the resource's account; empty if none
 */
public record LayeredPolicies(
    PolicyLayer identity,
    PolicyLayer boundary,
    PolicyLayer session,
    PolicyLayer resource,
    List<PolicyLayer> scpLevels,
    List<PolicyLayer> rcpLevels) {

  /** Checks the layers' types. */
  public LayeredPolicies {
    check(identity, PolicyType.IDENTITY);
    check(boundary, PolicyType.PERMISSIONS_BOUNDARY);
    check(session, PolicyType.SESSION);
    check(resource, PolicyType.RESOURCE);
    scpLevels = List.copyOf(scpLevels);
    rcpLevels = List.copyOf(rcpLevels);
    scpLevels.forEach(l -> check(l, PolicyType.SCP));
    rcpLevels.forEach(l -> check(l, PolicyType.RCP));
  }

  private static void check(PolicyLayer layer, PolicyType expected) {
    if (layer != null && layer.type() != expected) {
      throw new IllegalArgumentException("expected a " + expected + " layer, got " + layer.type());
    }
  }
}
