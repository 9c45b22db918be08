package io.gatehouse.identity;

import io.gatehouse.policy.PolicyDocument;
import java.util.List;

/**
 * The organization policies that apply to an account: service control policies (limit the account's
 * principals) and resource control policies (limit access to the account's resources), each as
 * levels from the organization root down to the account; every level must allow.
 *
 * @param serviceControlPolicies SCPs per level, root first; empty if none apply
 * @param resourceControlPolicies RCPs per level, root first; empty if none apply
 */
public record OrganizationPolicies(
    List<List<PolicyDocument>> serviceControlPolicies,
    List<List<PolicyDocument>> resourceControlPolicies) {

  /** Copies the levels. */
  public OrganizationPolicies {
    serviceControlPolicies = serviceControlPolicies.stream().map(List::copyOf).toList();
    resourceControlPolicies = resourceControlPolicies.stream().map(List::copyOf).toList();
  }

  /** No organization. */
  public static OrganizationPolicies none() {
    return new OrganizationPolicies(List.of(), List.of());
  }
}
