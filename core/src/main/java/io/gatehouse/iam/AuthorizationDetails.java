package io.gatehouse.iam;

import static io.gatehouse.iam.ResponseElements.list;
import static io.gatehouse.iam.ResponseElements.putBoundary;
import static io.gatehouse.iam.ResponseElements.putIfSet;
import static io.gatehouse.iam.ResponseElements.putTags;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.PolicyVersion;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GetAccountAuthorizationDetails}' result: an account's users, groups, roles and managed
 * policies in AWS's shape ({@code UserDetailList}, {@code GroupDetailList}, {@code RoleDetailList},
 * {@code Policies}), paged across the four lists in that order. Policy documents are URL-encoded
 * JSON. Credentials are not part of AWS's shape and are never rendered.
 */
final class AuthorizationDetails {
  /** AWS's {@code EntityType} values, accepted in {@code Filter}. */
  static final List<String> ENTITY_TYPES = List.of("User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy");

  /** One entity of the listing, with the key that orders it. */
  private record Entry(String key, Object entity) {}

  private final Account account;
  private final PolicyUsage usage;

  AuthorizationDetails(Account account) {
    this.account = account;
    this.usage = PolicyUsage.of(account);
  }

  /** The page of the account's entities of the given types. */
  Map<String, Object> page(Set<String> types, Pagination pagination) {
    List<Entry> entries = new ArrayList<>();
    if (types.contains("User")) {
      account.users().forEach(u -> entries.add(new Entry("1:" + Pagination.nameKey(u.name()), u)));
    }
    if (types.contains("Group")) {
      account.groups().forEach(g -> entries.add(new Entry("2:" + Pagination.nameKey(g.name()), g)));
    }
    if (types.contains("Role")) {
      account.roles().forEach(r -> entries.add(new Entry("3:" + Pagination.nameKey(r.name()), r)));
    }
    for (ManagedPolicy p : account.policies().values()) {
      if (types.contains(p.isAwsManaged() ? "AWSManagedPolicy" : "LocalManagedPolicy")) {
        entries.add(new Entry("4:" + p.name().toLowerCase(Locale.ROOT) + " " + p.arn(), p));
      }
    }
    IamPage<Entry> page = pagination.page(entries, Entry::key);
    List<Object> users = new ArrayList<>();
    List<Object> groups = new ArrayList<>();
    List<Object> roles = new ArrayList<>();
    List<Object> policies = new ArrayList<>();
    for (Entry e : page.items()) {
      if (e.entity() instanceof User u) {
        users.add(user(u));
      } else if (e.entity() instanceof Group g) {
        groups.add(group(g));
      } else if (e.entity() instanceof Role r) {
        roles.add(role(r));
      } else if (e.entity() instanceof ManagedPolicy p) {
        policies.add(policy(p));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserDetailList", users);
    out.put("GroupDetailList", groups);
    out.put("RoleDetailList", roles);
    out.put("Policies", policies);
    ResponseElements.pageEnd(out, page);
    return out;
  }

  private Map<String, Object> user(User u) {
    Map<String, Object> out = header(u.path(), "UserName", u.name(), "UserId", u.userId(), u.arn(), u.createDate());
    out.put("UserPolicyList", inline(u.inlinePolicies()));
    out.put("GroupList", new ArrayList<Object>(u.groups()));
    out.put("AttachedManagedPolicies", attached(u.attachedPolicies()));
    putBoundary(out, u.permissionsBoundary());
    putTags(out, u.tags());
    return out;
  }

  private Map<String, Object> group(Group g) {
    Map<String, Object> out =
        header(g.path(), "GroupName", g.name(), "GroupId", g.groupId(), g.arn(), g.createDate());
    out.put("GroupPolicyList", inline(g.inlinePolicies()));
    out.put("AttachedManagedPolicies", attached(g.attachedPolicies()));
    return out;
  }

  /** AWS's {@code RoleDetail}; Gatehouse has no instance profiles, so that list is empty. */
  private Map<String, Object> role(Role r) {
    Map<String, Object> out = header(r.path(), "RoleName", r.name(), "RoleId", r.roleId(), r.arn(), r.createDate());
    out.put("AssumeRolePolicyDocument", UrlEncodedPolicy.of(r.trustPolicy()));
    out.put("InstanceProfileList", new ArrayList<>());
    out.put("RolePolicyList", inline(r.inlinePolicies()));
    out.put("AttachedManagedPolicies", attached(r.attachedPolicies()));
    putBoundary(out, r.permissionsBoundary());
    putTags(out, r.tags());
    return out;
  }

  /** AWS's {@code ManagedPolicyDetail}, with every version and its document. */
  private Map<String, Object> policy(ManagedPolicy p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PolicyName", p.name());
    putIfSet(out, "PolicyId", p.policyId());
    out.put("Arn", p.arn());
    out.put("Path", p.path());
    out.put("DefaultVersionId", p.defaultVersion().versionId());
    out.put("AttachmentCount", usage.attachmentCount(p.arn()));
    out.put("PermissionsBoundaryUsageCount", usage.boundaryCount(p.arn()));
    out.put("IsAttachable", true);
    if (!p.description().isEmpty()) {
      out.put("Description", p.description());
    }
    putIfSet(out, "CreateDate", p.createDate());
    putIfSet(out, "UpdateDate", p.updateDate());
    out.put("PolicyVersionList", list(p.versions(), this::version));
    return out;
  }

  private Object version(PolicyVersion v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Document", UrlEncodedPolicy.of(v.document()));
    out.put("VersionId", v.versionId());
    out.put("IsDefaultVersion", v.isDefault());
    putIfSet(out, "CreateDate", v.createDate());
    return out;
  }

  private static Map<String, Object> header(String path, String nameKey, String name, String idKey, String id,
      String arn, Instant created) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Path", path);
    out.put(nameKey, name);
    out.put(idKey, id);
    out.put("Arn", arn);
    out.put("CreateDate", created);
    return out;
  }

  /** AWS's {@code PolicyDetail} list. */
  private static List<Object> inline(List<InlinePolicy> policies) {
    return list(policies, p -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("PolicyName", p.name());
      out.put("PolicyDocument", UrlEncodedPolicy.of(p.document()));
      return out;
    });
  }

  private List<Object> attached(List<String> arns) {
    return list(arns, arn -> {
      Map<String, Object> out = new LinkedHashMap<>();
      String name = account.policy(arn).map(ManagedPolicy::name).orElse(arn.substring(arn.lastIndexOf('/') + 1));
      out.put("PolicyName", name);
      out.put("PolicyArn", arn);
      return out;
    });
  }
}
