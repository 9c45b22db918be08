package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.User;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** IAM's {@code GetAccountSummary}: entity counts and quotas, under AWS's {@code SummaryMap} keys. */
final class AccountSummary {
  private AccountSummary() {}

  static Map<String, Integer> of(Account account, IamQuotas quotas) {
    int localPolicies = 0;
    int versions = 0;
    for (ManagedPolicy p : account.policies().values()) {
      if (!p.isAwsManaged()) {
        localPolicies++;
        versions += p.versions().size();
      }
    }
    int devicesInUse = 0;
    for (User u : account.users()) {
      devicesInUse += u.mfaDevices().size();
    }
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("Users", account.users().size());
    m.put("UsersQuota", quotas.usersPerAccount());
    m.put("Groups", account.groups().size());
    m.put("GroupsQuota", quotas.groupsPerAccount());
    m.put("Roles", account.roles().size());
    m.put("RolesQuota", quotas.rolesPerAccount());
    m.put("Policies", localPolicies);
    m.put("PoliciesQuota", quotas.policiesPerAccount());
    m.put("PolicyVersionsInUse", versions);
    m.put("VersionsPerPolicyQuota", IamQuotas.VERSIONS_PER_POLICY);
    m.put("PolicySizeQuota", quotas.policySize());
    m.put("UserPolicySizeQuota", quotas.userPolicySize());
    m.put("GroupPolicySizeQuota", quotas.groupPolicySize());
    m.put("RolePolicySizeQuota", quotas.rolePolicySize());
    m.put("AssumeRolePolicySizeQuota", quotas.assumeRolePolicySize());
    m.put("GroupsPerUserQuota", quotas.groupsPerUser());
    m.put("AccessKeysPerUserQuota", IamQuotas.ACCESS_KEYS_PER_USER);
    m.put("AttachedPoliciesPerUserQuota", quotas.attachedPoliciesPerEntity());
    m.put("AttachedPoliciesPerGroupQuota", quotas.attachedPoliciesPerEntity());
    m.put("AttachedPoliciesPerRoleQuota", quotas.attachedPoliciesPerEntity());
    m.put("MFADevices", account.virtualMfaDevices().size() + devicesInUse);
    m.put("MFADevicesInUse", devicesInUse);
    m.put("Providers", account.oidcProviders().size());
    m.put("AccountMFAEnabled", 0);
    m.put("AccountAccessKeysPresent", 0);
    return Collections.unmodifiableMap(m);
  }
}
