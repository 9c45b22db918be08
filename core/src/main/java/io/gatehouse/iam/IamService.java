package io.gatehouse.iam;

import io.gatehouse.identity.AccessKeyGenerator;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.identity.Tag;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.store.AccountStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * AWS IAM's administration API over one account in an {@link AccountStore}: users, groups, roles,
 * managed and inline policies, permissions boundaries, access keys, passwords and virtual MFA
 * devices, with IAM's validation rules, quotas and errors. Method and parameter names are AWS's
 * (in lower camel case); results are shaped like AWS's response types, so that an HTTP endpoint
 * speaking IAM's Query protocol or a command line can render them directly.
 *
 * <p><b>Parameters.</b> A null argument is an absent parameter: optional ones take AWS's default
 * (path {@code /}, {@code MaxItems} 100, ...), required ones are refused with a {@code
 * ValidationError}. Names are matched case-insensitively, as IAM does.
 *
 * <p><b>Changes.</b> Every write is one {@link AccountStore#update}: it is applied to the latest
 * account, atomically, after every check has passed, and saved before the method returns. Writes
 * from several threads (or services over the same store) are applied one after another and never
 * lose each other's change. A refused request changes nothing. Reads see the store's current
 * snapshot.
 *
 * <p><b>Errors.</b> Every refusal is an {@link IamException} with AWS's error code, HTTP status and
 * message; a change the store cannot save is a {@code ServiceFailure}.
 *
 * <p><b>Secrets.</b> A secret access key is returned only by {@link #createAccessKey}, an MFA seed
 * only by {@link #createVirtualMFADevice}; passwords are accepted as {@code char[]} (the caller
 * clears them), checked against the password policy given to the constructor, and stored only as
 * PBKDF2 hashes. No message or {@code toString()} shows a secret.
 *
 * <p><b>Password policy.</b> The account model has no password policy of its own, so the service
 * is given the one to enforce; pass {@link PasswordPolicy#defaults()} for AWS's default.
 *
 * <p>Thread-safe.
 */
public final class IamService {
  private final AdministeredAccount account;
  private final UserOperations users;
  private final GroupOperations groups;
  private final RoleOperations roles;
  private final PolicyOperations policies;
  private final AttachmentOperations attachments;
  private final InlinePolicyOperations inlinePolicies;
  private final AccessKeyOperations accessKeys;
  private final PasswordOperations passwords;
  private final MfaOperations mfa;

  /**
   * A service with AWS's default quotas.
   *
   * @param store where the account lives
   * @param accountId the 12-digit id of the account this service administers
   * @param clock the source of creation dates and of the time MFA codes are checked against
   * @param random the source of ids, access keys and MFA seeds
   * @param hasher hashes passwords (its iteration count sets the cost of each password change)
   * @param passwordPolicy the rules new passwords must follow
   * @throws IllegalArgumentException if the store has no account {@code accountId}
   */
  public IamService(AccountStore store, String accountId, Clock clock, SecureRandom random, PasswordHasher hasher,
      PasswordPolicy passwordPolicy) {
    this(store, accountId, clock, random, hasher, passwordPolicy, IamQuotas.defaults());
  }

  /**
   * A service with the given quotas.
   *
   * @throws IllegalArgumentException if the store has no account {@code accountId}
   */
  public IamService(AccountStore store, String accountId, Clock clock, SecureRandom random, PasswordHasher hasher,
      PasswordPolicy passwordPolicy, IamQuotas quotas) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(hasher, "hasher");
    Objects.requireNonNull(passwordPolicy, "passwordPolicy");
    if (Objects.requireNonNull(store, "store").snapshot().account(accountId).isEmpty()) {
      throw new IllegalArgumentException("the store has no account " + accountId);
    }
    this.account = new AdministeredAccount(store, accountId, clock, new AccessKeyGenerator(random), quotas);
    PolicyDocumentReader documents = new PolicyDocumentReader(new PolicyParser());
    this.users = new UserOperations(account);
    this.groups = new GroupOperations(account);
    this.roles = new RoleOperations(account, documents);
    this.policies = new PolicyOperations(account, documents);
    this.attachments = new AttachmentOperations(account);
    this.inlinePolicies = new InlinePolicyOperations(account, documents);
    this.accessKeys = new AccessKeyOperations(account);
    this.passwords = new PasswordOperations(account, hasher, passwordPolicy);
    this.mfa = new MfaOperations(account, random);
  }

  /** The id of the account this service administers. */
  public String accountId() {
    return account.accountId();
  }

  // ---- Users

  /**
   * {@code CreateUser}: a user named {@code userName} (unique case-insensitively), with id {@code
   * AIDA...} and ARN {@code arn:aws:iam::ACCOUNT:user{path}{userName}}.
   *
   * @param path optional, {@code /} by default
   * @param permissionsBoundary optional ARN of an existing managed policy
   * @param tags optional, at most 50
   * @throws IamException {@code EntityAlreadyExists}, {@code NoSuchEntity} (boundary), {@code
   *     LimitExceeded} ({@code UsersPerAccount}), {@code ValidationError}, {@code InvalidInput}
   */
  public IamUser createUser(String userName, String path, String permissionsBoundary, List<Tag> tags) {
    return users.createUser(userName, path, permissionsBoundary, tags);
  }

  /**
   * {@code GetUser}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamUser getUser(String userName) {
    return users.getUser(userName);
  }

  /** {@code ListUsers}: the users whose path starts with {@code pathPrefix}, ordered by name. */
  public IamPage<IamUser> listUsers(String pathPrefix, String marker, Integer maxItems) {
    return users.listUsers(pathPrefix, marker, maxItems);
  }

  /**
   * {@code UpdateUser}: renames the user and/or changes its path (and so its ARN); its id, groups,
   * policies and credentials stay.
   *
   * @throws IamException {@code NoSuchEntity}, {@code EntityAlreadyExists} (new name taken)
   */
  public void updateUser(String userName, String newUserName, String newPath) {
    users.updateUser(userName, newUserName, newPath);
  }

  /**
   * {@code DeleteUser}.
   *
   * @throws IamException {@code NoSuchEntity}; {@code DeleteConflict} while the user has a login
   *     profile, access keys, MFA devices, inline policies, attached policies or groups
   */
  public void deleteUser(String userName) {
    users.deleteUser(userName);
  }

  /**
   * {@code TagUser}: adds tags, replacing those with the same key (case-insensitively).
   *
   * @throws IamException {@code NoSuchEntity}, {@code LimitExceeded} ({@code TagsPerUser})
   */
  public void tagUser(String userName, List<Tag> tags) {
    users.tagUser(userName, tags);
  }

  /**
   * {@code UntagUser}: removes the tags with these keys.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void untagUser(String userName, List<String> tagKeys) {
    users.untagUser(userName, tagKeys);
  }

  /**
   * {@code ListUserTags}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<Tag> listUserTags(String userName, String marker, Integer maxItems) {
    return users.listUserTags(userName, marker, maxItems);
  }

  /**
   * {@code PutUserPermissionsBoundary}.
   *
   * @throws IamException {@code NoSuchEntity} (user or policy)
   */
  public void putUserPermissionsBoundary(String userName, String permissionsBoundary) {
    users.putUserPermissionsBoundary(userName, permissionsBoundary);
  }

  /**
   * {@code DeleteUserPermissionsBoundary}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void deleteUserPermissionsBoundary(String userName) {
    users.deleteUserPermissionsBoundary(userName);
  }

  // ---- Groups

  /**
   * {@code CreateGroup}: id {@code AGPA...}, ARN {@code arn:aws:iam::ACCOUNT:group{path}{name}}.
   *
   * @throws IamException {@code EntityAlreadyExists}, {@code LimitExceeded} ({@code GroupsPerAccount})
   */
  public IamGroup createGroup(String groupName, String path) {
    return groups.createGroup(groupName, path);
  }

  /**
   * {@code GetGroup}: the group and a page of its users.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamGroupMembers getGroup(String groupName, String marker, Integer maxItems) {
    return groups.getGroup(groupName, marker, maxItems);
  }

  /** {@code ListGroups}: the groups whose path starts with {@code pathPrefix}, ordered by name. */
  public IamPage<IamGroup> listGroups(String pathPrefix, String marker, Integer maxItems) {
    return groups.listGroups(pathPrefix, marker, maxItems);
  }

  /**
   * {@code AddUserToGroup}; adding a member again changes nothing.
   *
   * @throws IamException {@code NoSuchEntity}, {@code LimitExceeded} ({@code GroupsPerUser})
   */
  public void addUserToGroup(String groupName, String userName) {
    groups.addUserToGroup(groupName, userName);
  }

  /**
   * {@code RemoveUserFromGroup}.
   *
   * @throws IamException {@code NoSuchEntity}, also if not a member
   */
  public void removeUserFromGroup(String groupName, String userName) {
    groups.removeUserFromGroup(groupName, userName);
  }

  /**
   * {@code ListGroupsForUser}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<IamGroup> listGroupsForUser(String userName, String marker, Integer maxItems) {
    return groups.listGroupsForUser(userName, marker, maxItems);
  }

  /**
   * {@code DeleteGroup}.
   *
   * @throws IamException {@code NoSuchEntity}; {@code DeleteConflict} while it has members, inline
   *     or attached policies
   */
  public void deleteGroup(String groupName) {
    groups.deleteGroup(groupName);
  }

  // ---- Roles

  /**
   * {@code CreateRole}: id {@code AROA...}, ARN {@code arn:aws:iam::ACCOUNT:role{path}{name}}.
   *
   * @param assumeRolePolicyDocument the trust policy: every statement names a {@code Principal},
   *     only STS actions, no resources; at most 2048 characters that are not whitespace
   * @param description optional, at most 1000 characters
   * @param maxSessionDuration optional, 3600 to 43200 seconds, 3600 by default
   * @param permissionsBoundary optional ARN of an existing managed policy
   * @param tags optional, at most 50
   * @throws IamException {@code EntityAlreadyExists}, {@code MalformedPolicyDocument}, {@code
   *     LimitExceeded} ({@code RolesPerAccount}, {@code ACLSizePerRole}), {@code NoSuchEntity}
   *     (boundary), {@code ValidationError}
   */
  public IamRole createRole(String roleName, String path, String assumeRolePolicyDocument, String description,
      Integer maxSessionDuration, String permissionsBoundary, List<Tag> tags) {
    return roles.createRole(roleName, path, assumeRolePolicyDocument, description, maxSessionDuration,
        permissionsBoundary, tags);
  }

  /**
   * {@code GetRole}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamRole getRole(String roleName) {
    return roles.getRole(roleName);
  }

  /** {@code ListRoles}: the roles whose path starts with {@code pathPrefix}, ordered by name. */
  public IamPage<IamRole> listRoles(String pathPrefix, String marker, Integer maxItems) {
    return roles.listRoles(pathPrefix, marker, maxItems);
  }

  /**
   * {@code UpdateRole}: sets the description and/or maximum session duration (null keeps it).
   *
   * @throws IamException {@code NoSuchEntity}, {@code ValidationError}
   */
  public void updateRole(String roleName, String description, Integer maxSessionDuration) {
    roles.updateRole(roleName, description, maxSessionDuration);
  }

  /**
   * {@code UpdateAssumeRolePolicy}: replaces the trust policy.
   *
   * @throws IamException {@code NoSuchEntity}, {@code MalformedPolicyDocument}, {@code LimitExceeded}
   */
  public void updateAssumeRolePolicy(String roleName, String policyDocument) {
    roles.updateAssumeRolePolicy(roleName, policyDocument);
  }

  /**
   * {@code DeleteRole}.
   *
   * @throws IamException {@code NoSuchEntity}; {@code DeleteConflict} while it has inline or
   *     attached policies
   */
  public void deleteRole(String roleName) {
    roles.deleteRole(roleName);
  }

  /**
   * {@code TagRole}.
   *
   * @throws IamException {@code NoSuchEntity}, {@code LimitExceeded} ({@code TagsPerRole})
   */
  public void tagRole(String roleName, List<Tag> tags) {
    roles.tagRole(roleName, tags);
  }

  /**
   * {@code UntagRole}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void untagRole(String roleName, List<String> tagKeys) {
    roles.untagRole(roleName, tagKeys);
  }

  /**
   * {@code ListRoleTags}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<Tag> listRoleTags(String roleName, String marker, Integer maxItems) {
    return roles.listRoleTags(roleName, marker, maxItems);
  }

  /**
   * {@code PutRolePermissionsBoundary}.
   *
   * @throws IamException {@code NoSuchEntity} (role or policy)
   */
  public void putRolePermissionsBoundary(String roleName, String permissionsBoundary) {
    roles.putRolePermissionsBoundary(roleName, permissionsBoundary);
  }

  /**
   * {@code DeleteRolePermissionsBoundary}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void deleteRolePermissionsBoundary(String roleName) {
    roles.deleteRolePermissionsBoundary(roleName);
  }

  /**
   * The console's "Revoke active sessions": adds (or renews) the inline policy {@code
   * AWSRevokeOlderSessions}, which denies everything to the role's sessions issued before now.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void revokeRoleSessions(String roleName) {
    roles.revokeRoleSessions(roleName);
  }

  // ---- Managed policies

  /**
   * {@code CreatePolicy}: a customer managed policy with version {@code v1} as default, id {@code
   * ANPA...}, ARN {@code arn:aws:iam::ACCOUNT:policy{path}{name}}.
   *
   * @param policyDocument an identity-based policy (no {@code Principal}), at most 6144 characters
   *     that are not whitespace
   * @param description optional, at most 1000 characters
   * @throws IamException {@code EntityAlreadyExists}, {@code MalformedPolicyDocument}, {@code
   *     LimitExceeded} ({@code PoliciesPerAccount}, {@code PolicySize})
   */
  public IamPolicy createPolicy(String policyName, String path, String policyDocument, String description) {
    return policies.createPolicy(policyName, path, policyDocument, description);
  }

  /**
   * {@code GetPolicy}, with its attachment counts.
   *
   * @throws IamException {@code NoSuchEntity}, {@code InvalidInput}
   */
  public IamPolicy getPolicy(String policyArn) {
    return policies.getPolicy(policyArn);
  }

  /**
   * {@code GetPolicyVersion}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPolicyVersion getPolicyVersion(String policyArn, String versionId) {
    return policies.getPolicyVersion(policyArn, versionId);
  }

  /**
   * {@code ListPolicies}, ordered by name.
   *
   * @param scope {@code All} (default), {@code AWS} (AWS managed policies held in the account) or
   *     {@code Local} (customer managed)
   * @param onlyAttached if true, only policies attached to a user, group or role
   */
  public IamPage<IamPolicy> listPolicies(String scope, Boolean onlyAttached, String pathPrefix, String marker,
      Integer maxItems) {
    return policies.listPolicies(scope, onlyAttached, pathPrefix, marker, maxItems);
  }

  /**
   * {@code ListPolicyVersions}, oldest first.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<IamPolicyVersion> listPolicyVersions(String policyArn, String marker, Integer maxItems) {
    return policies.listPolicyVersions(policyArn, marker, maxItems);
  }

  /**
   * {@code CreatePolicyVersion}: the next version ({@code vN}), made the default if {@code
   * setAsDefault}.
   *
   * @throws IamException {@code NoSuchEntity}, {@code MalformedPolicyDocument}, {@code
   *     LimitExceeded} (five versions already), {@code AccessDenied} (AWS managed policy)
   */
  public IamPolicyVersion createPolicyVersion(String policyArn, String policyDocument, Boolean setAsDefault) {
    return policies.createPolicyVersion(policyArn, policyDocument, setAsDefault);
  }

  /**
   * {@code SetDefaultPolicyVersion}.
   *
   * @throws IamException {@code NoSuchEntity}, {@code AccessDenied}
   */
  public void setDefaultPolicyVersion(String policyArn, String versionId) {
    policies.setDefaultPolicyVersion(policyArn, versionId);
  }

  /**
   * {@code DeletePolicyVersion}.
   *
   * @throws IamException {@code NoSuchEntity}; {@code DeleteConflict} for the default version
   */
  public void deletePolicyVersion(String policyArn, String versionId) {
    policies.deletePolicyVersion(policyArn, versionId);
  }

  /**
   * {@code DeletePolicy}.
   *
   * @throws IamException {@code NoSuchEntity}; {@code DeleteConflict} while it is attached, used as
   *     a permissions boundary, or has versions besides the default
   */
  public void deletePolicy(String policyArn) {
    policies.deletePolicy(policyArn);
  }

  // ---- Attached managed policies

  /**
   * {@code AttachUserPolicy}; attaching it again changes nothing.
   *
   * @throws IamException {@code NoSuchEntity} (user or policy), {@code LimitExceeded} ({@code
   *     PoliciesPerUser}, 10)
   */
  public void attachUserPolicy(String userName, String policyArn) {
    attachments.attach(EntityKind.USER, userName, policyArn);
  }

  /**
   * {@code DetachUserPolicy}.
   *
   * @throws IamException {@code NoSuchEntity}, also if not attached
   */
  public void detachUserPolicy(String userName, String policyArn) {
    attachments.detach(EntityKind.USER, userName, policyArn);
  }

  /**
   * {@code ListAttachedUserPolicies}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<AttachedPolicy> listAttachedUserPolicies(String userName, String pathPrefix, String marker,
      Integer maxItems) {
    return attachments.list(EntityKind.USER, userName, pathPrefix, marker, maxItems);
  }

  /**
   * {@code AttachGroupPolicy}.
   *
   * @throws IamException {@code NoSuchEntity}, {@code LimitExceeded}
   */
  public void attachGroupPolicy(String groupName, String policyArn) {
    attachments.attach(EntityKind.GROUP, groupName, policyArn);
  }

  /**
   * {@code DetachGroupPolicy}.
   *
   * @throws IamException {@code NoSuchEntity}, also if not attached
   */
  public void detachGroupPolicy(String groupName, String policyArn) {
    attachments.detach(EntityKind.GROUP, groupName, policyArn);
  }

  /**
   * {@code ListAttachedGroupPolicies}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<AttachedPolicy> listAttachedGroupPolicies(String groupName, String pathPrefix, String marker,
      Integer maxItems) {
    return attachments.list(EntityKind.GROUP, groupName, pathPrefix, marker, maxItems);
  }

  /**
   * {@code AttachRolePolicy}.
   *
   * @throws IamException {@code NoSuchEntity}, {@code LimitExceeded}
   */
  public void attachRolePolicy(String roleName, String policyArn) {
    attachments.attach(EntityKind.ROLE, roleName, policyArn);
  }

  /**
   * {@code DetachRolePolicy}.
   *
   * @throws IamException {@code NoSuchEntity}, also if not attached
   */
  public void detachRolePolicy(String roleName, String policyArn) {
    attachments.detach(EntityKind.ROLE, roleName, policyArn);
  }

  /**
   * {@code ListAttachedRolePolicies}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<AttachedPolicy> listAttachedRolePolicies(String roleName, String pathPrefix, String marker,
      Integer maxItems) {
    return attachments.list(EntityKind.ROLE, roleName, pathPrefix, marker, maxItems);
  }

  // ---- Inline policies

  /**
   * {@code PutUserPolicy}: adds or replaces the inline policy {@code policyName}.
   *
   * @throws IamException {@code NoSuchEntity}, {@code MalformedPolicyDocument}, {@code
   *     LimitExceeded} (the user's inline policies over 2048 characters that are not whitespace)
   */
  public void putUserPolicy(String userName, String policyName, String policyDocument) {
    inlinePolicies.put(EntityKind.USER, userName, policyName, policyDocument);
  }

  /**
   * {@code GetUserPolicy}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamInlinePolicy getUserPolicy(String userName, String policyName) {
    return inlinePolicies.get(EntityKind.USER, userName, policyName);
  }

  /** {@code ListUserPolicies}: the names of the user's inline policies. */
  public IamPage<String> listUserPolicies(String userName, String marker, Integer maxItems) {
    return inlinePolicies.list(EntityKind.USER, userName, marker, maxItems);
  }

  /**
   * {@code DeleteUserPolicy}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void deleteUserPolicy(String userName, String policyName) {
    inlinePolicies.delete(EntityKind.USER, userName, policyName);
  }

  /** {@code PutGroupPolicy}; a group's inline policies together: at most 5120 characters. */
  public void putGroupPolicy(String groupName, String policyName, String policyDocument) {
    inlinePolicies.put(EntityKind.GROUP, groupName, policyName, policyDocument);
  }

  /**
   * {@code GetGroupPolicy}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamInlinePolicy getGroupPolicy(String groupName, String policyName) {
    return inlinePolicies.get(EntityKind.GROUP, groupName, policyName);
  }

  /** {@code ListGroupPolicies}. */
  public IamPage<String> listGroupPolicies(String groupName, String marker, Integer maxItems) {
    return inlinePolicies.list(EntityKind.GROUP, groupName, marker, maxItems);
  }

  /**
   * {@code DeleteGroupPolicy}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void deleteGroupPolicy(String groupName, String policyName) {
    inlinePolicies.delete(EntityKind.GROUP, groupName, policyName);
  }

  /** {@code PutRolePolicy}; a role's inline policies together: at most 10240 characters. */
  public void putRolePolicy(String roleName, String policyName, String policyDocument) {
    inlinePolicies.put(EntityKind.ROLE, roleName, policyName, policyDocument);
  }

  /**
   * {@code GetRolePolicy}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamInlinePolicy getRolePolicy(String roleName, String policyName) {
    return inlinePolicies.get(EntityKind.ROLE, roleName, policyName);
  }

  /** {@code ListRolePolicies}. */
  public IamPage<String> listRolePolicies(String roleName, String marker, Integer maxItems) {
    return inlinePolicies.list(EntityKind.ROLE, roleName, marker, maxItems);
  }

  /**
   * {@code DeleteRolePolicy}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void deleteRolePolicy(String roleName, String policyName) {
    inlinePolicies.delete(EntityKind.ROLE, roleName, policyName);
  }

  // ---- Access keys

  /**
   * {@code CreateAccessKey}: a new active key ({@code AKIA...}) with its secret, returned only here.
   *
   * @throws IamException {@code NoSuchEntity}, {@code LimitExceeded} ({@code AccessKeysPerUser}, 2)
   */
  public NewAccessKey createAccessKey(String userName) {
    return accessKeys.createAccessKey(userName);
  }

  /**
   * {@code ListAccessKeys}: ids and status, never secrets.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<AccessKeyMetadata> listAccessKeys(String userName, String marker, Integer maxItems) {
    return accessKeys.listAccessKeys(userName, marker, maxItems);
  }

  /**
   * {@code UpdateAccessKey}.
   *
   * @param status {@code Active} or {@code Inactive}
   * @throws IamException {@code NoSuchEntity} (user, or a key not of this user), {@code ValidationError}
   */
  public void updateAccessKey(String userName, String accessKeyId, String status) {
    accessKeys.updateAccessKey(userName, accessKeyId, status);
  }

  /**
   * {@code DeleteAccessKey}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void deleteAccessKey(String userName, String accessKeyId) {
    accessKeys.deleteAccessKey(userName, accessKeyId);
  }

  /**
   * {@code GetAccessKeyLastUsed}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public AccessKeyLastUsed getAccessKeyLastUsed(String accessKeyId) {
    return accessKeys.getAccessKeyLastUsed(accessKeyId);
  }

  // ---- Passwords

  /**
   * {@code CreateLoginProfile}: gives the user a console password.
   *
   * @param password the password; not kept, the caller clears it
   * @param passwordResetRequired optional, false by default
   * @throws IamException {@code NoSuchEntity}, {@code EntityAlreadyExists}, {@code
   *     PasswordPolicyViolation} (listing every rule broken), {@code ValidationError}
   */
  public IamLoginProfile createLoginProfile(String userName, char[] password, Boolean passwordResetRequired) {
    return passwords.createLoginProfile(userName, password, passwordResetRequired);
  }

  /**
   * {@code UpdateLoginProfile}: sets a new password and/or the reset flag (null keeps each).
   *
   * @throws IamException {@code NoSuchEntity} (user or login profile), {@code PasswordPolicyViolation}
   */
  public void updateLoginProfile(String userName, char[] password, Boolean passwordResetRequired) {
    passwords.updateLoginProfile(userName, password, passwordResetRequired);
  }

  /**
   * {@code GetLoginProfile}: never the password.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamLoginProfile getLoginProfile(String userName) {
    return passwords.getLoginProfile(userName);
  }

  /**
   * {@code DeleteLoginProfile}.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public void deleteLoginProfile(String userName) {
    passwords.deleteLoginProfile(userName);
  }

  /**
   * {@code ChangePassword}: the user replaces their own password, which clears the reset flag. The
   * caller is the user; AWS takes the user from the request's credentials.
   *
   * @throws IamException {@code NoSuchEntity} (no login profile), {@code AccessDenied} (wrong old
   *     password), {@code PasswordPolicyViolation}, {@code EntityTemporarilyUnmodifiable} (the
   *     password was changed at the same time)
   */
  public void changePassword(String userName, char[] oldPassword, char[] newPassword) {
    passwords.changePassword(userName, oldPassword, newPassword);
  }

  // ---- MFA

  /**
   * {@code CreateVirtualMFADevice}: a device with serial number {@code
   * arn:aws:iam::ACCOUNT:mfa{path}{name}} and a new random seed, returned only here, not yet
   * assigned to any user.
   *
   * @throws IamException {@code EntityAlreadyExists}, {@code ValidationError}
   */
  public NewVirtualMfaDevice createVirtualMFADevice(String virtualMFADeviceName, String path) {
    return mfa.createVirtualMfaDevice(virtualMFADeviceName, path);
  }

  /**
   * {@code EnableMFADevice}: assigns an unassigned virtual device to the user, given two
   * consecutive codes from it (the second for the current 30-second step or one either side). The
   * second code's step counts as used, so neither code can sign in afterwards.
   *
   * @throws IamException {@code InvalidAuthenticationCode}, {@code NoSuchEntity} (user or device),
   *     {@code EntityAlreadyExists} (device already assigned), {@code LimitExceeded}
   */
  public void enableMFADevice(String userName, String serialNumber, String authenticationCode1,
      String authenticationCode2) {
    mfa.enableMfaDevice(userName, serialNumber, authenticationCode1, authenticationCode2);
  }

  /**
   * {@code ListMFADevices}: the user's enabled devices.
   *
   * @throws IamException {@code NoSuchEntity}
   */
  public IamPage<IamMfaDevice> listMFADevices(String userName, String marker, Integer maxItems) {
    return mfa.listMfaDevices(userName, marker, maxItems);
  }

  /**
   * {@code ListVirtualMFADevices}, ordered by serial number, without seeds.
   *
   * @param assignmentStatus {@code Assigned}, {@code Unassigned} or {@code Any} (default)
   */
  public IamPage<IamVirtualMfaDevice> listVirtualMFADevices(String assignmentStatus, String marker,
      Integer maxItems) {
    return mfa.listVirtualMfaDevices(assignmentStatus, marker, maxItems);
  }

  /**
   * {@code DeactivateMFADevice}: takes the device from the user; it stays, unassigned, until
   * deleted.
   *
   * @throws IamException {@code NoSuchEntity} (user, or no such device enabled for the user)
   */
  public void deactivateMFADevice(String userName, String serialNumber) {
    mfa.deactivateMfaDevice(userName, serialNumber);
  }

  /**
   * {@code DeleteVirtualMFADevice}.
   *
   * @throws IamException {@code NoSuchEntity}; {@code DeleteConflict} while it is enabled for a user
   */
  public void deleteVirtualMFADevice(String serialNumber) {
    mfa.deleteVirtualMfaDevice(serialNumber);
  }

  // ---- Account

  /**
   * {@code GetAccountAuthorizationDetails}: the whole account, for the caller to render (users with
   * their groups and policies, groups, roles, managed policies with every version). The snapshot
   * also holds credentials; renderers must leave secrets and password hashes out.
   */
  public Account getAccountAuthorizationDetails() {
    return account.read();
  }

  /** {@code GetAccountSummary}: entity counts and quotas under AWS's {@code SummaryMap} keys. */
  public Map<String, Integer> getAccountSummary() {
    return AccountSummary.of(account.read(), account.quotas());
  }

  @Override
  public String toString() {
    return "IamService[" + account.accountId() + "]";
  }
}
