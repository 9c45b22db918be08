package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;
import java.util.HashMap;
import java.util.Map;

/**
 * How often each managed policy of an account is attached and used as permissions boundary,
 * counted in one pass over the account's users, groups and roles.
 */
final class PolicyUsage {
  private final Map<String, Integer> attachments = new HashMap<>();
  private final Map<String, Integer> boundaries = new HashMap<>();

  private PolicyUsage() {}

  static PolicyUsage of(Account account) {
    PolicyUsage usage = new PolicyUsage();
    for (User u : account.users()) {
      u.attachedPolicies().forEach(usage::attached);
      usage.boundary(u.permissionsBoundary());
    }
    for (Group g : account.groups()) {
      g.attachedPolicies().forEach(usage::attached);
    }
    for (Role r : account.roles()) {
      r.attachedPolicies().forEach(usage::attached);
      usage.boundary(r.permissionsBoundary());
    }
    return usage;
  }

  /** How many users, groups and roles have the policy attached. */
  int attachmentCount(String policyArn) {
    return attachments.getOrDefault(policyArn, 0);
  }

  /** How many users and roles use the policy as permissions boundary. */
  int boundaryCount(String policyArn) {
    return boundaries.getOrDefault(policyArn, 0);
  }

  private void attached(String arn) {
    attachments.merge(arn, 1, Integer::sum);
  }

  private void boundary(String arn) {
    if (arn != null) {
      boundaries.merge(arn, 1, Integer::sum);
    }
  }
}
