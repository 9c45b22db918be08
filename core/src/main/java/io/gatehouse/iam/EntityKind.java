package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;
import io.gatehouse.identity.UserBuilder;
import java.util.List;

/**
 * The three kinds of IAM entity that hold policies: users, groups and roles. Lets attachment and
 * inline policy operations be written once for all three, with each kind's AWS names and quotas.
 */
enum EntityKind {
  USER("user", "userName", 64, "PoliciesPerUser"),
  GROUP("group", "groupName", 128, "PoliciesPerGroup"),
  ROLE("role", "roleName", 64, "PoliciesPerRole");

  private final String word;
  private final String nameParam;
  private final int maxNameLength;
  private final String attachQuotaName;

  EntityKind(String word, String nameParam, int maxNameLength, String attachQuotaName) {
    this.word = word;
    this.nameParam = nameParam;
    this.maxNameLength = maxNameLength;
    this.attachQuotaName = attachQuotaName;
  }

  /** The policies one user, group or role holds. */
  record Holder(EntityKind kind, String name, List<String> attached, List<InlinePolicy> inline) {}

  /** {@code user}, {@code group} or {@code role}, as in AWS's messages. */
  String word() {
    return word;
  }

  /** The quota name AWS reports when too many policies are attached, e.g. {@code PoliciesPerUser}. */
  String attachQuotaName() {
    return attachQuotaName;
  }

  /** Checks the entity name parameter. */
  String checkName(String name) {
    return Constraints.name(name, nameParam, maxNameLength);
  }

  /** The combined size limit of the entity's inline policies. */
  int inlineSizeQuota(IamQuotas quotas) {
    return switch (this) {
      case USER -> quotas.userPolicySize();
      case GROUP -> quotas.groupPolicySize();
      case ROLE -> quotas.rolePolicySize();
    };
  }

  /**
   * The entity's policies.
   *
   * @throws IamException {@code NoSuchEntity} if it does not exist
   */
  Holder find(Account account, String name) {
    return switch (this) {
      case USER -> {
        User u = Entities.user(account, name);
        yield new Holder(this, u.name(), u.attachedPolicies(), u.inlinePolicies());
      }
      case GROUP -> {
        Group g = Entities.group(account, name);
        yield new Holder(this, g.name(), g.attachedPolicies(), g.inlinePolicies());
      }
      case ROLE -> {
        Role r = Entities.role(account, name);
        yield new Holder(this, r.name(), r.attachedPolicies(), r.inlinePolicies());
      }
    };
  }

  /** The account with the entity's policies replaced; the entity must exist. */
  Account withPolicies(Account account, String name, List<String> attached, List<InlinePolicy> inline) {
    Account.Builder b = account.toBuilder();
    switch (this) {
      case USER -> {
        UserBuilder u = Entities.user(account, name).toBuilder();
        u.attachedPolicies().clear();
        u.attachedPolicies().addAll(attached);
        u.inlinePolicies().clear();
        u.inlinePolicies().addAll(inline);
        b.putUser(u.build());
      }
      case GROUP -> b.putGroup(Entities.group(account, name).withPolicies(attached, inline));
      case ROLE -> b.putRole(Entities.role(account, name).withPolicies(attached, inline));
    }
    return b.build();
  }
}
