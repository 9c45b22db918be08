package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.Tag;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.sts.RoleSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM's role operations: create, read, list, update, trust policy, delete, tag, permissions
 * boundary, and revoking the sessions issued so far.
 */
final class RoleOperations {
  private static final int MIN_SESSION_SECONDS = (int) Role.MIN_MAX_SESSION.toSeconds();
  private static final int MAX_SESSION_SECONDS = (int) Role.MAX_MAX_SESSION.toSeconds();

  private final AdministeredAccount account;
  private final PolicyDocumentReader documents;

  RoleOperations(AdministeredAccount account, PolicyDocumentReader documents) {
    this.account = account;
    this.documents = documents;
  }

  IamRole createRole(String roleName, String path, String assumeRolePolicyDocument, String description,
      Integer maxSessionDuration, String permissionsBoundary, List<Tag> tags) {
    String name = Constraints.name(roleName, "roleName", 64);
    String rolePath = Constraints.path(path, "path");
    PolicyDocument trust = trustPolicy(assumeRolePolicyDocument, "assumeRolePolicyDocument", name);
    String text = Constraints.description(description, "description", 1000);
    Integer seconds = Constraints.range(maxSessionDuration, "maxSessionDuration", MIN_SESSION_SECONDS,
        MAX_SESSION_SECONDS);
    String boundary = permissionsBoundary == null ? null
        : Constraints.policyArn(permissionsBoundary, "permissionsBoundary");
    List<Tag> roleTags = Constraints.tags(tags);
    IamQuotas quotas = account.quotas();
    Account saved = account.change(a -> {
      if (a.role(name).isPresent()) {
        throw IamException.entityAlreadyExists("Role with name " + name + " already exists.");
      }
      if (a.roles().size() >= quotas.rolesPerAccount()) {
        throw IamException.quota("RolesPerAccount", quotas.rolesPerAccount());
      }
      if (boundary != null) {
        Entities.attachablePolicy(a, boundary);
      }
      if (roleTags.size() > quotas.tagsPerEntity()) {
        throw IamException.quota("TagsPerRole", quotas.tagsPerEntity());
      }
      Role r = new Role(name, rolePath, account.ids().newRoleId(), account.arn("role" + rolePath + name),
          account.now(), text, trust, List.of(), List.of(), boundary, roleTags,
          seconds == null ? null : Duration.ofSeconds(seconds));
      return a.toBuilder().putRole(r).build();
    });
    return IamRole.of(Entities.role(saved, name));
  }

  IamRole getRole(String roleName) {
    String name = Constraints.name(roleName, "roleName", 64);
    return IamRole.of(Entities.role(account.read(), name));
  }

  IamPage<IamRole> listRoles(String pathPrefix, String marker, Integer maxItems) {
    String prefix = Constraints.pathPrefix(pathPrefix);
    Pagination page = Pagination.of(marker, maxItems);
    List<IamRole> roles = new ArrayList<>();
    for (Role r : account.read().roles()) {
      if (r.path().startsWith(prefix)) {
        roles.add(IamRole.of(r));
      }
    }
    return page.page(roles, r -> Pagination.nameKey(r.roleName()));
  }

  void updateRole(String roleName, String description, Integer maxSessionDuration) {
    String name = Constraints.name(roleName, "roleName", 64);
    String text = Constraints.description(description, "description", 1000);
    Integer seconds = Constraints.range(maxSessionDuration, "maxSessionDuration", MIN_SESSION_SECONDS,
        MAX_SESSION_SECONDS);
    account.change(a -> {
      Role r = Entities.role(a, name);
      Role updated = new Role(r.name(), r.path(), r.roleId(), r.arn(), r.createDate(),
          text == null ? r.description() : text, r.trustPolicy(), r.attachedPolicies(), r.inlinePolicies(),
          r.permissionsBoundary(), r.tags(),
          seconds == null ? r.maxSessionDuration() : Duration.ofSeconds(seconds));
      return a.toBuilder().putRole(updated).build();
    });
  }

  void updateAssumeRolePolicy(String roleName, String policyDocument) {
    String name = Constraints.name(roleName, "roleName", 64);
    PolicyDocument trust = trustPolicy(policyDocument, "policyDocument", name);
    account.change(a -> a.toBuilder().putRole(Entities.role(a, name).withTrustPolicy(trust)).build());
  }

  void deleteRole(String roleName) {
    String name = Constraints.name(roleName, "roleName", 64);
    account.change(a -> {
      Role r = Entities.role(a, name);
      if (!r.inlinePolicies().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must delete policies first.");
      }
      if (!r.attachedPolicies().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must detach all policies first.");
      }
      return a.toBuilder().removeRole(r.name()).build();
    });
  }

  void tagRole(String roleName, List<Tag> tags) {
    String name = Constraints.name(roleName, "roleName", 64);
    List<Tag> added = Constraints.tags(Constraints.required(tags, "tags"));
    int limit = account.quotas().tagsPerEntity();
    account.change(a -> {
      Role r = Entities.role(a, name);
      return a.toBuilder().putRole(r.withTags(TagChanges.merge(r.tags(), added, limit, "TagsPerRole"))).build();
    });
  }

  void untagRole(String roleName, List<String> tagKeys) {
    String name = Constraints.name(roleName, "roleName", 64);
    List<String> keys = Constraints.tagKeys(tagKeys);
    account.change(a -> {
      Role r = Entities.role(a, name);
      return a.toBuilder().putRole(r.withTags(TagChanges.remove(r.tags(), keys))).build();
    });
  }

  IamPage<Tag> listRoleTags(String roleName, String marker, Integer maxItems) {
    String name = Constraints.name(roleName, "roleName", 64);
    Pagination page = Pagination.of(marker, maxItems);
    return page.page(Entities.role(account.read(), name).tags(), t -> Pagination.nameKey(t.key()));
  }

  void putRolePermissionsBoundary(String roleName, String permissionsBoundary) {
    String name = Constraints.name(roleName, "roleName", 64);
    String boundary = Constraints.policyArn(permissionsBoundary, "permissionsBoundary");
    account.change(a -> {
      Role r = Entities.role(a, name);
      Entities.attachablePolicy(a, boundary);
      return a.toBuilder().putRole(r.withPermissionsBoundary(boundary)).build();
    });
  }

  void deleteRolePermissionsBoundary(String roleName) {
    String name = Constraints.name(roleName, "roleName", 64);
    account.change(a -> a.toBuilder().putRole(Entities.role(a, name).withPermissionsBoundary(null)).build());
  }

  void revokeRoleSessions(String roleName) {
    String name = Constraints.name(roleName, "roleName", 64);
    account.change(a ->
        a.toBuilder().putRole(RoleSessions.revokeOlderThan(Entities.role(a, name), account.now())).build());
  }

  private PolicyDocument trustPolicy(String text, String param, String roleName) {
    PolicyDocument trust = documents.trustPolicy(text, param, roleName);
    int limit = account.quotas().assumeRolePolicySize();
    if (PolicyJson.size(text) > limit) {
      throw IamException.quota("ACLSizePerRole", limit);
    }
    return trust;
  }
}
