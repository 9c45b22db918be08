package io.gatehouse.iam;

/**
 * The quotas {@link IamService} enforces, named as in AWS's "IAM and AWS STS quotas" and {@code
 * GetAccountSummary}. {@link #defaults()} gives AWS's default values; AWS lets some be raised (for
 * example managed policies per role up to 20), which {@link #withAttachedPoliciesPerEntity} models.
 * Access keys per user (2) and versions per policy (5) are fixed by AWS and not part of this record.
 * Policy sizes count the characters of a document that are not whitespace, as AWS does.
 *
 * @param usersPerAccount {@code UsersQuota}, 5000
 * @param groupsPerAccount {@code GroupsQuota}, 300
 * @param rolesPerAccount {@code RolesQuota}, 1000
 * @param policiesPerAccount {@code PoliciesQuota}: customer managed policies, 1500
 * @param groupsPerUser {@code GroupsPerUserQuota}, 10
 * @param attachedPoliciesPerEntity {@code AttachedPoliciesPer{User,Group,Role}Quota}, 10
 * @param mfaDevicesPerUser MFA devices one user may have enabled, 8
 * @param tagsPerEntity tags on one user or role, 50
 * @param userPolicySize {@code UserPolicySizeQuota}: all inline policies of a user together, 2048
 * @param groupPolicySize {@code GroupPolicySizeQuota}, 5120
 * @param rolePolicySize inline policies of a role together, 10240
 * @param policySize {@code PolicySizeQuota}: one managed policy version, 6144
 * @param assumeRolePolicySize {@code AssumeRolePolicySizeQuota}: a role's trust policy, 2048
 */
public record IamQuotas(
    int usersPerAccount,
    int groupsPerAccount,
    int rolesPerAccount,
    int policiesPerAccount,
    int groupsPerUser,
    int attachedPoliciesPerEntity,
    int mfaDevicesPerUser,
    int tagsPerEntity,
    int userPolicySize,
    int groupPolicySize,
    int rolePolicySize,
    int policySize,
    int assumeRolePolicySize) {

  /** Access keys one user may have; fixed by AWS. */
  public static final int ACCESS_KEYS_PER_USER = 2;

  /** Versions one managed policy may have; fixed by AWS. */
  public static final int VERSIONS_PER_POLICY = 5;

  /**
   * Creates quotas.
   *
   * @throws IllegalArgumentException if a quota is not positive
   */
  public IamQuotas {
    int[] all = {usersPerAccount, groupsPerAccount, rolesPerAccount, policiesPerAccount, groupsPerUser,
        attachedPoliciesPerEntity, mfaDevicesPerUser, tagsPerEntity, userPolicySize, groupPolicySize,
        rolePolicySize, policySize, assumeRolePolicySize};
    for (int q : all) {
      if (q <= 0) {
        throw new IllegalArgumentException("IAM quotas must be positive, found " + q);
      }
    }
  }

  /** AWS's default quotas. */
  public static IamQuotas defaults() {
    return new IamQuotas(5000, 300, 1000, 1500, 10, 10, 8, 50, 2048, 5120, 10240, 6144, 2048);
  }

  /** These quotas with another number of managed policies per user, group and role. */
  public IamQuotas withAttachedPoliciesPerEntity(int limit) {
    return new IamQuotas(usersPerAccount, groupsPerAccount, rolesPerAccount, policiesPerAccount,
        groupsPerUser, limit, mfaDevicesPerUser, tagsPerEntity, userPolicySize, groupPolicySize,
        rolePolicySize, policySize, assumeRolePolicySize);
  }

  /** These quotas with other account-wide entity counts (users, groups, roles, managed policies). */
  public IamQuotas withEntitiesPerAccount(int users, int groups, int roles, int policies) {
    return new IamQuotas(users, groups, roles, policies, groupsPerUser, attachedPoliciesPerEntity,
        mfaDevicesPerUser, tagsPerEntity, userPolicySize, groupPolicySize, rolePolicySize, policySize,
        assumeRolePolicySize);
  }
}
